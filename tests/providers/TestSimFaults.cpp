// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated cloud's misbehaviour: quotas, throttling, injected failures and timeouts,
// cancellation, and that all of it replays from a seed.

#include "providers/sim/SimLatencyModel.h"
#include "tests/providers/SimTestSupport.h"
#include "tests/support/ScratchDir.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Barista;
using namespace Barista::SimTest;
using Barista::Test::ScratchDir;

class TestSimFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void vcpuQuota_data();
    void vcpuQuota();
    void instanceQuota();
    void throttleKnob_data();
    void throttleKnob();
    void tokenBucket();
    void failureKnob_data();
    void failureKnob();
    void timeoutKnobNeverAnswersUntilCanceled();
    void timedOutMutationsSometimesApply();
    void cancelBeforeLatencyCreatesNothing();
    void faultsReplayFromSeed();
    void settingsFromEnvironment();
    void latencyDistribution();

private:
    std::shared_ptr<SimCloud> cloud(const SimSettings& settings);
    QString dbPath() const { return m_dir->filePath(QStringLiteral("cloud.sqlite")); }

    std::unique_ptr<ScratchDir> m_dir;
};

void TestSimFaults::init()
{
    m_dir = std::make_unique<ScratchDir>();
    QVERIFY(m_dir->isValid());
}

void TestSimFaults::cleanup()
{
    m_dir.reset();
}

std::shared_ptr<SimCloud> TestSimFaults::cloud(const SimSettings& settings)
{
    return SimCloud::create(dbPath(), settings);
}

void TestSimFaults::vcpuQuota_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("code");
    QTest::newRow("aws") << "aws"
                         << "us-east-1"
                         << "c5.2xlarge"
                         << "VcpuLimitExceeded";
    QTest::newRow("azure") << "azure"
                           << "eastus"
                           << "Standard_D4s_v5"
                           << "OperationNotAllowed";
    QTest::newRow("gcp") << "gcp"
                         << "us-central1"
                         << "n2-standard-4"
                         << "QUOTA_EXCEEDED";
    QTest::newRow("kt") << "kt"
                        << "KR1"
                        << "8x16.itl"
                        << "QuotaExceeded";
}

void TestSimFaults::vcpuQuota()
{
    QFETCH(QString, provider);
    QFETCH(QString, region);
    QFETCH(QString, spec);
    QFETCH(QString, code);
    SimSettings settings = fastSettings();
    settings.quotaVcpu = 6;
    auto sim = cloud(settings);
    SimProvider p(sim, connection(provider, region));
    QVERIFY(createNetwork(p));
    // 4-vCPU specs fit once and not twice; 8-vCPU specs do not fit at all.
    const Result<Resource> vm = await(p.create(vmRequest(QStringLiteral("vm-01"), QStringLiteral("vpc-01"),
                                                   QStringLiteral("sg-01"), QStringLiteral("key-01"), spec),
        {}));
    const Result<Resource> second = vm.ok()
        ? await(p.create(vmRequest(QStringLiteral("vm-02"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"),
                             QStringLiteral("key-01"), spec),
            {}))
        : vm;
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, CloudError::Kind::QuotaExceeded);
    QCOMPARE(second.error().providerCode, code);
    QVERIFY(second.error().message.contains(QLatin1String("6")));
    const Result<AnyCallResponse> quota = await(p.anyCall({ QStringLiteral("GetQuota"), {} }));
    QVERIFY(quota.ok());
    QVERIFY(quota.value().output.value(QStringLiteral("vcpuUsage")).toInt() <= 6);
}

