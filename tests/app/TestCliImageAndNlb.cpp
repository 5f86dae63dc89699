// SPDX-License-Identifier: GPL-3.0-or-later
// `barista resource create --kind myimage --vm V` and `--kind nlb --vpc N --vm V --port P`, run as a
// user runs them, over the simulated cloud: the options reach the cloud, bad input is refused
// before anything is sent, and the journal records what was made.
#include "tests/support/CliRunner.h"
#include "tests/support/ScratchDir.h"

#include <QJsonArray>
#include <QTest>

using namespace Barista;
using Barista::Test::CliRunner;
using Barista::Test::ScratchDir;

namespace {
const QString AWS = QStringLiteral("aws-ap-northeast-2");

QString explain(const CliRunner::Run& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out.left(2000), r.err.left(2000));
}

QStringList names(const QJsonArray& iids)
{
    QStringList out;
    for (const QJsonValue& v : iids)
        out.append(v.toObject().value(QStringLiteral("nameId")).toString());
    out.sort();
    return out;
}
} // namespace

class TestCliImageAndNlb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void badInputIsRefusedBeforeAnythingIsSent_data();
    void badInputIsRefusedBeforeAnythingIsSent();
    void imageAndLoadBalancerOverTwoVms();

private:
    CliRunner::Run resource(const QString& sub, const QStringList& args);
    void makeVms();

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliImageAndNlb::init()
{
    m_dir = std::make_unique<ScratchDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliRunner>(m_dir->path());
    m_cli->setEnv(QStringLiteral("BARISTA_SIM_TIME_SCALE"), QStringLiteral("0.01"));
    m_cli->setEnv(QStringLiteral("BARISTA_SIM_SEED"), QStringLiteral("11"));
}

CliRunner::Run TestCliImageAndNlb::resource(const QString& sub, const QStringList& args)
{
    return m_cli->run(QStringList { QStringLiteral("resource"), sub, QStringLiteral("--connection"), AWS } + args);
}

void TestCliImageAndNlb::makeVms()
{
    const auto create = [this](const QStringList& args) {
        const CliRunner::Run r = resource(QStringLiteral("create"), args + QStringList { QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
    };
    create({ QStringLiteral("--kind"), QStringLiteral("vpc"), QStringLiteral("--name"), QStringLiteral("net-1"),
        QStringLiteral("--cidr"), QStringLiteral("10.0.0.0/16"), QStringLiteral("--subnet"), QStringLiteral("subnet-1=10.0.1.0/24") });
    create({ QStringLiteral("--kind"), QStringLiteral("securitygroup"), QStringLiteral("--name"), QStringLiteral("sg-1"),
        QStringLiteral("--vpc"), QStringLiteral("net-1") });
    create({ QStringLiteral("--kind"), QStringLiteral("keypair"), QStringLiteral("--name"), QStringLiteral("key-1") });
    for (const QString& vm : { QStringLiteral("web-1"), QStringLiteral("web-2") }) {
        create({ QStringLiteral("--kind"), QStringLiteral("vm"), QStringLiteral("--name"), vm, QStringLiteral("--vpc"),
            QStringLiteral("net-1"), QStringLiteral("--subnet"), QStringLiteral("subnet-1"), QStringLiteral("--sg"),
            QStringLiteral("sg-1"), QStringLiteral("--keypair"), QStringLiteral("key-1"), QStringLiteral("--spec"),
            QStringLiteral("t3.small"), QStringLiteral("--image"), QStringLiteral("ubuntu-22.04"), QStringLiteral("--wait") });
    }
}

void TestCliImageAndNlb::badInputIsRefusedBeforeAnythingIsSent_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString kind = QStringLiteral("--kind");
    const QString name = QStringLiteral("--name");
    QTest::newRow("image without vm") << QStringList { kind, QStringLiteral("myimage"), name, QStringLiteral("img") }
                                      << QStringLiteral("--vm is required");
    QTest::newRow("image from two vms") << QStringList { kind, QStringLiteral("myimage"), name, QStringLiteral("img"),
        QStringLiteral("--vm"), QStringLiteral("a"), QStringLiteral("--vm"), QStringLiteral("b") }
                                        << QStringLiteral("one VM (2 given)");
    QTest::newRow("nlb without vpc") << QStringList { kind, QStringLiteral("nlb"), name, QStringLiteral("lb"),
        QStringLiteral("--vm"), QStringLiteral("a") } << QStringLiteral("--vpc is required");
    QTest::newRow("nlb bad port") << QStringList { kind, QStringLiteral("nlb"), name, QStringLiteral("lb"),
        QStringLiteral("--vpc"), QStringLiteral("n"), QStringLiteral("--port"), QStringLiteral("70000") }
                                  << QStringLiteral("--port '70000'");
    QTest::newRow("vm option on a disk") << QStringList { kind, QStringLiteral("disk"), name, QStringLiteral("d"),
        QStringLiteral("--vm"), QStringLiteral("a") } << QStringLiteral("--vm is for --kind myimage and nlb only");
    QTest::newRow("port option on a vpc") << QStringList { kind, QStringLiteral("vpc"), name, QStringLiteral("v"),
        QStringLiteral("--port"), QStringLiteral("80") } << QStringLiteral("--port is for --kind nlb only");
}

void TestCliImageAndNlb::badInputIsRefusedBeforeAnythingIsSent()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRunner::Run r = resource(QStringLiteral("create"), args);
    QVERIFY2(r.exitCode == 2, qPrintable(explain(r)));
    QVERIFY2(r.err.contains(message), qPrintable(explain(r)));
    // Nothing was sent, so nothing was journaled.
    const CliRunner::Run journal = m_cli->run({ QStringLiteral("journal"), QStringLiteral("--json") });
    QVERIFY2(journal.exitCode == 0, qPrintable(explain(journal)));
    QCOMPARE(journal.json().value(QStringLiteral("entries")).toArray().size(), 0);
}

