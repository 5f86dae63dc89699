// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/gcp/GcpSession.h"

namespace Barista {

/// VMs (instances of the connection's zone) and key pairs.
///
/// Key pairs: Compute Engine has no key-pair resource. We keep ours in the project's
/// commonInstanceMetadata "ssh-keys" item, one line per key "<user>:<type> <base64> <name>"
/// (Google's documented format, the name as the key's comment), written with
/// projects.setCommonInstanceMetadata and its fingerprint (optimistic locking). Chosen over
/// CB-Spider's local key files because the cloud then holds the truth: list/get/delete are
/// real API calls, other consoles see the keys, and nothing is lost with the workstation. A VM
/// created with a key pair gets that one line in its own metadata "ssh-keys" plus
/// "block-project-ssh-keys" = "TRUE", so only the chosen key opens it (Spider's per-VM
/// injection), never every key of the project.
///
/// Control: Suspend = stop, Resume = start (as Spider and our AWS adapter), Reboot = reset,
/// Terminate = delete. Each waits for its Operation to be DONE and answers the VM as it then is.
class GcpCompute final
{
public:
    GcpCompute(GcpSession& session, const ConnectionConfig& connection);

    Result<ResourcePage> listKeyPairs();
    Result<Resource> getKeyPair(const QString& name);
    Result<Resource> createKeyPair(const KeyPairInfo& request, const MutationContext& context);
    Result<Done> removeKeyPair(const Iid& iid);

    Result<ResourcePage> listVms(const ListRequest& request);
    Result<Resource> getVm(const QString& name);
    Result<Resource> createVm(const VmInfo& request, const MutationContext& context);
    Result<Done> removeVm(const Iid& iid, const MutationContext& context);
    Result<Resource> controlVm(const Iid& iid, ControlAction action, const MutationContext& context);

    /// "SHA256:<base64 without padding>" of the key blob, as ssh-keygen -l prints it.
    static QString fingerprint(const QString& publicKey);
    /// One "ssh-keys" line for a key pair.
    static QString sshKeysLine(const QString& user, const QString& publicKey, const QString& name);
    static QList<KeyPairInfo> parseSshKeys(const QString& value);

private:
    struct ProjectKeys
    {
        QString fingerprint;
        QJsonArray items;
        QList<KeyPairInfo> keys;
    };
    Result<ProjectKeys> projectKeys();
    Result<Done> writeKeys(const ProjectKeys& project, const QList<KeyPairInfo>& keys, const QString& requestId);

    GcpSession& m_session;
    ConnectionConfig m_connection;
};

} // namespace Barista
