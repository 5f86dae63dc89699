// SPDX-License-Identifier: GPL-3.0-or-later
// The `barista` command line, run as a user runs it: the built executable in a throw-away
// workspace over the simulated cloud.
#include "tests/support/CliRunner.h"
#include "tests/support/ScratchDir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Barista;
using Barista::Test::CliRunner;
using Barista::Test::ScratchDir;

namespace {
const QString AWS = QStringLiteral("aws-ap-northeast-2");
const QString GCP = QStringLiteral("gcp-asia-northeast3");

QString explain(const CliRunner::Run& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out.left(2000), r.err.left(2000));
}

/// Replaces what differs from run to run (ids the cloud assigns, times, tokens) so the rest
/// can be compared with a golden file.
QJsonValue normalized(const QJsonValue& value, const QString& key = QString())
{
    static const QStringList volatileKeys = {QStringLiteral("systemId"), QStringLiteral("createdAt"),
                                             QStringLiteral("barista-token"), QStringLiteral("clientToken"), QStringLiteral("fingerprint"),
                                             QStringLiteral("publicKey"), QStringLiteral("privateIp"),
                                             QStringLiteral("publicIp"), QStringLiteral("sshAccessPoint")};
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = normalized(it.value(), it.key());
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            a[i] = normalized(a.at(i));
        return a;
    }
    if (volatileKeys.contains(key) && value.isString() && !value.toString().isEmpty())
        return QStringLiteral("<%1>").arg(key);
    return value;
}

void compareGolden(const QJsonObject& actual, const QString& name)
{
    const QString path = QStringLiteral(BARISTA_TEST_DATA_DIR "/cli/") + name;
    const QByteArray text = QJsonDocument(normalized(actual).toObject()).toJson(QJsonDocument::Indented);
    if (qEnvironmentVariableIsSet("BARISTA_UPDATE_GOLDEN")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        return;
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing golden file %1 (set BARISTA_UPDATE_GOLDEN=1 "
                                                                     "to write it)").arg(path)));
    const QByteArray expected = f.readAll();
    if (expected != text)
        qWarning("actual output for %s:\n%s", qPrintable(name), text.constData());
    QCOMPARE(QString::fromUtf8(text), QString::fromUtf8(expected));
}

QJsonObject findItem(const QJsonObject& listing, const QString& name)
{
    for (const QJsonValue& v : listing.value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("iid")).toObject().value(QStringLiteral("nameId")).toString() == name)
            return v.toObject();
    }
    return QJsonObject();
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void testVersionAndHelp();
    void testBadInput_data();
    void testBadInput();
    void testConnectionGolden();
    void connectionAddTakesItsNameAndSaysWhenItReplaces();
    void keyPairImportsAPublicKeyFile();
    void testLifecycleOnTwoClouds();
    void testErrorJsonGolden();

private:
    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCli::init()
{
    m_dir = std::make_unique<ScratchDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliRunner>(m_dir->path());
    // A VM boots in a fraction of a second instead of tens of seconds; the behaviour is the same.
    m_cli->setEnv(QStringLiteral("BARISTA_SIM_TIME_SCALE"), QStringLiteral("0.01"));
    m_cli->setEnv(QStringLiteral("BARISTA_SIM_SEED"), QStringLiteral("7"));
}

void TestCli::testVersionAndHelp()
{
    const CliRunner::Run version = m_cli->run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QStringLiteral(BARISTA_VERSION_TEXT)), qPrintable(explain(version)));
    const CliRunner::Run help = m_cli->run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* word : {"connection", "resource", "journal", "jobs", "--workspace"})
        QVERIFY2(help.out.contains(QLatin1String(word)), word);
    const CliRunner::Run sub = m_cli->run({QStringLiteral("resource"), QStringLiteral("create"), QStringLiteral("--help")});
    QCOMPARE(sub.exitCode, 0);
    QVERIFY(sub.out.contains(QLatin1String("--subnet")));
}

