// SPDX-License-Identifier: GPL-3.0-or-later
// The ARM test server's resources for one subscription: resource groups, Microsoft.Network
// (virtualNetworks + subnets, networkSecurityGroups + securityRules, networkInterfaces,
// publicIPAddresses) and Microsoft.Compute (sshPublicKeys, virtualMachines with instance view and
// power actions, disks), plus the catalog. Long-running operations (VM create/update/delete,
// power actions, resource group delete) answer 201/202 with Azure-AsyncOperation and Location
// headers; each poll of the operation (or a GET of its resource) moves it one step, and after
// asyncPolls steps it is Succeeded (or Failed when a failure was queued). Lists page with
// nextLink / $skiptoken. Error bodies are ARM's {"error": {"code", "message"}}.
// Microsoft.Compute/images (AzureArmImages.cpp): PUT from properties.sourceVirtualMachine is a
// long-running operation (Creating -> Succeeded/Failed); the source VM must exist and be
// generalized (POST .../generalize, allowed only on a stopped or deallocated VM), as ARM requires.
// Microsoft.Network/loadBalancers (AzureArmLoadBalancers.cpp): frontends (public IP or subnet),
// backend pools joined by NICs (ipConfigurations[].properties.loadBalancerBackendAddressPools),
// probes and rules, with references and in-use checks.
// Microsoft.ContainerService/managedClusters (AzureArmManagedClusters.cpp): AKS clusters with inline
// agentPoolProfiles; create and delete are long-running operations (Creating -> Succeeded, Deleting ->
// gone) under Microsoft.ContainerService/locations/{l}/operations.
#pragma once

#include "tests/servers/azure/AzureArmReply.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QUrlQuery>
#include <functional>
#include <optional>

namespace Barista {

struct AzureArmCall
{
    QByteArray method;
    QStringList segments; // the path, split, as sent
    QUrlQuery query;
    QJsonObject body;
    QString base; // "https://127.0.0.1:PORT": absolute links point back here
};

class AzureArmState
{
public:
    explicit AzureArmState(const QString& subscriptionId);

    AzureArmReply handle(const AzureArmCall& call);

    void setPageSize(int n) { m_pageSize = qMax(1, n); }
    void setAsyncPolls(int n) { m_asyncPolls = qMax(0, n); }
    void setCoreQuota(int cores) { m_coreQuota = cores; }
    // The next long-running operation ends Failed with this error (e.g. AllocationFailed).
    void failNextOperation(const QString& code, const QString& message);

    const QString& subscriptionId() const { return m_subscription; }
    bool hasResourceGroup(const QString& name) const { return m_groups.contains(name.toLower()); }
    // The stored resource (by id, any case); empty when absent.
    QJsonObject resource(const QString& id) const { return m_resources.value(id.toLower()); }
    // How many resources of a type ("Microsoft.Compute/virtualMachines") exist.
    int count(const QString& type) const;
    QString powerState(const QString& vmId) const { return m_power.value(vmId.toLower()); }
    bool isGeneralized(const QString& vmId) const { return m_generalized.contains(vmId.toLower()); }

private:
    struct Operation
    {
        QString id;
        QString location;
        QString resourceId; // lower-case
        int remaining = 0;
        bool done = false;
        std::optional<QPair<QString, QString>> failure;
        std::function<void(bool failed)> finish;
    };

    // AzureArmState.cpp: routing, generic resources, lists, operations
    AzureArmReply subscriptionLevel(const AzureArmCall& call);
    AzureArmReply resourceGroup(const AzureArmCall& call, const QString& group);
    AzureArmReply resourceCall(const AzureArmCall& call, const QString& group);
    AzureArmReply list(const AzureArmCall& call, QList<QJsonObject> items, const QString& path);
    AzureArmReply operationStatus(const AzureArmCall& call, const QString& id, bool locationStyle);
    // The operation's URLs live under the resource provider's namespace (Microsoft.Compute unless given).
    AzureArmReply startOperation(const AzureArmCall& call, AzureArmReply reply, const QString& resourceId,
        const QString& location, std::function<void(bool failed)> finish, const QString& ns = QString());
    void advance(const QString& resourceIdLower);
    void advanceOperation(Operation& op);
    QString makeId(const QString& group, const QString& ns, const QString& type, const QString& name) const;
    AzureArmReply notFound(const QString& group, const QString& type, const QString& name) const;
    bool typeKnown(const QString& typeLower) const;