void TestSimFaults::instanceQuota()
{
    SimSettings settings = fastSettings();
    settings.quotaVms = 1;
    auto sim = cloud(settings);
    SimProvider aws(sim, connection(QStringLiteral("aws"), QStringLiteral("us-east-1")));
    QVERIFY(createNetwork(aws));
    QVERIFY(await(aws.create(vmRequest(QStringLiteral("vm-01"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"),
                                 QStringLiteral("key-01")),
                      {}))
                .ok());
    const Result<Resource> second = await(aws.create(
        vmRequest(QStringLiteral("vm-02"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"), QStringLiteral("key-01")),
        {}));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, CloudError::Kind::QuotaExceeded);
    QCOMPARE(second.error().providerCode, QStringLiteral("InstanceLimitExceeded"));
    // Quotas are per region: another region of the same account has room.
    SimProvider west(sim, connection(QStringLiteral("aws"), QStringLiteral("us-west-2")));
    QVERIFY(createNetwork(west));
    QVERIFY(await(west.create(vmRequest(QStringLiteral("vm-02"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"),
                                  QStringLiteral("key-01")),
                      {}))
                .ok());
}

void TestSimFaults::throttleKnob_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("retryAfter");
    QTest::newRow("aws") << "aws"
                         << "us-east-1"
                         << "RequestLimitExceeded" << 503 << false;
    QTest::newRow("azure") << "azure"
                           << "eastus"
                           << "TooManyRequests" << 429 << true;
    QTest::newRow("gcp") << "gcp"
                         << "us-central1"
                         << "rateLimitExceeded" << 429 << false;
    QTest::newRow("alibaba") << "alibaba"
                             << "ap-northeast-2"
                             << "Throttling" << 429 << false;
    QTest::newRow("openstack") << "openstack"
                               << "RegionOne"
                               << "Throttling" << 429 << true;
}

void TestSimFaults::throttleKnob()
{
    QFETCH(QString, provider);
    QFETCH(QString, region);
    QFETCH(QString, code);
    QFETCH(int, httpStatus);
    QFETCH(bool, retryAfter);
    SimSettings settings = fastSettings();
    settings.throttlePct = 100;
    auto sim = cloud(settings);
    SimProvider p(sim, connection(provider, region));
    const Result<Resource> created = await(p.create(keyRequest(QStringLiteral("key-01")), {}));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, CloudError::Kind::Throttled);
    QCOMPARE(created.error().providerCode, code);
    QCOMPARE(created.error().httpStatus, httpStatus);
    QCOMPARE(created.error().retryAfterMs >= 0, retryAfter);
    QVERIFY(created.error().isRetryable());

    // A throttled create did nothing in the cloud.
    auto calm = SimCloud::create(dbPath(), fastSettings());
    SimProvider observer(calm, connection(provider, region));
    const Result<ResourcePage> keys = await(observer.list(ResourceKind::KeyPair, {}));
    QVERIFY(keys.ok());
    QVERIFY(keys.value().items.isEmpty());
}

void TestSimFaults::tokenBucket()
{
    // Real time here: 1 request per simulated second, a burst of 3, answers almost instant.
    SimSettings settings;
    settings.seed = 3;
    settings.rateLimitPerSec = 1;
    settings.rateBurst = 3;
    settings.latencyMultiplier = 0.01;
    auto sim = cloud(settings);
    SimProvider azure(sim, connection(QStringLiteral("azure"), QStringLiteral("eastus")));
    QList<QFuture<Result<ResourcePage>>> calls;
    for (int i = 0; i < 5; ++i)
        calls.append(azure.list(ResourceKind::Spec, {}));
    int throttled = 0;
    for (const auto& call : calls) {
        const Result<ResourcePage> r = await(call);
        if (!r.ok()) {
            QCOMPARE(r.error().kind, CloudError::Kind::Throttled);
            QCOMPARE(r.error().providerCode, QStringLiteral("TooManyRequests"));
            QVERIFY(r.error().retryAfterMs > 0);
            QVERIFY(r.error().retryAfterMs <= 1000);
            ++throttled;
        }
    }
    QCOMPARE(throttled, 2);
}

void TestSimFaults::failureKnob_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("code");
    QTest::newRow("aws") << "aws"
                         << "us-east-1"
                         << "InternalError";
    QTest::newRow("azure") << "azure"
                           << "eastus"
                           << "InternalServerError";
    QTest::newRow("ncp") << "ncp"
                         << "KR"
                         << "InternalServerError";
}