void TestCliImageAndNlb::imageAndLoadBalancerOverTwoVms()
{
    makeVms();
    if (QTest::currentTestFailed())
        return;

    // An image of web-1, waited for until the cloud says it is usable.
    const CliRunner::Run image = resource(QStringLiteral("create"),
        { QStringLiteral("--kind"), QStringLiteral("myimage"), QStringLiteral("--name"), QStringLiteral("web-golden"),
            QStringLiteral("--vm"), QStringLiteral("web-1"), QStringLiteral("--wait"), QStringLiteral("--json") });
    QVERIFY2(image.exitCode == 0, qPrintable(explain(image)));
    const QJsonObject made = image.json().value(QStringLiteral("resource")).toObject();
    QCOMPARE(made.value(QStringLiteral("status")).toString(), QStringLiteral("Available"));
    QCOMPARE(made.value(QStringLiteral("sourceVm")).toObject().value(QStringLiteral("nameId")).toString(),
        QStringLiteral("web-1"));

    // A load balancer over both VMs on one port.
    const CliRunner::Run nlb = resource(QStringLiteral("create"),
        { QStringLiteral("--kind"), QStringLiteral("nlb"), QStringLiteral("--name"), QStringLiteral("web-lb"),
            QStringLiteral("--vpc"), QStringLiteral("net-1"), QStringLiteral("--vm"), QStringLiteral("web-1"),
            QStringLiteral("--vm"), QStringLiteral("web-2"), QStringLiteral("--port"), QStringLiteral("8080"),
            QStringLiteral("--json") });
    QVERIFY2(nlb.exitCode == 0, qPrintable(explain(nlb)));
    const CliRunner::Run got = resource(QStringLiteral("get"),
        { QStringLiteral("--kind"), QStringLiteral("nlb"), QStringLiteral("web-lb"), QStringLiteral("--json") });
    QVERIFY2(got.exitCode == 0, qPrintable(explain(got)));
    const QJsonObject lb = got.json().value(QStringLiteral("resource")).toObject().isEmpty()
        ? got.json()
        : got.json().value(QStringLiteral("resource")).toObject();
    QCOMPARE(names(lb.value(QStringLiteral("vms")).toArray()), (QStringList { QStringLiteral("web-1"), QStringLiteral("web-2") }));
    QCOMPARE(lb.value(QStringLiteral("listenerPort")).toInt(), 8080);
    QCOMPARE(lb.value(QStringLiteral("vmGroupPort")).toInt(), 8080);
    QCOMPARE(lb.value(QStringLiteral("healthPort")).toInt(), 8080);
    QVERIFY2(!lb.value(QStringLiteral("listenerIp")).toString().isEmpty(), qPrintable(explain(got)));
    QVERIFY2(got.err.isEmpty(), qPrintable(explain(got))); // no parser warnings either

    // The table says what each one is.
    const CliRunner::Run table = resource(QStringLiteral("list"), { QStringLiteral("--kind"), QStringLiteral("nlb") });
    // "2 VMs" or "2 VM(s)": the plural form comes from the loaded translation.
    QVERIFY2(table.exitCode == 0 && table.out.contains(QLatin1String("PUBLIC TCP:8080 -> 2 VM"))
            && table.out.contains(QLatin1String(" on 8080 ")),
        qPrintable(explain(table)));
    const CliRunner::Run mine = resource(QStringLiteral("list"), { QStringLiteral("--kind"), QStringLiteral("myimage") });
    QVERIFY2(mine.exitCode == 0 && mine.out.contains(QLatin1String("from web-1")), qPrintable(explain(mine)));

    // A VM the cloud does not know: the cloud's refusal, journaled as failed.
    const CliRunner::Run ghost = resource(QStringLiteral("create"),
        { QStringLiteral("--kind"), QStringLiteral("myimage"), QStringLiteral("--name"), QStringLiteral("ghost-img"),
            QStringLiteral("--vm"), QStringLiteral("ghost") });
    QVERIFY2(ghost.exitCode != 0 && ghost.err.contains(QLatin1String("ghost")), qPrintable(explain(ghost)));

    for (const auto& [kind, name] : QList<QPair<QString, QString>> { { QStringLiteral("nlb"), QStringLiteral("web-lb") },
             { QStringLiteral("myimage"), QStringLiteral("web-golden") } }) {
        const CliRunner::Run r = resource(QStringLiteral("delete"), { QStringLiteral("--kind"), kind, QStringLiteral("--wait"), name });
        QVERIFY2(r.exitCode == 0, qPrintable(kind + QLatin1Char(' ') + explain(r)));
        const CliRunner::Run gone = resource(QStringLiteral("get"), { QStringLiteral("--kind"), kind, name });
        QVERIFY2(gone.exitCode == 3, qPrintable(explain(gone)));
    }

    const CliRunner::Run journal = m_cli->run({ QStringLiteral("journal"), QStringLiteral("--json") });
    int images = 0, failed = 0;
    for (const QJsonValue& e : journal.json().value(QStringLiteral("entries")).toArray()) {
        const QJsonObject entry = e.toObject();
        const QString state = entry.value(QStringLiteral("state")).toString();
        QVERIFY2(state == QLatin1String("succeeded") || state == QLatin1String("failed"), qPrintable(state));
        failed += state == QLatin1String("failed");
        images += entry.value(QStringLiteral("kind")).toString() == QLatin1String("myimage");
    }
    QCOMPARE(failed, 1);
    QCOMPARE(images, 3); // made, refused, deleted
}

QTEST_GUILESS_MAIN(TestCliImageAndNlb)
#include "TestCliImageAndNlb.moc"