void TestCli::testBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const auto row = [](const char* name, QStringList args, int code, const char* message) {
        QTest::newRow(name) << args << code << QString::fromUtf8(message);
    };
    row("unknown command", {QStringLiteral("deploy")}, 2, "unknown command 'deploy'");
    row("unknown sub-command", {QStringLiteral("resource"), QStringLiteral("make")}, 2, "usage: barista resource");
    row("missing connection", {QStringLiteral("resource"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("vm")},
        2, "--connection is required");
    row("missing kind", {QStringLiteral("resource"), QStringLiteral("list"), QStringLiteral("--connection"), AWS}, 2,
        "--kind is required");
    row("bad kind", {QStringLiteral("resource"), QStringLiteral("list"), QStringLiteral("--connection"), AWS,
                     QStringLiteral("--kind"), QStringLiteral("vms2")},
        2, "--kind 'vms2' is not a resource kind");
    row("unknown option", {QStringLiteral("jobs"), QStringLiteral("--colour")}, 2, "colour");
    row("unknown connection", {QStringLiteral("resource"), QStringLiteral("list"), QStringLiteral("--connection"),
                               QStringLiteral("nope"), QStringLiteral("--kind"), QStringLiteral("vm")},
        3, "no connection named 'nope'");
    row("bad rule", {QStringLiteral("resource"), QStringLiteral("create"), QStringLiteral("--connection"), AWS,
                     QStringLiteral("--kind"), QStringLiteral("sg"), QStringLiteral("--name"), QStringLiteral("s"),
                     QStringLiteral("--rule"), QStringLiteral("inbound,tcp,22")},
        2, "--rule 'inbound,tcp,22'");
    row("bad body", {QStringLiteral("resource"), QStringLiteral("create"), QStringLiteral("--connection"), AWS,
                     QStringLiteral("--kind"), QStringLiteral("vpc"), QStringLiteral("--body"), QStringLiteral("{\"name\": ")},
        2, "--body: invalid JSON at offset");
    row("missing name", {QStringLiteral("resource"), QStringLiteral("create"), QStringLiteral("--connection"), AWS,
                         QStringLiteral("--kind"), QStringLiteral("keypair")},
        2, "--name is required");
    row("bad action", {QStringLiteral("resource"), QStringLiteral("control"), QStringLiteral("--connection"), AWS,
                       QStringLiteral("--kind"), QStringLiteral("vm"), QStringLiteral("--action"), QStringLiteral("explode"),
                       QStringLiteral("vm-1")},
        2, "--action must be");
    row("bad provider", {QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
                         QStringLiteral("--provider"), QStringLiteral("nimbus"), QStringLiteral("--region"), QStringLiteral("r")},
        2, "provider");
    row("unknown region", {QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
                           QStringLiteral("--provider"), QStringLiteral("aws"), QStringLiteral("--region"),
                           QStringLiteral("mars-north-1")},
        4, "mars-north-1");
    row("missing resource", {QStringLiteral("resource"), QStringLiteral("get"), QStringLiteral("--connection"), AWS,
                             QStringLiteral("--kind"), QStringLiteral("vpc"), QStringLiteral("ghost")},
        3, "ghost");
    row("bad limit", {QStringLiteral("journal"), QStringLiteral("--limit"), QStringLiteral("-3")}, 2, "--limit");
}

void TestCli::testBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRunner::Run r = m_cli->run(args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(explain(r)));
    QVERIFY2(r.err.contains(message), qPrintable(explain(r)));
    QVERIFY2(r.err.startsWith(QLatin1String("barista: error: ")), qPrintable(explain(r)));
}

void TestCli::testConnectionGolden()
{
    const CliRunner::Run list = m_cli->run({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(explain(list)));
    compareGolden(list.json(), QStringLiteral("connection-list.json"));
    const CliRunner::Run add = m_cli->run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--name"),
                                           QStringLiteral("aws-ohio"), QStringLiteral("--provider"), QStringLiteral("aws"),
                                           QStringLiteral("--region"), QStringLiteral("us-east-2"), QStringLiteral("--json")});
    QVERIFY2(add.exitCode == 0, qPrintable(explain(add)));
    compareGolden(add.json(), QStringLiteral("connection-add.json"));
    const CliRunner::Run removed
        = m_cli->run({QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("aws-ohio")});
    QVERIFY2(removed.exitCode == 0, qPrintable(explain(removed)));
    const CliRunner::Run again
        = m_cli->run({QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("aws-ohio")});
    QCOMPARE(again.exitCode, 3);
}

