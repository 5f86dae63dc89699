// SPDX-License-Identifier: GPL-3.0-or-later
// `barista infra cmd` and postCommands over real SSH: simulated nodes whose access point is a
// real OpenSSH server on loopback (BARISTA_SIM_SSH_ENDPOINT), with the key the engine made.
#include "tests/support/CliRunner.h"
#include "tests/support/ScratchDir.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace Barista;
using Barista::Test::CliRunner;
using Barista::Test::ScratchDir;

namespace {
QString explain(const CliRunner::Run& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out.left(3000), r.err.right(2000));
}

QString currentUser()
{
    if (const passwd* entry = getpwuid(geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::fromLocal8Bit(qgetenv("USER"));
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QJsonArray results(const CliRunner::Run& r)
{
    return r.json().value(QStringLiteral("outcome")).toObject().value(QStringLiteral("commandResults")).toArray();
}
} // namespace

class TestCliInfraCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void commandRunsOnEveryNode();
    void failingCommandReportsExitStatus();
    void timeoutIsReported();
    void postCommandsRunAfterCreate();
    void changedHostKeyIsRefused();

private:
    bool startSshd(QString* error);
    QString path(const QString& name) const { return m_dir.filePath(name); }
    CliRunner cli() const;
    CliRunner::Run cmd(const QStringList& scope, const QString& command, const QStringList& extra = {}) const;

    ScratchDir m_dir;
    ScratchDir m_workspace;
    QProcess m_sshd;
    quint16 m_port = 0;
    QString m_user;
};

CliRunner TestCliInfraCommand::cli() const
{
    CliRunner r(m_workspace.path());
    r.setEnv(QStringLiteral("BARISTA_SIM_TIME_SCALE"), QStringLiteral("0.002"));
    r.setEnv(QStringLiteral("BARISTA_SIM_SSH_ENDPOINT"), QStringLiteral("127.0.0.1:%1").arg(m_port));
    return r;
}

CliRunner::Run TestCliInfraCommand::cmd(const QStringList& scope, const QString& command, const QStringList& extra) const
{
    return cli().run(QStringList{QStringLiteral("infra"), QStringLiteral("cmd"), QStringLiteral("one"), QStringLiteral("--json"),
                                 QStringLiteral("--user"), m_user}
                     + scope + extra + QStringList{QStringLiteral("--"), command});
}

void TestCliInfraCommand::initTestCase()
{
    const bool required = qgetenv("BARISTA_REQUIRE_SSHD") == "1";
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (!QFileInfo(QStringLiteral("/usr/sbin/sshd")).isExecutable() || keygen.isEmpty()) {
        if (required)
            QFAIL("BARISTA_REQUIRE_SSHD=1 but sshd or ssh-keygen is missing (install openssh-server)");
        QSKIP("/usr/sbin/sshd or ssh-keygen is missing (install openssh-server)");
    }
    m_user = currentUser();
    QDir().mkpath(QStringLiteral("/run/sshd"));
    QProcess hostKeygen;
    hostKeygen.start(keygen, {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                              QString(), QStringLiteral("-f"), path(QStringLiteral("host_key"))});
    QVERIFY(hostKeygen.waitForFinished(30000));
    QVERIFY(writeFile(path(QStringLiteral("authorized_keys")), QByteArray()));
    QString error;
    bool started = false;
    for (int attempt = 0; attempt < 3 && !started; ++attempt)
        started = startSshd(&error);
    QVERIFY2(started, qPrintable(error));

    // An infra on two clouds; its key pairs are made by the engine, then authorized on the "nodes".
    QFile spec(m_workspace.filePath(QStringLiteral("one.yaml")));
    QVERIFY(spec.open(QIODevice::WriteOnly));
    spec.write("name: one\nnodeGroups:\n"
               "  - {name: web, specId: aws+ap-northeast-2+t3.small, imageId: ubuntu-22.04, nodeGroupSize: \"2\"}\n"
               "  - {name: db, specId: gcp+asia-northeast3+e2-small, imageId: ubuntu-22.04, nodeGroupSize: 1}\n");
    spec.close();
    const CliRunner::Run created = cli().run({QStringLiteral("infra"), QStringLiteral("create"), spec.fileName()});
    QVERIFY2(created.exitCode == 0, qPrintable(explain(created)));
    QByteArray keys;
    for (const QString& c : {QStringLiteral("aws-ap-northeast-2"), QStringLiteral("gcp-asia-northeast3")}) {
        const CliRunner::Run listed = cli().run({QStringLiteral("resource"), QStringLiteral("list"), QStringLiteral("--connection"),
                                                 c, QStringLiteral("--kind"), QStringLiteral("keypair"), QStringLiteral("--json")});
        for (const QJsonValue& v : listed.json().value(QStringLiteral("items")).toArray())
            keys += v.toObject().value(QStringLiteral("publicKey")).toString().toUtf8() + '\n';
    }
    QCOMPARE(keys.count('\n'), 2);
    QVERIFY(keys.startsWith("ssh-ed25519 "));
    QVERIFY(writeFile(path(QStringLiteral("authorized_keys")), keys));
}

bool TestCliInfraCommand::startSshd(QString* error)
{
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            return false;
        m_port = server.serverPort();
    }
    const QString config = QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nAuthorizedKeysFile %3\nPidFile %4\n"
                                          "StrictModes no\nPubkeyAuthentication yes\nPasswordAuthentication no\n"
                                          "KbdInteractiveAuthentication no\nUsePAM no\nPermitRootLogin prohibit-password\n"
                                          "PrintMotd no\nMaxStartups 100\nMaxSessions 100\nLogLevel ERROR\n")
                               .arg(m_port)
                               .arg(path(QStringLiteral("host_key")), path(QStringLiteral("authorized_keys")),
                                    path(QStringLiteral("sshd.pid")));
    if (!writeFile(path(QStringLiteral("sshd_config")), config.toUtf8()))
        return false;
    m_sshd.setProcessChannelMode(QProcess::MergedChannels);
    m_sshd.start(QStringLiteral("/usr/sbin/sshd"),
                 {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), path(QStringLiteral("sshd_config"))});
    if (!m_sshd.waitForStarted(10000))
        return false;
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_sshd.state() == QProcess::NotRunning) {
            *error = QStringLiteral("sshd exited: ") + QString::fromLocal8Bit(m_sshd.readAll());
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        m_sshd.waitForFinished(100);
    }
    *error = QStringLiteral("sshd did not accept connections");
    m_sshd.kill();
    m_sshd.waitForFinished(5000);
    return false;
}

