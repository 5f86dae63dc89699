// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated cloud's opt-in trace: what it records per call (latency, outcome, the resource,
// a VM's sampled boot), that a seed replays the same samples, and that nothing is recorded
// unless a trace is installed.

#include "providers/sim/SimTrace.h"
#include "tests/providers/SimTestSupport.h"
#include "tests/support/ScratchDir.h"

#include <QTest>

using namespace Barista;
using namespace Barista::SimTest;
using Barista::Test::ScratchDir;

class TestSimTrace : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void recordsCallsAndBoot();
    void sameSeedSameSamples();
    void recordsThrottles();
    void recordsNothingWhenNotInstalled();

private:
    /// Network + one VM on a new cloud of seed; the trace's calls.
    QList<SimTrace::Call> deployOne(quint64 seed);
};

void TestSimTrace::cleanup()
{
    SimTrace::install(nullptr);
}

QList<SimTrace::Call> TestSimTrace::deployOne(quint64 seed)
{
    ScratchDir dir;
    auto cloud = SimCloud::create(dir.filePath(QStringLiteral("cloud.sqlite")), fastSettings(seed));
    auto aws = std::make_shared<SimProvider>(cloud, connection(QStringLiteral("aws"), QStringLiteral("ap-northeast-2")));
    SimTrace trace;
    SimTrace::install(&trace);
    const bool network = createNetwork(*aws);
    const bool vm = await(aws->create(vmRequest(QStringLiteral("vm-01"), QStringLiteral("vpc-01"),
                                                QStringLiteral("sg-01"), QStringLiteral("key-01")),
                                      {}))
                        .ok();
    SimTrace::install(nullptr);
    aws.reset();
    cloud.reset();
    if (!network || !vm)
        return {};
    return trace.calls();
}

void TestSimTrace::recordsCallsAndBoot()
{
    const QList<SimTrace::Call> calls = deployOne(7);
    QCOMPARE(calls.size(), 4);
    const QList<ResourceKind> kinds{ResourceKind::Vpc, ResourceKind::SecurityGroup, ResourceKind::KeyPair,
                                    ResourceKind::Vm};
    for (int i = 0; i < calls.size(); ++i) {
        const SimTrace::Call& c = calls.at(i);
        QCOMPARE(c.connection, QStringLiteral("aws-test"));
        QCOMPARE(c.op, SimOp::Create);
        QCOMPARE(c.outcome, SimTrace::Outcome::Answered);
        QVERIFY(c.ok);
        QCOMPARE(ResourceKind(c.kind), kinds.at(i));
        QVERIFY(c.submittedAtMs >= 0 && c.submittedAtMs <= c.decidedAtMs);
        // The effect never runs before the sampled latency has passed.
        QVERIFY2(c.answeredAtMs - c.decidedAtMs >= c.latencyMs,
                 qPrintable(QStringLiteral("%1 - %2 < %3").arg(c.answeredAtMs).arg(c.decidedAtMs).arg(c.latencyMs)));
    }
    QCOMPARE(calls.at(0).name, QStringLiteral("vpc-01"));
    QCOMPARE(calls.at(3).name, QStringLiteral("vm-01"));
    QCOMPARE(calls.at(0).transitionMs, qint64(-1)); // a VPC is Available at once
    QCOMPARE(calls.at(3).transitionOp, SimOp::VmBoot);
    QVERIFY(calls.at(3).transitionMs >= 1);
}

void TestSimTrace::sameSeedSameSamples()
{
    const QList<SimTrace::Call> first = deployOne(11);
    const QList<SimTrace::Call> again = deployOne(11);
    const QList<SimTrace::Call> other = deployOne(12);
    QCOMPARE(first.size(), 4);
    QCOMPARE(again.size(), 4);
    QCOMPARE(other.size(), 4);
    bool differs = false;
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(again.at(i).latencyMs, first.at(i).latencyMs);
        QCOMPARE(again.at(i).transitionMs, first.at(i).transitionMs);
        differs = differs || other.at(i).latencyMs != first.at(i).latencyMs
            || other.at(i).transitionMs != first.at(i).transitionMs;
    }
    QVERIFY(differs);
}

void TestSimTrace::recordsThrottles()
{
    ScratchDir dir;
    SimSettings settings = fastSettings();
    settings.rateBurst = 1;
    settings.rateLimitPerSec = 0.00001; // one token, then none for the rest of the test
    auto cloud = SimCloud::create(dir.filePath(QStringLiteral("cloud.sqlite")), settings);
    auto aws = std::make_shared<SimProvider>(cloud, connection(QStringLiteral("aws"), QStringLiteral("ap-northeast-2")));
    SimTrace trace;
    SimTrace::install(&trace);
    QVERIFY(await(aws->create(vpcRequest(QStringLiteral("vpc-01")), {})).ok());
    const Result<Resource> throttled = await(aws->create(keyRequest(QStringLiteral("key-01")), {}));
    SimTrace::install(nullptr);
    QVERIFY(!throttled.ok());
    QCOMPARE(throttled.error().kind, CloudError::Kind::Throttled);
    const QList<SimTrace::Call> calls = trace.calls();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(1).outcome, SimTrace::Outcome::Throttled);
    QVERIFY(!calls.at(1).ok);
    QCOMPARE(calls.at(1).kind, -1);
}

void TestSimTrace::recordsNothingWhenNotInstalled()
{
    ScratchDir dir;
    auto cloud = SimCloud::create(dir.filePath(QStringLiteral("cloud.sqlite")), fastSettings());
    auto aws = std::make_shared<SimProvider>(cloud, connection(QStringLiteral("aws"), QStringLiteral("ap-northeast-2")));
    SimTrace trace;
    QVERIFY(createNetwork(*aws));
    QVERIFY(trace.calls().isEmpty());
    SimTrace::install(&trace);
    QVERIFY(await(aws->list(ResourceKind::Vpc, {})).ok());
    SimTrace::install(nullptr);
    QVERIFY(await(aws->list(ResourceKind::Vpc, {})).ok());
    QCOMPARE(trace.calls().size(), 1);
    QCOMPARE(trace.calls().constFirst().op, SimOp::List);
}

QTEST_GUILESS_MAIN(TestSimTrace)
#include "TestSimTrace.moc"
