// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/openstack/OpenStackSession.h"

namespace Barista {

/// NLBs on Octavia (load-balancer v2): one load balancer with one TCP/UDP listener, its
/// default pool (ROUND_ROBIN) with one member per VM and a health monitor. Octavia makes an
/// object immutable while its load balancer is PENDING_*, so create waits (bounded) for the
/// load balancer to be ACTIVE again after every step. remove is one cascade delete.
/// PUBLIC gets no floating IP: the adapter assigns none to VMs either; the listener address
/// is the VIP.
class OpenStackLoadBalancing final
{
public:
    OpenStackLoadBalancing(OpenStackSession& session, const ConnectionConfig& connection, int pollIntervalMs = 1000,
                           int maxPolls = 600);

    Result<ResourcePage> listNlbs(const ListRequest& request);
    Result<Resource> getNlb(const QString& idOrName);
    /// Returns the NLB already made with the same idempotency token (a retried create). On a
    /// failed step the load balancer is cascade-deleted before the error is returned.
    Result<Resource> createNlb(const NlbInfo& request, const MutationContext& context);
    Result<Done> removeNlb(const Iid& iid);

    /// Neutron-style tags on the load balancer naming the VPC and the requested type.
    static QString typeTag() { return QStringLiteral("barista-nlb-type"); }

private:
    struct Member
    {
        Iid vm;
        QString address;
        QString subnetId;
    };
    struct Placement
    {
        QString networkId;
        QString networkName;
        QString vipSubnetId;
        QList<Member> members;
    };

    Result<Placement> place(const NlbInfo& request);
    Result<QJsonObject> findLoadBalancer(const QString& idOrName);
    Result<NlbInfo> describe(const QJsonObject& loadBalancer);
    /// Polls the load balancer until provisioning_status is ACTIVE (ERROR and timeout fail).
    Result<Done> waitActive(const QString& id);
    /// Polls until the load balancer is gone (404 or DELETED).
    Result<Done> waitGone(const QString& id);
    Result<QString> postChild(const QString& collection, const QString& key, const QJsonObject& body,
                              const QString& loadBalancerId);
    void pause() const;
    CloudError notFound(const QString& idOrName) const;
    CloudError invalid(const QString& message) const;

    OpenStackSession& m_session;
    const ConnectionConfig& m_connection;
    int m_pollIntervalMs;
    int m_maxPolls;
};

} // namespace Barista
