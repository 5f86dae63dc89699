// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <functional>
#include <optional>

namespace Barista {

/// Where and as whom to run a command on one node.
struct RemoteTarget
{
    QString node;          ///< the node's name, for progress and results
    QString host;          ///< address or host name
    int port = 22;
    QString user;
    QByteArray privateKey; ///< the key in PEM / OpenSSH text, from the SecretStore; never logged
};

/// What one node answered. error is set when the command could not be run to its end
/// (connection refused, host key mismatch, auth failure, timeout); a command that ran and
/// exited non-zero has no error, only its exitStatus.
struct RemoteCommandResult
{
    QString node;
    int exitStatus = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    std::optional<CloudError> error;
    qint64 elapsedMs = 0;

    bool succeeded() const { return !error && exitStatus == 0; }
};

/// Runs shell commands on nodes over SSH. Host keys are trusted on first use and stored;
/// a changed host key is refused. Implementations run the blocking work off the caller's
/// thread; the future finishes with the result (it never throws and is never canceled by
/// the implementation itself).
class RemoteShell
{
public:
    /// Called from a worker thread with each chunk of output as it arrives.
    using OutputSink = std::function<void(const QString& node, const QByteArray& chunk, bool isStandardError)>;

    virtual ~RemoteShell() = default;

    /// Connects, verifies the host key, authenticates with the private key, runs the command
    /// and collects its output. timeoutMs bounds the whole thing (connect + run); on expiry the
    /// result has an error of kind Timeout and the channel is closed.
    virtual QFuture<RemoteCommandResult> run(const RemoteTarget& target, const QString& command, int timeoutMs,
                                             OutputSink sink = {}) = 0;
};

/// An SSH key pair made for the nodes of an infrastructure.
struct SshKeyPair
{
    QString publicKey;     ///< one line in OpenSSH authorized_keys form ("ssh-ed25519 AAAA... comment")
    QByteArray privateKey; ///< PEM text; goes to the SecretStore only
    QString fingerprint;   ///< "SHA256:..." as ssh-keygen -l prints it
};

/// Makes SSH key pairs (with a real crypto library; there are no hand-written primitives).
class SshKeyFactory
{
public:
    virtual ~SshKeyFactory() = default;
    virtual Result<SshKeyPair> generate(const QString& comment) = 0;
};

} // namespace Barista