void TestCli::connectionAddTakesItsNameAndSaysWhenItReplaces()
{
    const auto add = [this](const QString& name, const QString& region, const QStringList& extra = {}) {
        return m_cli->run(QStringList{QStringLiteral("connection"), QStringLiteral("add"), name, QStringLiteral("--provider"),
                                      QStringLiteral("aws"), QStringLiteral("--region"), region}
                          + extra);
    };
    const auto regionOf = [this](const QString& name) {
        const QJsonArray all = m_cli->run({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")})
                                   .json()
                                   .value(QStringLiteral("connections"))
                                   .toArray();
        for (const QJsonValue& v : all) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject().value(QStringLiteral("region")).toString();
        }
        return QString();
    };
    const CliRunner::Run added = add(QStringLiteral("aws-tokyo"), QStringLiteral("ap-northeast-1"));
    QVERIFY2(added.exitCode == 0, qPrintable(explain(added)));
    QVERIFY2(added.out.contains(QLatin1String("added connection 'aws-tokyo'")), qPrintable(explain(added)));
    QCOMPARE(regionOf(QStringLiteral("aws-tokyo")), QStringLiteral("ap-northeast-1"));

    const CliRunner::Run replaced = add(QStringLiteral("aws-tokyo"), QStringLiteral("ap-northeast-3"));
    QVERIFY2(replaced.exitCode == 0, qPrintable(explain(replaced)));
    QVERIFY2(replaced.out.contains(QLatin1String("replaced connection 'aws-tokyo'")), qPrintable(explain(replaced)));
    QCOMPARE(regionOf(QStringLiteral("aws-tokyo")), QStringLiteral("ap-northeast-3"));

    // A replacement the driver refuses leaves the connection as it was.
    const CliRunner::Run refused = add(QStringLiteral("aws-tokyo"), QStringLiteral("mars-north-1"));
    QCOMPARE(refused.exitCode, 4);
    QCOMPARE(regionOf(QStringLiteral("aws-tokyo")), QStringLiteral("ap-northeast-3"));

    QCOMPARE(add(QStringLiteral("aws-tokyo"), QStringLiteral("ap-northeast-1"), {QStringLiteral("--name"), QStringLiteral("other")})
                 .exitCode,
             2);
    QCOMPARE(add(QStringLiteral("aws-tokyo"), QStringLiteral("ap-northeast-1"), {QStringLiteral("stray")}).exitCode, 2);
    QCOMPARE(regionOf(QStringLiteral("aws-tokyo")), QStringLiteral("ap-northeast-3"));
    QCOMPARE(regionOf(QStringLiteral("other")), QString());

    const CliRunner::Run removed
        = m_cli->run({QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("aws-tokyo")});
    QVERIFY2(removed.exitCode == 0, qPrintable(explain(removed)));
}

void TestCli::keyPairImportsAPublicKeyFile()
{
    const auto write = [this](const QString& name, const QByteArray& content) {
        QFile f(m_dir->filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return QString();
        return f.fileName();
    };
    // A public key is no secret: an example one, with its comment.
    const QByteArray publicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl me@laptop";
    const QString pub = write(QStringLiteral("id_ed25519.pub"), "\n" + publicKey + "\n");
    const auto create = [this](const QString& kind, const QString& name, const QString& file) {
        return m_cli->run({QStringLiteral("resource"), QStringLiteral("create"), QStringLiteral("--connection"), AWS,
                           QStringLiteral("--kind"), kind, QStringLiteral("--name"), name, QStringLiteral("--public-key"),
                           file, QStringLiteral("--json")});
    };
    const CliRunner::Run made = create(QStringLiteral("keypair"), QStringLiteral("laptop"), pub);
    QVERIFY2(made.exitCode == 0, qPrintable(explain(made)));
    const CliRunner::Run got = m_cli->run({QStringLiteral("resource"), QStringLiteral("get"), QStringLiteral("--connection"), AWS,
                                           QStringLiteral("--kind"), QStringLiteral("keypair"), QStringLiteral("laptop"),
                                           QStringLiteral("--json")});
    QVERIFY2(got.exitCode == 0, qPrintable(explain(got)));
    QVERIFY2(got.out.contains(QString::fromLatin1(publicKey.split(' ').at(1))), qPrintable(explain(got)));

    // A private key given by mistake is refused, and none of it is echoed.
    const QByteArray privateBody = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW";
    const QString priv = write(QStringLiteral("id_ed25519"),
                               "-----BEGIN OPENSSH PRIVATE KEY-----\n" + privateBody + "\n-----END OPENSSH PRIVATE KEY-----\n");
    const CliRunner::Run refused = create(QStringLiteral("keypair"), QStringLiteral("oops"), priv);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("private key")), qPrintable(explain(refused)));
    QVERIFY(!refused.out.contains(QString::fromLatin1(privateBody)) && !refused.err.contains(QString::fromLatin1(privateBody)));

    const QString junk = write(QStringLiteral("junk.pub"), "ssh-ed25519 not-base64!\n");
    QCOMPARE(create(QStringLiteral("keypair"), QStringLiteral("junk"), junk).exitCode, 2);
    const QString two = write(QStringLiteral("two.pub"), publicKey + "\n" + publicKey + "\n");
    QCOMPARE(create(QStringLiteral("keypair"), QStringLiteral("two"), two).exitCode, 2);
    QCOMPARE(create(QStringLiteral("vpc"), QStringLiteral("net"), pub).exitCode, 2);
    QCOMPARE(create(QStringLiteral("keypair"), QStringLiteral("none"), m_dir->filePath(QStringLiteral("missing.pub"))).exitCode, 2);

    const CliRunner::Run removed = m_cli->run({QStringLiteral("resource"), QStringLiteral("delete"), QStringLiteral("--connection"),
                                               AWS, QStringLiteral("--kind"), QStringLiteral("keypair"), QStringLiteral("laptop")});
    QVERIFY2(removed.exitCode == 0, qPrintable(explain(removed)));
}

