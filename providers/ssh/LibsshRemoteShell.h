// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/RemoteShell.h"

#include <QThreadPool>

#include <atomic>

namespace Barista {

/// Runs commands on nodes with libssh, one blocking session per call on a private thread pool.
///
/// Host keys live in one known_hosts file (OpenSSH format, e.g. WORKSPACE/known_hosts): an unknown
/// host is trusted on first use and appended; a host whose key differs from the stored one is
/// refused (Auth, "HostKeyMismatch") before anything is sent to it. No ~/.ssh/config, agent or
/// default identity is consulted: only the target's own private key.
///
/// timeoutMs counts from the moment the pool starts the call (so a queued call is not charged for
/// its wait) and bounds connect, authentication and the command together; a non-positive value
/// means no limit. Each collected stream is capped (outputLimit()); the sink still sees every chunk.
class LibsshRemoteShell final : public RemoteShell
{
public:
    static constexpr qsizetype DefaultOutputLimit = 1024 * 1024;

    explicit LibsshRemoteShell(const QString& knownHostsPath, int maxParallel = 32);
    ~LibsshRemoteShell() override;

    LibsshRemoteShell(const LibsshRemoteShell&) = delete;
    LibsshRemoteShell& operator=(const LibsshRemoteShell&) = delete;

    QFuture<RemoteCommandResult> run(
        const RemoteTarget& target, const QString& command, int timeoutMs, OutputSink sink = {}) override;

    QString knownHostsPath() const { return m_knownHostsPath; }
    /// Bytes kept per stream (stdout, stderr) in the result; further output is dropped and a
    /// marker line says so.
    qsizetype outputLimit() const { return m_outputLimit.load(); }
    void setOutputLimit(qsizetype bytesPerStream) { m_outputLimit.store(qMax<qsizetype>(0, bytesPerStream)); }

private:
    RemoteCommandResult execute(
        const RemoteTarget& target, const QString& command, int timeoutMs, const OutputSink& sink) const;

    const QString m_knownHostsPath;
    std::atomic<qsizetype> m_outputLimit { DefaultOutputLimit };
    QThreadPool m_pool; // last: destroyed (and drained) before the members its jobs read
};

} // namespace Barista
