// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/aws/AwsSession.h"

namespace Barista {

/// EC2 instances and key pairs. Each method runs on the caller's worker thread through its session.
class AwsCompute final
{
public:
    AwsCompute(AwsSession& session, const ConnectionConfig& connection);

    Result<ResourcePage> listVms(const ListRequest& request);
    /// By instance id, or by Name tag (a live instance before a terminated one of that name).
    Result<Resource> getVm(const QString& id);
    /// RunInstances with ClientToken = the idempotency token (a retry returns the same instance)
    /// and a TagSpecification for the instance and its volumes with every tag, Name included.
    /// Image, subnet, groups and key pair may be given by name; they are resolved first.
    Result<Resource> createVm(const VmInfo& request, const MutationContext& context);
    Result<Done> removeVm(const Iid& iid);
    /// Suspend = StopInstances, Resume = StartInstances, Reboot = RebootInstances, Terminate =
    /// TerminateInstances; the answer is the instance as EC2 then describes it.
    Result<Resource> controlVm(const Iid& iid, ControlAction action);
    Result<QString> resolveVmId(const Iid& iid);

    /// DescribeKeyPairs has no pagination: one page with every key pair.
    Result<ResourcePage> listKeyPairs();
    Result<Resource> getKeyPair(const QString& id);
    /// ImportKeyPair of the request's public key (OpenSSH one-line form); we never let EC2 make
    /// the private key. A retry with the same token finds the key by its token tag.
    Result<Resource> createKeyPair(const KeyPairInfo& request, const MutationContext& context);
    Result<Done> removeKeyPair(const Iid& iid);

private:
    Result<QString> resolveKeyName(const Iid& iid);
    Result<QList<AwsXmlNode>> instances(const AwsParams& params);

    AwsSession& m_session;
    const ConnectionConfig& m_connection;
};

} // namespace Barista
