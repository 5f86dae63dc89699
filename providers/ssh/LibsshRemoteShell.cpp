// SPDX-License-Identifier: GPL-3.0-or-later
// One libssh session per call, driven in blocking mode for connect/auth/exec (each step bounded by
// the time left) and in non-blocking reads for the output, so the overall deadline holds even
// for a command that never ends.
#include "providers/ssh/LibsshRemoteShell.h"

#include "providers/common/OpenSslThreadState.h"

#include <mutex>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

#include <libssh/libssh.h>

#include <memory>

namespace Barista {

namespace {

// Blocking libssh steps wait at most this long when the caller set no deadline.
constexpr qint64 UnboundedStepMs = 60 * 1000;
// How long one wait for output may block before the deadline is checked again.
constexpr int PollSliceMs = 50;
// Closing a channel after a timeout must not itself hang on a stuck peer.
constexpr qint64 CloseGraceMs = 1000;

// Serializes all reads and writes of known_hosts files in this process, so two first
// connections to the same host do not both append, and no reader sees half a line.
QMutex& knownHostsMutex()
{
    static QMutex mutex;
    return mutex;
}

struct SessionDeleter
{
    void operator()(ssh_session session) const
    {
        if (ssh_is_connected(session))
            ssh_disconnect(session);
        ssh_free(session);
    }
};
struct ChannelDeleter
{
    void operator()(ssh_channel channel) const { ssh_channel_free(channel); }
};
struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using SessionPtr = std::unique_ptr<std::remove_pointer_t<ssh_session>, SessionDeleter>;
using ChannelPtr = std::unique_ptr<std::remove_pointer_t<ssh_channel>, ChannelDeleter>;
using KeyPtr = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyDeleter>;

// An encrypted key must fail, not prompt: without a callback libssh lets OpenSSL ask on the tty.
int refusePassphrase(const char*, char*, size_t, int, int, void*)
{
    return -1;
}

QString hostAndPort(const RemoteTarget& target)
{
    return target.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(target.host).arg(target.port)
                                                  : QStringLiteral("%1:%2").arg(target.host).arg(target.port);
}

QString sha256Fingerprint(ssh_key key)
{
    unsigned char* hash = nullptr;
    size_t length = 0;
    if (!key || ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != 0)
        return QStringLiteral("?");
    const QByteArray digest(reinterpret_cast<const char*>(hash), qsizetype(length));
    ssh_clean_pubkey_hash(&hash);
    return QStringLiteral("SHA256:")
        + QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

/// One call's session, from ssh_new to the exit status; each step returns false after setting
/// result.error.
class CommandRun
{
public:
    CommandRun(const RemoteTarget& target, int timeoutMs, RemoteCommandResult& result)
        : m_target(target)
        , m_deadline(timeoutMs > 0 ? QDeadlineTimer(timeoutMs) : QDeadlineTimer(QDeadlineTimer::Forever))
        , m_timeoutMs(timeoutMs)
        , m_result(result)
    {
    }

    bool connect(const QString& knownHostsPath);
    bool verifyHostKey(const QString& knownHostsPath);
    bool authenticate();
    bool execute(const QString& command, const RemoteShell::OutputSink& sink, qsizetype outputLimit);

private:
    void setError(CloudError::Kind kind, const QString& code, const QString& message)
    {
        m_result.error = CloudError::make(kind, code, message);
    }
    QString libsshError() const { return QString::fromUtf8(ssh_get_error(m_session.get())); }
    // Bounds the next blocking libssh step by what is left of the deadline.
    void limitNextStep(qint64 capMs = -1)
    {
        qint64 ms = m_deadline.isForever() ? UnboundedStepMs : qMax<qint64>(1, m_deadline.remainingTime());
        if (capMs > 0)
            ms = qMin(ms, capMs);
        long seconds = long(ms / 1000);
        long micros = long(ms % 1000) * 1000;
        ssh_options_set(m_session.get(), SSH_OPTIONS_TIMEOUT, &seconds);
        ssh_options_set(m_session.get(), SSH_OPTIONS_TIMEOUT_USEC, &micros);
    }
    void timedOut(const QString& code)
    {
        setError(CloudError::Kind::Timeout, code,
            QCoreApplication::translate("LibsshRemoteShell", "%1 did not finish within %2 ms.")
                .arg(hostAndPort(m_target))
                .arg(m_timeoutMs));
    }
    void keep(QByteArray& stream, bool& truncated, const char* data, int size, qsizetype limit) const
    {
        if (truncated)
            return;
        const qsizetype room = limit - stream.size();
        truncated = size > room;
        stream.append(data, truncated ? room : size);
    }

    const RemoteTarget& m_target;
    const QDeadlineTimer m_deadline;
    const int m_timeoutMs;
    RemoteCommandResult& m_result;
    SessionPtr m_session;
    ChannelPtr m_channel;
};

bool CommandRun::connect(const QString& knownHostsPath)
{
    m_session.reset(ssh_new());
    if (!m_session) {
        setError(CloudError::Kind::Internal, QStringLiteral("SshSessionFailed"),
            QCoreApplication::translate("LibsshRemoteShell", "The SSH library could not create a session."));
        return false;
    }
    ssh_session s = m_session.get();
    const QByteArray host = m_target.host.toUtf8();
    const QByteArray user = m_target.user.toUtf8();
    const QByteArray knownHosts = QFileInfo(knownHostsPath).absoluteFilePath().toUtf8();
    const QByteArray sshDir = QFileInfo(knownHostsPath).absolutePath().toUtf8();
    const unsigned int port = unsigned(m_target.port);
    const bool processConfig = false;
    const int strict = 1;
    // Only the workspace's known_hosts counts (as both the user and the global file), and no
    // ~/.ssh/config can redirect the connection; the ssh dir is pinned so no home is needed.
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    ssh_options_set(s, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(s, SSH_OPTIONS_SSH_DIR, sshDir.constData());
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(s, SSH_OPTIONS_STRICTHOSTKEYCHECK, &strict);
    limitNextStep();
    if (ssh_connect(s) == SSH_OK)
        return true;
    if (m_deadline.hasExpired()) {
        timedOut(QStringLiteral("ConnectTimeout"));
        return false;
    }
    setError(CloudError::Kind::Transient, QStringLiteral("ConnectFailed"),
        QCoreApplication::translate("LibsshRemoteShell", "Could not connect to %1: %2")
            .arg(hostAndPort(m_target), libsshError()));
    return false;
}

bool CommandRun::verifyHostKey(const QString& knownHostsPath)
{
    ssh_key offered = nullptr;
    ssh_get_server_publickey(m_session.get(), &offered);
    const KeyPtr serverKey(offered);

    const QMutexLocker lock(&knownHostsMutex());
    switch (ssh_session_is_known_server(m_session.get())) {
    case SSH_KNOWN_HOSTS_OK:
        return true;
    case SSH_KNOWN_HOSTS_NOT_FOUND: // no known_hosts file yet
    case SSH_KNOWN_HOSTS_UNKNOWN:
        // Trust on first use, as CB-Tumblebug does for the VMs it has just created.
        QDir().mkpath(QFileInfo(knownHostsPath).absolutePath());
        if (ssh_session_update_known_hosts(m_session.get()) == SSH_OK)
            return true;
        setError(CloudError::Kind::Internal, QStringLiteral("KnownHostsWriteFailed"),
            QCoreApplication::translate("LibsshRemoteShell", "Could not store the host key of %1 in %2: %3")
                .arg(hostAndPort(m_target), knownHostsPath, libsshError()));
        return false;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        setError(CloudError::Kind::Auth, QStringLiteral("HostKeyMismatch"),
            QCoreApplication::translate("LibsshRemoteShell",
                "The host key of %1 differs from the one stored in %2: it now offers %3. "
                "The connection was refused. If the node was rebuilt, remove its line "
                "from that file.")
                .arg(hostAndPort(m_target), knownHostsPath, sha256Fingerprint(serverKey.get())));
        return false;
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    setError(CloudError::Kind::Internal, QStringLiteral("KnownHostsUnreadable"),
        QCoreApplication::translate("LibsshRemoteShell", "Could not check the host key of %1 against %2: %3")
            .arg(hostAndPort(m_target), knownHostsPath, libsshError()));
    return false;
}

bool CommandRun::authenticate()
{
    // constData() is NUL-terminated, so the key is handed over without a copy of our own.
    ssh_key imported = nullptr;
    if (ssh_pki_import_privkey_base64(m_target.privateKey.constData(), nullptr, refusePassphrase, nullptr, &imported)
            != SSH_OK
        || !imported) {
        setError(CloudError::Kind::Auth, QStringLiteral("PrivateKeyUnreadable"),
            QCoreApplication::translate("LibsshRemoteShell",
                "The private key for %1 could not be read (it is damaged, of an "
                "unsupported type or protected by a passphrase).")
                .arg(hostAndPort(m_target)));
        return false;
    }
    const KeyPtr key(imported);
    limitNextStep();
    switch (ssh_userauth_publickey(m_session.get(), nullptr, key.get())) {
    case SSH_AUTH_SUCCESS:
        return true;
    case SSH_AUTH_DENIED:
    case SSH_AUTH_PARTIAL:
        setError(CloudError::Kind::Auth, QStringLiteral("AuthDenied"),
            QCoreApplication::translate("LibsshRemoteShell", "%1 refused the key for user %2: %3")
                .arg(hostAndPort(m_target), m_target.user, libsshError()));
        return false;
    default:
        break;
    }
    if (m_deadline.hasExpired()) {
        timedOut(QStringLiteral("ConnectTimeout"));
        return false;
    }
    setError(CloudError::Kind::Transient, QStringLiteral("AuthFailed"),
        QCoreApplication::translate("LibsshRemoteShell", "Authentication with %1 failed: %2")
            .arg(hostAndPort(m_target), libsshError()));
    return false;
}

bool CommandRun::execute(const QString& command, const RemoteShell::OutputSink& sink, qsizetype outputLimit)
{
    limitNextStep();
    m_channel.reset(ssh_channel_new(m_session.get()));
    const QByteArray commandText = command.toUtf8();
    if (!m_channel || ssh_channel_open_session(m_channel.get()) != SSH_OK
        || ssh_channel_request_exec(m_channel.get(), commandText.constData()) != SSH_OK) {
        if (m_deadline.hasExpired()) {
            timedOut(QStringLiteral("CommandTimeout"));
            return false;
        }
        setError(CloudError::Kind::Transient, QStringLiteral("ChannelFailed"),
            QCoreApplication::translate("LibsshRemoteShell", "Could not start the command on %1: %2")
                .arg(hostAndPort(m_target), libsshError()));
        return false;
    }
    // Nothing is typed into the command: a command that reads stdin sees its end at once.
    ssh_channel_send_eof(m_channel.get());

    ssh_channel channel = m_channel.get();
    bool truncated[2] = { false, false };
    QByteArray* streams[2] = { &m_result.standardOutput, &m_result.standardError };
    char buffer[16 * 1024];
    bool lost = false;
    bool expired = false;
    while (!lost) {
        if (m_deadline.hasExpired()) {
            expired = true;
            break;
        }
        bool gotData = false;
        for (int isStderr = 0; isStderr < 2 && !lost; ++isStderr) {
            const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, isStderr);
            if (n > 0) {
                gotData = true;
                if (sink)
                    sink(m_target.node, QByteArray(buffer, n), isStderr != 0);
                keep(*streams[isStderr], truncated[isStderr], buffer, n, outputLimit);
            } else if (n < 0 && n != SSH_EOF) {
                lost = true;
            }
        }
        if (gotData || lost)
            continue;
        // is_eof is only true once both streams' buffers are drained.
        if (ssh_channel_is_eof(channel) || ssh_channel_is_closed(channel))
            break;
        const int slice = m_deadline.isForever()
            ? PollSliceMs
            : int(qBound(qint64(1), qint64(m_deadline.remainingTime()), qint64(PollSliceMs)));
        // Wakes on stdout data or EOF; stderr data is buffered meanwhile and read next round.
        if (ssh_channel_poll_timeout(channel, slice, 0) == SSH_ERROR)
            lost = true;
    }

    for (int i = 0; i < 2; ++i) {
        if (!truncated[i])
            continue;
        if (!streams[i]->isEmpty() && !streams[i]->endsWith('\n'))
            streams[i]->append('\n');
        streams[i]->append(
            QCoreApplication::translate("LibsshRemoteShell", "[Output truncated: only the first %1 bytes were kept.]")
                .arg(outputLimit)
                .toUtf8());
        streams[i]->append('\n');
    }

    if (expired) {
        // Best effort: ask sshd to stop the command, then leave without waiting long for it.
        ssh_channel_request_send_signal(channel, "TERM");
        limitNextStep(CloseGraceMs);
        ssh_channel_close(channel);
        timedOut(QStringLiteral("CommandTimeout"));
        return false;
    }
    if (lost) {
        setError(CloudError::Kind::Transient, QStringLiteral("ConnectionLost"),
            QCoreApplication::translate("LibsshRemoteShell", "The connection to %1 was lost: %2")
                .arg(hostAndPort(m_target), libsshError()));
        return false;
    }
    // The exit status may trail the EOF by a packet.
    limitNextStep();
    m_result.exitStatus = ssh_channel_get_exit_status(channel);
    if (m_result.exitStatus < 0 && m_deadline.hasExpired()) {
        timedOut(QStringLiteral("CommandTimeout"));
        return false;
    }
    limitNextStep(CloseGraceMs);
    ssh_channel_close(channel);
    return true;
}

} // namespace

LibsshRemoteShell::LibsshRemoteShell(const QString& knownHostsPath, int maxParallel)
    : m_knownHostsPath(knownHostsPath)
{
    // Once per process and never finalized: ssh_finalize() tears down libssh's crypto state,
    // which must not happen while another thread of the process may still be exiting.
    static std::once_flag once;
    std::call_once(once, [] { ssh_init(); });
    m_pool.setMaxThreadCount(qMax(1, maxParallel));
    m_pool.setObjectName(QStringLiteral("LibsshRemoteShell"));
}

LibsshRemoteShell::~LibsshRemoteShell()
{
    // Every call is bounded by its deadline, so this wait ends.
    m_pool.waitForDone();
}

QFuture<RemoteCommandResult> LibsshRemoteShell::run(
    const RemoteTarget& target, const QString& command, int timeoutMs, OutputSink sink)
{
    return QtConcurrent::run(&m_pool, OpenSslThreadState::releasingAfter([this, target, command, timeoutMs, sink = std::move(sink)] {
        return execute(target, command, timeoutMs, sink);
    }));
}

RemoteCommandResult LibsshRemoteShell::execute(
    const RemoteTarget& target, const QString& command, int timeoutMs, const OutputSink& sink) const
{
    QElapsedTimer clock;
    clock.start();
    RemoteCommandResult result;
    result.node = target.node;
    // The future must never carry an exception, whatever the sink does.
    try {
        CommandRun run(target, timeoutMs, result);
        if (run.connect(m_knownHostsPath) && run.verifyHostKey(m_knownHostsPath) && run.authenticate())
            run.execute(command, sink, outputLimit());
    } catch (const std::exception& e) {
        result.error = CloudError::make(
            CloudError::Kind::Internal, QStringLiteral("RemoteShellException"), QString::fromLocal8Bit(e.what()));
    } catch (...) {
        result.error = CloudError::make(CloudError::Kind::Internal, QStringLiteral("RemoteShellException"),
            QCoreApplication::translate("LibsshRemoteShell", "An unexpected error stopped the remote command."));
    }
    result.elapsedMs = clock.elapsed();
    return result;
}

} // namespace Barista
