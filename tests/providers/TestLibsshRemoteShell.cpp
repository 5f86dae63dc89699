// SPDX-License-Identifier: GPL-3.0-or-later
// LibsshRemoteShell against a real OpenSSH server on loopback, started for this test with a
// throw-away host key and a user key from OpenSslSshKeyFactory. Skipped when /usr/sbin/sshd is
// missing (BARISTA_REQUIRE_SSHD=1 turns the skip into a failure). Works as root and as a plain
// user: sshd then runs unprivileged and only lets that same user in.

#include "providers/ssh/LibsshRemoteShell.h"
#include "providers/ssh/OpenSslSshKeyFactory.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/TestAwait.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

using namespace Barista;
using Barista::Test::ScratchDir;

namespace {

const QString SshdPath = QStringLiteral("/usr/sbin/sshd");

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
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

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLibsshRemoteShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void firstRunStoresHostKey();
    void secondRunUsesStoredKey();
    void stderrAndExitStatus();
    void timeoutClosesAndKeepsOutput();
    void changedHostKeyIsRefusedBeforeRunning();
    void wrongUserKeyIsDenied();
    void unreadableKeyFailsWithoutPrompt();
    void nothingListeningIsTransient();
    void sinkStreamsChunksInOrder();
    void outputIsCapped();
    void parallelRunsShareOneKnownHostsLine();

private:
    bool startSshd(QString* error);
    RemoteTarget target(const QString& node = QStringLiteral("node-1")) const;
    RemoteCommandResult runAndWait(LibsshRemoteShell& shell, const RemoteTarget& target, const QString& command,
        int timeoutMs = 15000, RemoteShell::OutputSink sink = {});
    QString path(const QString& name) const { return m_dir.filePath(name); }

    ScratchDir m_dir;
    QProcess m_sshd;
    quint16 m_port = 0;
    QString m_user;
    SshKeyPair m_userKey;
    QByteArray m_hostKeyBase64; ///< the second field of the sshd host key's .pub line
};

void TestLibsshRemoteShell::initTestCase()
{
    const bool required = qgetenv("BARISTA_REQUIRE_SSHD") == "1";
    if (!QFileInfo(SshdPath).isExecutable()) {
        if (required)
            QFAIL("BARISTA_REQUIRE_SSHD=1 but /usr/sbin/sshd is missing (install openssh-server)");
        QSKIP("/usr/sbin/sshd is missing (install openssh-server, or set BARISTA_REQUIRE_SSHD=1 to fail here)");
    }
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (keygen.isEmpty()) {
        if (required)
            QFAIL("BARISTA_REQUIRE_SSHD=1 but ssh-keygen is missing");
        QSKIP("ssh-keygen is missing: no host key can be made for the test sshd");
    }
    QVERIFY(m_dir.isValid());
    m_user = currentUser();
    QVERIFY(!m_user.isEmpty());
    // sshd's privilege separation needs this as root; a plain user runs without it.
    QDir().mkpath(QStringLiteral("/run/sshd"));

    QProcess hostKeygen;
    hostKeygen.start(keygen,
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
            QStringLiteral("-f"), path(QStringLiteral("host_key")) });
    QVERIFY(hostKeygen.waitForFinished(30000));
    QCOMPARE(hostKeygen.exitCode(), 0);
    m_hostKeyBase64 = readFile(path(QStringLiteral("host_key.pub"))).split(' ').value(1);
    QVERIFY(m_hostKeyBase64.startsWith("AAAA"));

    OpenSslSshKeyFactory factory;
    const Result<SshKeyPair> key = factory.generate(QStringLiteral("barista-test"));
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
    m_userKey = key.value();
    QVERIFY(writeFile(path(QStringLiteral("authorized_keys")), m_userKey.publicKey.toUtf8() + '\n'));

    // A port found free can be taken before sshd binds it; try a few.
    QString error;
    bool started = false;
    for (int attempt = 0; attempt < 3 && !started; ++attempt)
        started = startSshd(&error);
    QVERIFY2(started, qPrintable(error));
}

