// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"
#include "providers/azure/AzureSession.h"

namespace Barista {

/// Microsoft.Network: VPC = virtual network (subnets inline), security group = network security
/// group with Allow rules (Azure ties an NSG to no network: the VPC is kept in the
/// "barista-vpc" tag).
class AzureNetwork final
{
public:
    explicit AzureNetwork(AzureSession& session);

    Result<ResourcePage> listVpcs(const ListRequest& request);
    Result<Resource> getVpc(const QString& id);
    Result<Resource> createVpc(const VpcInfo& vpc, const MutationContext& context);
    Result<Done> removeVpc(const Iid& iid);

    Result<ResourcePage> listSecurityGroups(const ListRequest& request);
    Result<Resource> getSecurityGroup(const QString& id);
    Result<Resource> createSecurityGroup(const SecurityGroupInfo& group, const MutationContext& context);
    Result<Done> removeSecurityGroup(const Iid& iid);

    static QString vnetType() { return QStringLiteral("Microsoft.Network/virtualNetworks"); }
    static QString nsgType() { return QStringLiteral("Microsoft.Network/networkSecurityGroups"); }

private:
    AzureSession& m_session;
};

/// A page of a resource-group list; a group that does not exist yet has nothing in it.
Result<AzurePage> azureGroupPage(AzureSession& session, const QString& type, const QString& api, const ListRequest& request,
    const QString& query = QString());
QString azureIdOrName(const Iid& iid);

} // namespace Barista