    // AzureArmResources.cpp: what each type checks and fills in
    std::optional<AzureArmReply> prepare(const QString& typeLower, QJsonObject& resource, const QJsonObject& existing);
    std::optional<AzureArmReply> prepareVm(QJsonObject& vm, const QJsonObject& existing);
    std::optional<AzureArmReply> deleteCheck(const QString& typeLower, const QJsonObject& resource) const;
    AzureArmReply putChild(const AzureArmCall& call, QJsonObject parent, const QString& childKey, const QString& name);
    AzureArmReply vmAction(const AzureArmCall& call, const QString& vmId, const QString& action);
    AzureArmReply patch(const QString& typeLower, QJsonObject resource, const QJsonObject& body);
    QJsonObject instanceView(const QJsonObject& vm) const;
    void deleteVmNow(const QString& vmIdLower);
    void setDiskOwner(const QString& diskId, const QString& vmId);
    QList<QJsonObject> ofType(const QString& typeLower) const;
    void setProvisioningState(const QString& idLower, const QString& state);

    // AzureArmImages.cpp: Microsoft.Compute/images and the VM's generalize action
    std::optional<AzureArmReply> prepareImage(QJsonObject& image, const QJsonObject& existing);
    AzureArmReply generalize(const QString& vmId);

    // AzureArmManagedClusters.cpp: Microsoft.ContainerService/managedClusters (AKS)
    std::optional<AzureArmReply> prepareManagedCluster(QJsonObject& cluster, const QJsonObject& existing);
    // The cluster's and its agent pools' provisioningState.
    void setClusterState(const QString& idLower, const QString& state);
    // A virtual network whose subnet a cluster's pool uses cannot be deleted.
    std::optional<AzureArmReply> clusterSubnetInUse(const QString& typeLower, const QJsonObject& resource) const;

    // AzureArmLoadBalancers.cpp: Microsoft.Network/loadBalancers and what refers to them
    std::optional<AzureArmReply> prepareLoadBalancer(QJsonObject& lb);
    // A NIC ipConfiguration's loadBalancerBackendAddressPools must name existing pools.
    std::optional<AzureArmReply> checkBackendPools(const QJsonObject& ipConfig, const QString& nicId) const;
    // Refusals on delete that concern load balancers (a public IP in a frontend, a pool with NICs).
    std::optional<AzureArmReply> loadBalancerDeleteCheck(const QString& typeLower, const QJsonObject& resource) const;
    // What ARM computes on read: each pool's backendIPConfigurations from the NICs that joined it.
    QJsonObject decorate(const QString& typeLower, QJsonObject resource) const;

    // AzureArmAddresses.cpp: a NIC ip configuration's dynamic private address: the one it already
    // has in that subnet, else the lowest host address from .4 up (Azure keeps .0-.3) that no other
    // NIC in the subnet holds and that is not in alsoTaken.
    QString nicPrivateAddress(const QString& nicId, const QJsonObject& existingNic, const QString& configName,
        const QString& subnetId, const QString& prefix, const QStringList& alsoTaken) const;

    QString m_subscription;
    QMap<QString, QJsonObject> m_groups;    // by lower-case name
    QMap<QString, QJsonObject> m_resources; // by lower-case id
    QMap<QString, QString> m_power;         // VM id (lower) -> PowerState code word
    QSet<QString> m_generalized;            // VM ids (lower) that were generalized
    QMap<QString, Operation> m_operations;
    QMap<QString, QString> m_pendingByResource; // resource id (lower) -> operation id
    std::optional<QPair<QString, QString>> m_nextFailure;
    int m_pageSize = 50;
    int m_asyncPolls = 1;
    int m_coreQuota = 64;
    int m_ipCounter = 4;
};

} // namespace Barista