bool TestLibsshRemoteShell::startSshd(QString* error)
{
    m_port = freePort();
    const QString config = QStringLiteral("Port %1\n"
                                          "ListenAddress 127.0.0.1\n"
                                          "HostKey %2\n"
                                          "AuthorizedKeysFile %3\n"
                                          "PidFile %4\n"
                                          "StrictModes no\n"
                                          "PubkeyAuthentication yes\n"
                                          "PasswordAuthentication no\n"
                                          "KbdInteractiveAuthentication no\n"
                                          "UsePAM no\n"
                                          "PermitRootLogin prohibit-password\n"
                                          "PrintMotd no\n"
                                          "MaxStartups 100\n"
                                          "MaxSessions 100\n"
                                          "LogLevel ERROR\n")
                               .arg(m_port)
                               .arg(path(QStringLiteral("host_key")), path(QStringLiteral("authorized_keys")),
                                   path(QStringLiteral("sshd.pid")));
    if (!writeFile(path(QStringLiteral("sshd_config")), config.toUtf8())) {
        *error = QStringLiteral("cannot write sshd_config");
        return false;
    }
    m_sshd.setProcessChannelMode(QProcess::MergedChannels);
    m_sshd.start(SshdPath,
        { QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), path(QStringLiteral("sshd_config")) });
    if (!m_sshd.waitForStarted(10000)) {
        *error = QStringLiteral("sshd did not start: ") + m_sshd.errorString();
        return false;
    }
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
    *error = QStringLiteral("sshd did not accept connections: ") + QString::fromLocal8Bit(m_sshd.readAll());
    m_sshd.kill();
    m_sshd.waitForFinished(5000);
    return false;
}

void TestLibsshRemoteShell::cleanupTestCase()
{
    if (m_sshd.state() != QProcess::NotRunning) {
        m_sshd.terminate();
        if (!m_sshd.waitForFinished(5000)) {
            m_sshd.kill();
            m_sshd.waitForFinished(5000);
        }
    }
}

RemoteTarget TestLibsshRemoteShell::target(const QString& node) const
{
    RemoteTarget t;
    t.node = node;
    t.host = QStringLiteral("127.0.0.1");
    t.port = m_port;
    t.user = m_user;
    t.privateKey = m_userKey.privateKey;
    return t;
}

RemoteCommandResult TestLibsshRemoteShell::runAndWait(LibsshRemoteShell& shell, const RemoteTarget& target,
    const QString& command, int timeoutMs, RemoteShell::OutputSink sink)
{
    QFuture<RemoteCommandResult> future = shell.run(target, command, timeoutMs, std::move(sink));
    if (!Test::waitFor(future, 30000)) {
        qWarning("remote command did not finish: %s", qPrintable(command));
        return {};
    }
    return future.result();
}

void TestLibsshRemoteShell::firstRunStoresHostKey()
{
    // The workspace folder may not exist yet when the first node is contacted.
    const QString knownHosts = path(QStringLiteral("workspace/known_hosts"));
    LibsshRemoteShell shell(knownHosts);
    const RemoteCommandResult r = runAndWait(shell, target(), QStringLiteral("echo hello"));
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QCOMPARE(r.node, QStringLiteral("node-1"));
    QCOMPARE(r.exitStatus, 0);
    QCOMPARE(r.standardOutput, QByteArray("hello\n"));
    QVERIFY(r.standardError.isEmpty());
    QVERIFY(r.succeeded());
    const QByteArray stored = readFile(knownHosts);
    QVERIFY2(stored.contains(m_hostKeyBase64), stored.constData());
    QVERIFY(stored.contains(QStringLiteral("[127.0.0.1]:%1").arg(m_port).toUtf8()));
}

void TestLibsshRemoteShell::secondRunUsesStoredKey()
{
    const QString knownHosts = path(QStringLiteral("known_hosts_second"));
    LibsshRemoteShell shell(knownHosts);
    const RemoteCommandResult first = runAndWait(shell, target(), QStringLiteral("true"));
    QVERIFY2(first.succeeded(), qPrintable(first.error ? first.error->toString() : QString::number(first.exitStatus)));
    const QByteArray before = readFile(knownHosts);
    QVERIFY(before.contains(m_hostKeyBase64));

    LibsshRemoteShell again(knownHosts);
    const RemoteCommandResult r = runAndWait(again, target(), QStringLiteral("echo again"));
    QVERIFY2(r.succeeded(), qPrintable(r.error ? r.error->toString() : QString::number(r.exitStatus)));
    QCOMPARE(r.standardOutput, QByteArray("again\n"));
    // A known host is not appended a second time.
    QCOMPARE(readFile(knownHosts), before);
}

void TestLibsshRemoteShell::stderrAndExitStatus()
{
    LibsshRemoteShell shell(path(QStringLiteral("known_hosts")));
    const RemoteCommandResult r = runAndWait(shell, target(), QStringLiteral("echo out; echo err >&2; exit 3"));
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QCOMPARE(r.exitStatus, 3);
    QCOMPARE(r.standardOutput, QByteArray("out\n"));
    QCOMPARE(r.standardError, QByteArray("err\n"));
    QVERIFY(!r.succeeded());
}