void TestCliInfraCommand::cleanupTestCase()
{
    if (m_sshd.state() != QProcess::NotRunning) {
        m_sshd.kill();
        m_sshd.waitForFinished(5000);
    }
}

void TestCliInfraCommand::commandRunsOnEveryNode()
{
    const CliRunner::Run r = cmd({}, QStringLiteral("echo hello-$((6*7))"));
    QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
    const QJsonArray all = results(r);
    QCOMPARE(all.size(), 3);
    QStringList nodes;
    for (const QJsonValue& v : all) {
        QCOMPARE(v.toObject().value(QStringLiteral("exitStatus")).toInt(), 0);
        QCOMPARE(v.toObject().value(QStringLiteral("stdout")).toString(), QStringLiteral("hello-42\n"));
        nodes << v.toObject().value(QStringLiteral("node")).toString();
    }
    nodes.sort();
    QCOMPARE(nodes, QStringList({QStringLiteral("db-1"), QStringLiteral("web-1"), QStringLiteral("web-2")}));
    // Trust on first use stored the host key in the workspace.
    QFile knownHosts(m_workspace.filePath(QStringLiteral("known_hosts")));
    QVERIFY(knownHosts.open(QIODevice::ReadOnly));
    QVERIFY(knownHosts.readAll().contains(QStringLiteral("[127.0.0.1]:%1").arg(m_port).toUtf8()));
}

