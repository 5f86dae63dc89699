// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"
#include "providers/azure/AzureSession.h"

namespace Barista {

/// NLB = a Standard Microsoft.Network/loadBalancers with one frontend IP configuration ("frontend":
/// PUBLIC = a Standard static public IP "<nlb>-ip" made first, INTERNAL = a dynamic private IP in
/// the subnet of the first VM, else the VNet's first subnet), one backend pool ("backend-pool"),
/// one probe ("health-probe": Tcp/Http/Https, intervalInSeconds, numberOfProbes) and one
/// load-balancing rule ("rule": protocol, frontendPort = listener port, backendPort = VM group port).
/// VMs join the pool through their primary NIC's ipConfigurations[].properties.
/// loadBalancerBackendAddressPools (a NIC PUT), not by IP address: that is how ARM binds a VM to a
/// pool on both SKUs, a VM keeps its membership when its private IP changes, and the pool's read-only
/// backendIPConfigurations then names the NICs (so list() can name the VMs).
/// Create order: public IP, balancer, NIC memberships; a failed step undoes the earlier ones. Remove:
/// NIC memberships, balancer, then its public IP (only one we tagged barista-nlb=<name>); parts
/// already gone are fine. Azure has no per-probe timeout: healthTimeout reports the interval.
class AzureLoadBalancing final
{
public:
    explicit AzureLoadBalancing(AzureSession& session);

    Result<ResourcePage> list(const ListRequest& request);
    Result<Resource> get(const QString& id);
    Result<Resource> create(const NlbInfo& nlb, const MutationContext& context);
    Result<Done> remove(const Iid& iid);

    static QString lbType() { return QStringLiteral("Microsoft.Network/loadBalancers"); }

private:
    struct Member
    {
        QString nicId;
        QString subnetId;
    };
    Result<Member> member(const Iid& vm, const QString& vnetId);
    /// Adds the pool to (or removes it from) the NIC's IP configuration; a NIC gone is fine when leaving.
    Result<Done> setPool(const QString& nicId, const QString& poolId, bool join);
    /// Deletes the public IPs among ipIds that carry barista-nlb = lbName.
    Result<Done> removeOwnIps(const QString& lbName, const QStringList& ipIds);
    NlbInfo map(const QJsonObject& lb);

    AzureSession& m_session;
};

} // namespace Barista