void TestLibsshRemoteShell::timeoutClosesAndKeepsOutput()
{
    LibsshRemoteShell shell(path(QStringLiteral("known_hosts")));
    QElapsedTimer wall;
    wall.start();
    // The budget is generous for connecting on a busy machine; the loop is far beyond it. It
    // keeps writing so that it dies of SIGPIPE once the channel is closed (sshd does not pass
    // on a TERM signal for every session), rather than outliving the test.
    const RemoteCommandResult r = runAndWait(
        shell, target(), QStringLiteral("echo started; for i in $(seq 150); do sleep 0.2; echo tick >&2; done"), 3000);
    QVERIFY(r.error.has_value());
    QCOMPARE(r.error->kind, CloudError::Kind::Timeout);
    QCOMPARE(r.error->providerCode, QStringLiteral("CommandTimeout"));
    QCOMPARE(r.standardOutput, QByteArray("started\n"));
    QVERIFY(!r.succeeded());
    QVERIFY(r.standardError.startsWith("tick\n") || r.standardError.isEmpty());
    // A hang guard, not a timing assertion: a shell that waited for the command would take 30 s.
    QVERIFY2(wall.elapsed() < 8000, qPrintable(QString::number(wall.elapsed())));
}

void TestLibsshRemoteShell::changedHostKeyIsRefusedBeforeRunning()
{
    OpenSslSshKeyFactory factory;
    const Result<SshKeyPair> impostor = factory.generate(QString());
    QVERIFY(impostor.ok());
    const QString knownHosts = path(QStringLiteral("known_hosts_changed"));
    QVERIFY(writeFile(
        knownHosts, QStringLiteral("[127.0.0.1]:%1 %2\n").arg(m_port).arg(impostor.value().publicKey).toUtf8()));

    LibsshRemoteShell shell(knownHosts);
    const QString marker = path(QStringLiteral("ran-despite-mismatch"));
    const RemoteCommandResult r = runAndWait(shell, target(), QStringLiteral("touch '%1'").arg(marker));
    QVERIFY(r.error.has_value());
    QCOMPARE(r.error->kind, CloudError::Kind::Auth);
    QCOMPARE(r.error->providerCode, QStringLiteral("HostKeyMismatch"));
    QVERIFY2(r.error->message.contains(QStringLiteral("127.0.0.1:%1").arg(m_port)), qPrintable(r.error->message));
    QVERIFY2(r.error->message.contains(QStringLiteral("SHA256:")), qPrintable(r.error->message));
    QVERIFY(!QFileInfo::exists(marker));
    // The stored key is left alone: no silent replacement.
    QVERIFY(!readFile(knownHosts).contains(m_hostKeyBase64));
}

void TestLibsshRemoteShell::wrongUserKeyIsDenied()
{
    OpenSslSshKeyFactory factory;
    const Result<SshKeyPair> stranger = factory.generate(QString());
    QVERIFY(stranger.ok());
    RemoteTarget t = target();
    t.privateKey = stranger.value().privateKey;
    LibsshRemoteShell shell(path(QStringLiteral("known_hosts")));
    const QString marker = path(QStringLiteral("ran-with-wrong-key"));
    const RemoteCommandResult r = runAndWait(shell, t, QStringLiteral("touch '%1'").arg(marker));
    QVERIFY(r.error.has_value());
    QCOMPARE(r.error->kind, CloudError::Kind::Auth);
    QCOMPARE(r.error->providerCode, QStringLiteral("AuthDenied"));
    QVERIFY(!QFileInfo::exists(marker));
}

void TestLibsshRemoteShell::unreadableKeyFailsWithoutPrompt()
{
    LibsshRemoteShell shell(path(QStringLiteral("known_hosts")));
    RemoteTarget t = target();
    t.privateKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nbm90IGEga2V5\n-----END OPENSSH PRIVATE KEY-----\n";
    RemoteCommandResult r = runAndWait(shell, t, QStringLiteral("true"));
    QVERIFY(r.error.has_value());
    QCOMPARE(r.error->kind, CloudError::Kind::Auth);
    QCOMPARE(r.error->providerCode, QStringLiteral("PrivateKeyUnreadable"));

    // A passphrase-protected key must fail at once rather than ask on a terminal.
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
            QStringLiteral("secret"), QStringLiteral("-f"), path(QStringLiteral("encrypted_key")) });
    QVERIFY(keygen.waitForFinished(30000));
    QCOMPARE(keygen.exitCode(), 0);
    t.privateKey = readFile(path(QStringLiteral("encrypted_key")));
    QVERIFY(t.privateKey.contains("OPENSSH PRIVATE KEY"));
    r = runAndWait(shell, t, QStringLiteral("true"));
    QVERIFY(r.error.has_value());
    QCOMPARE(r.error->providerCode, QStringLiteral("PrivateKeyUnreadable"));
    // No message may quote the key.
    QVERIFY(!r.error->message.contains(QStringLiteral("PRIVATE KEY")));
}