void TestCliInfraCommand::failingCommandReportsExitStatus()
{
    const CliRunner::Run r = cmd({QStringLiteral("--group"), QStringLiteral("web")}, QStringLiteral("echo oops >&2; exit 3"));
    QCOMPARE(r.exitCode, 1);
    const QJsonArray all = results(r);
    QCOMPARE(all.size(), 2); // only the group
    for (const QJsonValue& v : all) {
        QCOMPARE(v.toObject().value(QStringLiteral("exitStatus")).toInt(), 3);
        QCOMPARE(v.toObject().value(QStringLiteral("stderr")).toString(), QStringLiteral("oops\n"));
    }
}

void TestCliInfraCommand::timeoutIsReported()
{
    const CliRunner::Run r = cmd({QStringLiteral("--node"), QStringLiteral("db-1")},
                                 QStringLiteral("echo started; while true; do echo tick; sleep 0.2; done"),
                                 {QStringLiteral("--timeout"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray all = results(r);
    QCOMPARE(all.size(), 1);
    const QJsonObject one = all.at(0).toObject();
    QCOMPARE(one.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("timeout"));
    QVERIFY(one.value(QStringLiteral("stdout")).toString().startsWith(QStringLiteral("started\n"))); // output so far kept
}

void TestCliInfraCommand::postCommandsRunAfterCreate()
{
    // Same connections, so the same (already authorized) key pairs.
    QFile spec(m_workspace.filePath(QStringLiteral("two.yaml")));
    QVERIFY(spec.open(QIODevice::WriteOnly));
    spec.write(QStringLiteral("name: two\nnodeGroups:\n"
                              "  - {name: app, specId: aws+ap-northeast-2+t3.small, imageId: ubuntu-22.04, nodeGroupSize: 2}\n"
                              "postCommands:\n  - userName: %1\n    command: [\"echo post-ok\", \"echo second\"]\n")
                   .arg(m_user)
                   .toUtf8());
    spec.close();
    const CliRunner::Run r = cli().run({QStringLiteral("infra"), QStringLiteral("create"), spec.fileName(), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
    const QJsonArray all = results(r);
    QCOMPARE(all.size(), 2);
    for (const QJsonValue& v : all)
        QCOMPARE(v.toObject().value(QStringLiteral("stdout")).toString(), QStringLiteral("post-ok\nsecond\n"));
}

void TestCliInfraCommand::changedHostKeyIsRefused()
{
    // Another host key for the same address: a man in the middle, or a rebuilt node.
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                QStringLiteral("-N"), QString(), QStringLiteral("-f"), path(QStringLiteral("other"))});
    QVERIFY(keygen.waitForFinished(30000));
    QFile pub(path(QStringLiteral("other.pub")));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = pub.readAll().split(' ');
    QVERIFY(writeFile(m_workspace.filePath(QStringLiteral("known_hosts")),
                      QStringLiteral("[127.0.0.1]:%1 ").arg(m_port).toUtf8() + fields.value(0) + ' ' + fields.value(1) + '\n'));
    const QString marker = path(QStringLiteral("ran"));
    const CliRunner::Run r = cmd({QStringLiteral("--node"), QStringLiteral("web-1")}, QStringLiteral("touch ") + marker);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject one = results(r).at(0).toObject();
    QCOMPARE(one.value(QStringLiteral("error")).toObject().value(QStringLiteral("providerCode")).toString(),
             QStringLiteral("HostKeyMismatch"));
    QVERIFY2(!QFile::exists(marker), "the command ran on a host whose key changed");
}

QTEST_GUILESS_MAIN(TestCliInfraCommand)
#include "TestCliInfraCommand.moc"