void TestSimFaults::failureKnob()
{
    QFETCH(QString, provider);
    QFETCH(QString, region);
    QFETCH(QString, code);
    SimSettings settings = fastSettings();
    settings.failurePct = 100;
    auto sim = cloud(settings);
    SimProvider p(sim, connection(provider, region));
    const Result<Resource> created = await(p.create(vpcRequest(QStringLiteral("vpc-01")), {}));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, CloudError::Kind::Transient);
    QCOMPARE(created.error().providerCode, code);
    QCOMPARE(created.error().httpStatus, 500);

    auto calm = SimCloud::create(dbPath(), fastSettings());
    SimProvider observer(calm, connection(provider, region));
    const Result<ResourcePage> vpcs = await(observer.list(ResourceKind::Vpc, {}));
    QVERIFY(vpcs.ok());
    QVERIFY(vpcs.value().items.isEmpty());
}

void TestSimFaults::timeoutKnobNeverAnswersUntilCanceled()
{
    SimSettings settings = fastSettings();
    settings.timeoutPct = 100;
    auto sim = cloud(settings);
    {
        SimProvider aws(sim, connection(QStringLiteral("aws"), QStringLiteral("us-east-1")));
        QFuture<Result<ResourcePage>> future = aws.list(ResourceKind::Vpc, {});
        // Far beyond the call's scaled latency (well under a millisecond): still no answer.
        QVERIFY(!Test::waitFor(future, 200));
        QCOMPARE(sim->callsInFlight(), 1);
        future.cancel();
        QVERIFY(Test::waitFor(future, 2000));
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
    }
    QTRY_COMPARE(sim->callsInFlight(), 0);

    // A cloud shut down with a call pending finishes it as canceled rather than hanging it.
    QFuture<Result<ResourcePage>> orphan;
    {
        SimProvider aws(sim, connection(QStringLiteral("aws"), QStringLiteral("us-east-1")));
        orphan = aws.list(ResourceKind::Vpc, {});
        QVERIFY(!Test::waitFor(orphan, 50));
    }
    sim.reset(); // the last owner: the host thread stops
    QVERIFY(orphan.isFinished());
    QVERIFY(orphan.isCanceled());
}

void TestSimFaults::timedOutMutationsSometimesApply()
{
    SimSettings settings = fastSettings(11);
    settings.timeoutPct = 100;
    auto sim = cloud(settings);
    SimProvider aws(sim, connection(QStringLiteral("aws"), QStringLiteral("us-east-1")));
    QList<QFuture<Result<Resource>>> calls;
    for (int i = 0; i < 20; ++i)
        calls.append(aws.create(keyRequest(QStringLiteral("key-%1").arg(i)), {}));
    QVERIFY(!Test::waitFor(calls.last(), 300));
    for (auto& call : calls)
        call.cancel();
    QTRY_COMPARE(sim->callsInFlight(), 0);

    auto calm = SimCloud::create(dbPath(), fastSettings());
    SimProvider observer(calm, connection(QStringLiteral("aws"), QStringLiteral("us-east-1")));
    const Result<ResourcePage> keys = await(observer.list(ResourceKind::KeyPair, {}));
    QVERIFY(keys.ok());
    // A lost answer does not say whether the cloud acted: here some did, some did not.
    QVERIFY2(keys.value().items.size() > 0 && keys.value().items.size() < 20,
        qPrintable(QString::number(keys.value().items.size())));
}

void TestSimFaults::cancelBeforeLatencyCreatesNothing()
{
    // Real time: a create answers after about 300 ms, ample time to cancel first.
    SimSettings settings;
    settings.seed = 5;
    auto sim = cloud(settings);
    SimProvider aws(sim, connection(QStringLiteral("aws"), QStringLiteral("us-east-1")));
    QFuture<Result<Resource>> future = aws.create(vpcRequest(QStringLiteral("vpc-01")), {});
    future.cancel();
    QVERIFY(Test::waitFor(future, 2000));
    QVERIFY(future.isCanceled());
    QTRY_COMPARE(sim->callsInFlight(), 0);

    auto calm = SimCloud::create(dbPath(), fastSettings());
    SimProvider observer(calm, connection(QStringLiteral("aws"), QStringLiteral("us-east-1")));
    const Result<ResourcePage> vpcs = await(observer.list(ResourceKind::Vpc, {}));
    QVERIFY(vpcs.ok());
    QVERIFY(vpcs.value().items.isEmpty());
}