void TestLibsshRemoteShell::nothingListeningIsTransient()
{
    RemoteTarget t = target();
    t.port = freePort();
    QVERIFY(t.port != 0);
    LibsshRemoteShell shell(path(QStringLiteral("known_hosts")));
    const RemoteCommandResult r = runAndWait(shell, t, QStringLiteral("true"), 10000);
    QVERIFY(r.error.has_value());
    QCOMPARE(r.error->kind, CloudError::Kind::Transient);
    QCOMPARE(r.error->providerCode, QStringLiteral("ConnectFailed"));
    QVERIFY(r.error->isRetryable());
    QCOMPARE(r.exitStatus, -1);
}

void TestLibsshRemoteShell::sinkStreamsChunksInOrder()
{
    // Each line after the first waits for a flag file that only the sink creates once it has
    // seen the line before, so the command can finish only if chunks arrive while it runs.
    const QString flag = path(QStringLiteral("seen-"));
    const QString command = QStringLiteral("echo one; while [ ! -e '%1one' ]; do sleep 0.05; done; "
                                           "echo two; while [ ! -e '%1two' ]; do sleep 0.05; done; echo three")
                                .arg(flag);
    QMutex mutex;
    QList<QByteArray> chunks;
    QByteArray seen;
    QList<QThread*> threads;
    auto sink = [&](const QString& node, const QByteArray& chunk, bool isStandardError) {
        const QMutexLocker lock(&mutex);
        if (node != QLatin1String("streamer") || isStandardError)
            return;
        chunks.append(chunk);
        threads.append(QThread::currentThread());
        seen += chunk;
        for (const char* word : { "one", "two" }) {
            if (seen.contains(word))
                writeFile(flag + QLatin1String(word), QByteArray());
        }
    };
    LibsshRemoteShell shell(path(QStringLiteral("known_hosts")));
    const RemoteCommandResult r = runAndWait(shell, target(QStringLiteral("streamer")), command, 20000, sink);
    QVERIFY2(r.succeeded(), qPrintable(r.error ? r.error->toString() : QString::number(r.exitStatus)));
    const QMutexLocker lock(&mutex);
    QCOMPARE(seen, QByteArray("one\ntwo\nthree\n"));
    QCOMPARE(r.standardOutput, seen);
    QVERIFY2(chunks.size() >= 3, qPrintable(QString::number(chunks.size())));
    QCOMPARE(chunks.first(), QByteArray("one\n"));
    QVERIFY(!threads.contains(QThread::currentThread())); // delivered from the worker
}

void TestLibsshRemoteShell::outputIsCapped()
{
    LibsshRemoteShell shell(path(QStringLiteral("known_hosts")));
    shell.setOutputLimit(1000);
    qsizetype streamed = 0;
    QMutex mutex;
    auto sink = [&](const QString&, const QByteArray& chunk, bool) {
        const QMutexLocker lock(&mutex);
        streamed += chunk.size();
    };
    const RemoteCommandResult r
        = runAndWait(shell, target(), QStringLiteral("head -c 5000 /dev/zero | tr '\\000' x; echo e >&2"), 15000, sink);
    QVERIFY2(r.succeeded(), qPrintable(r.error ? r.error->toString() : QString::number(r.exitStatus)));
    QVERIFY(r.standardOutput.startsWith(QByteArray(QByteArray(1000, 'x') + '\n')));
    QVERIFY(!r.standardOutput.startsWith(QByteArray(1001, 'x')));
    QVERIFY(r.standardOutput.contains("truncated"));
    QVERIFY(r.standardOutput.size() < 1200);
    QCOMPARE(r.standardError, QByteArray("e\n")); // the other stream is untouched
    const QMutexLocker lock(&mutex);
    QCOMPARE(streamed, qsizetype(5000 + 2));
}

void TestLibsshRemoteShell::parallelRunsShareOneKnownHostsLine()
{
    const QString knownHosts = path(QStringLiteral("known_hosts_parallel"));
    LibsshRemoteShell shell(knownHosts, 32);
    QList<QFuture<RemoteCommandResult>> futures;
    for (int i = 0; i < 20; ++i)
        futures.append(shell.run(target(QStringLiteral("node-%1").arg(i)), QStringLiteral("echo %1").arg(i), 20000));
    for (int i = 0; i < 20; ++i) {
        QVERIFY(Test::waitFor(futures[i], 60000));
        const RemoteCommandResult r = futures[i].result();
        QVERIFY2(r.succeeded(), qPrintable(r.error ? r.error->toString() : QString::number(r.exitStatus)));
        QCOMPARE(r.node, QStringLiteral("node-%1").arg(i));
        QCOMPARE(r.standardOutput, QStringLiteral("%1\n").arg(i).toUtf8());
    }
    // Twenty first contacts at once, yet the host is stored once.
    const QByteArray stored = readFile(knownHosts);
    QCOMPARE(stored.count(m_hostKeyBase64), qsizetype(1));
}

QTEST_GUILESS_MAIN(TestLibsshRemoteShell)
#include "TestLibsshRemoteShell.moc"