void TestCli::testLifecycleOnTwoClouds()
{
    const auto create = [&](const QString& connection, QStringList args) {
        const CliRunner::Run r = m_cli->run(QStringList{QStringLiteral("resource"), QStringLiteral("create"),
                                                        QStringLiteral("--connection"), connection}
                                            + args + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
    };
    struct Cloud
    {
        QString connection;
        QString spec;
        QString image;
    };
    const QList<Cloud> clouds = {{AWS, QStringLiteral("t3.small"), QStringLiteral("ubuntu-22.04")},
                                 {GCP, QStringLiteral("e2-small"), QStringLiteral("ubuntu-22.04")}};
    for (const Cloud& c : clouds) {
        create(c.connection, {QStringLiteral("--kind"), QStringLiteral("vpc"), QStringLiteral("--name"), QStringLiteral("net-1"),
                              QStringLiteral("--cidr"), QStringLiteral("10.0.0.0/16"), QStringLiteral("--subnet"),
                              QStringLiteral("subnet-1=10.0.1.0/24")});
        create(c.connection, {QStringLiteral("--kind"), QStringLiteral("securitygroup"), QStringLiteral("--name"),
                              QStringLiteral("sg-1"), QStringLiteral("--vpc"), QStringLiteral("net-1")});
        create(c.connection, {QStringLiteral("--kind"), QStringLiteral("keypair"), QStringLiteral("--name"), QStringLiteral("key-1")});
        create(c.connection, {QStringLiteral("--kind"), QStringLiteral("vm"), QStringLiteral("--name"), QStringLiteral("vm-1"),
                              QStringLiteral("--vpc"), QStringLiteral("net-1"), QStringLiteral("--subnet"), QStringLiteral("subnet-1"),
                              QStringLiteral("--sg"), QStringLiteral("sg-1"), QStringLiteral("--keypair"), QStringLiteral("key-1"),
                              QStringLiteral("--spec"), c.spec, QStringLiteral("--image"), c.image,
                              QStringLiteral("--tag"), QStringLiteral("barista-infra=shop")});
    }
    const CliRunner::Run vpc = m_cli->run({QStringLiteral("resource"), QStringLiteral("get"), QStringLiteral("--connection"), AWS,
                                           QStringLiteral("--kind"), QStringLiteral("vpc"), QStringLiteral("net-1"),
                                           QStringLiteral("--json")});
    QVERIFY2(vpc.exitCode == 0, qPrintable(explain(vpc)));
    compareGolden(vpc.json(), QStringLiteral("resource-get-vpc.json"));

    // Later processes see the same clouds, and the VMs become Running after their boot time.
    for (const Cloud& c : clouds) {
        QString status;
        for (int i = 0; i < 100 && status != QLatin1String("Running"); ++i) {
            const CliRunner::Run list
                = m_cli->run({QStringLiteral("resource"), QStringLiteral("list"), QStringLiteral("--connection"), c.connection,
                              QStringLiteral("--kind"), QStringLiteral("vm"), QStringLiteral("--json")});
            QVERIFY2(list.exitCode == 0, qPrintable(explain(list)));
            QCOMPARE(list.json().value(QStringLiteral("schemaVersion")).toInt(), 1);
            const QJsonObject vm = findItem(list.json(), QStringLiteral("vm-1"));
            status = vm.value(QStringLiteral("status")).toString();
            // The user's tag is kept beside the journal's own.
            QCOMPARE(vm.value(QStringLiteral("tags")).toObject().value(QStringLiteral("barista-infra")).toString(),
                     QStringLiteral("shop"));
            if (status != QLatin1String("Running"))
                QTest::qWait(100);
        }
        QCOMPARE(status, QStringLiteral("Running"));
    }

    // Control, waiting for the stable state.
    const auto control = [&](const QString& action, const QString& expected) {
        const CliRunner::Run r = m_cli->run({QStringLiteral("resource"), QStringLiteral("control"),
                                             QStringLiteral("--connection"), AWS, QStringLiteral("--kind"),
                                             QStringLiteral("vm"), QStringLiteral("--action"), action,
                                             QStringLiteral("--wait"), QStringLiteral("--json"), QStringLiteral("vm-1")});
        QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
        QCOMPARE(r.json().value(QStringLiteral("resource")).toObject().value(QStringLiteral("status")).toString(), expected);
    };
    control(QStringLiteral("suspend"), QStringLiteral("Suspended"));
    control(QStringLiteral("resume"), QStringLiteral("Running"));
    control(QStringLiteral("reboot"), QStringLiteral("Running"));

    // A VPC that still has a VM cannot go, and the message says which VM holds it.
    const CliRunner::Run blocked = m_cli->run({QStringLiteral("resource"), QStringLiteral("delete"),
                                               QStringLiteral("--connection"), AWS, QStringLiteral("--kind"),
                                               QStringLiteral("vpc"), QStringLiteral("net-1")});
    QVERIFY2(blocked.exitCode == 5, qPrintable(explain(blocked)));
    QVERIFY2(blocked.err.contains(QLatin1String("vm-1")), qPrintable(explain(blocked)));

    // Tear down in dependency order; every step succeeds.
    for (const auto& [kind, name] : QList<QPair<QString, QString>>{{QStringLiteral("vm"), QStringLiteral("vm-1")},
                                                                  {QStringLiteral("securitygroup"), QStringLiteral("sg-1")},
                                                                  {QStringLiteral("keypair"), QStringLiteral("key-1")},
                                                                  {QStringLiteral("vpc"), QStringLiteral("net-1")}}) {
        const CliRunner::Run r = m_cli->run({QStringLiteral("resource"), QStringLiteral("delete"), QStringLiteral("--wait"),
                                             QStringLiteral("--connection"), AWS, QStringLiteral("--kind"), kind, name});
        QVERIFY2(r.exitCode == 0, qPrintable(kind + QLatin1Char(' ') + explain(r)));
    }
    const CliRunner::Run vpcs = m_cli->run({QStringLiteral("resource"), QStringLiteral("list"), QStringLiteral("--connection"),
                                            AWS, QStringLiteral("--kind"), QStringLiteral("vpc"), QStringLiteral("--json")});
    QVERIFY(findItem(vpcs.json(), QStringLiteral("net-1")).isEmpty());

    // The journal saw every mutating call, and none is left pending.
    const CliRunner::Run journal = m_cli->run({QStringLiteral("journal"), QStringLiteral("--json")});
    QVERIFY2(journal.exitCode == 0, qPrintable(explain(journal)));
    const QJsonArray entries = journal.json().value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 8 + 3 + 5); // 2 x 4 creates, 3 controls, 1 refused + 4 deletes
    int failed = 0;
    for (const QJsonValue& e : entries) {
        const QString state = e.toObject().value(QStringLiteral("state")).toString();
        QVERIFY2(state == QLatin1String("succeeded") || state == QLatin1String("failed"), qPrintable(state));
        failed += state == QLatin1String("failed");
    }
    QCOMPARE(failed, 1);

    const CliRunner::Run jobs = m_cli->run({QStringLiteral("jobs"), QStringLiteral("--json")});
    QVERIFY2(jobs.exitCode == 0, qPrintable(explain(jobs)));
    QVERIFY(jobs.json().value(QStringLiteral("jobs")).toArray().size() >= 16);
}

void TestCli::testErrorJsonGolden()
{
    const CliRunner::Run r = m_cli->run({QStringLiteral("resource"), QStringLiteral("get"), QStringLiteral("--connection"), AWS,
                                         QStringLiteral("--kind"), QStringLiteral("vpc"), QStringLiteral("ghost"),
                                         QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    compareGolden(r.json(), QStringLiteral("error-not-found.json"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