void TestSimFaults::faultsReplayFromSeed()
{
    auto outcomes = [this](quint64 seed, const QString& file) {
        SimSettings settings = fastSettings(seed);
        settings.failurePct = 50;
        auto sim = SimCloud::create(m_dir->filePath(file), settings);
        SimProvider aws(sim, connection(QStringLiteral("aws"), QStringLiteral("us-east-1")));
        QString pattern;
        for (int i = 0; i < 16; ++i)
            pattern.append(await(aws.list(ResourceKind::Spec, {})).ok() ? QLatin1Char('o') : QLatin1Char('x'));
        return pattern;
    };
    const QString first = outcomes(99, QStringLiteral("a.sqlite"));
    QCOMPARE(outcomes(99, QStringLiteral("b.sqlite")), first);
    QVERIFY(first.contains(QLatin1Char('o')) && first.contains(QLatin1Char('x')));
    QVERIFY(outcomes(100, QStringLiteral("c.sqlite")) != first);
}

void TestSimFaults::settingsFromEnvironment()
{
    qputenv("BARISTA_SIM_SEED", "1234");
    qputenv("BARISTA_SIM_TIME_SCALE", "0.01");
    qputenv("BARISTA_SIM_FAILURE_PCT", "12.5");
    qputenv("BARISTA_SIM_THROTTLE_PCT", "150");
    qputenv("BARISTA_SIM_TIMEOUT_PCT", "junk");
    qputenv("BARISTA_SIM_QUOTA_VCPU", "128");
    qputenv("BARISTA_SIM_QUOTA_VMS", "5");
    const SimSettings s = SimSettings::fromEnvironment();
    for (const char* name : { "BARISTA_SIM_SEED", "BARISTA_SIM_TIME_SCALE", "BARISTA_SIM_FAILURE_PCT",
             "BARISTA_SIM_THROTTLE_PCT", "BARISTA_SIM_TIMEOUT_PCT", "BARISTA_SIM_QUOTA_VCPU", "BARISTA_SIM_QUOTA_VMS" })
        qunsetenv(name);
    QCOMPARE(s.seed, quint64(1234));
    QCOMPARE(s.timeScale, 0.01);
    QCOMPARE(s.failurePct, 12.5);
    QCOMPARE(s.throttlePct, 100.0);
    QCOMPARE(s.timeoutPct, 0.0);
    QCOMPARE(s.quotaVcpu, 128);
    QCOMPARE(s.quotaVms, 5);
    const SimSettings defaults = SimSettings::fromEnvironment();
    QCOMPARE(defaults.timeScale, 1.0);
    QCOMPARE(defaults.quotaVcpu, 64);
    QCOMPARE(defaults.quotaVms, 20);
    QCOMPARE(defaults.scaled(20000), qint64(20000));
    QCOMPARE(s.scaled(20000), qint64(200));
}

void TestSimFaults::latencyDistribution()
{
    SimSettings settings;
    const SimLatencyModel aws(QStringLiteral("aws"), settings);
    QRandomGenerator rng(7);
    QList<qint64> boots;
    for (int i = 0; i < 2001; ++i)
        boots.append(aws.transitionMs(SimOp::VmBoot, rng));
    std::sort(boots.begin(), boots.end());
    const qint64 median = boots.at(1000);
    const qint64 p95 = boots.at(1900);
    QVERIFY2(median > 17000 && median < 23000, qPrintable(QString::number(median)));
    QVERIFY2(p95 > 48000 && p95 < 72000, qPrintable(QString::number(p95)));
    // Azure answers slower than AWS; the time scale shrinks everything.
    QVERIFY(SimLatencyModel::providerFactor(QStringLiteral("azure"))
        > SimLatencyModel::providerFactor(QStringLiteral("aws")));
    settings.timeScale = 0.001;
    const SimLatencyModel scaled(QStringLiteral("aws"), settings);
    QVERIFY(scaled.transitionMs(SimOp::VmBoot, rng) <= 180);
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "TestSimFaults.moc"
