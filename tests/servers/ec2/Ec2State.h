// SPDX-License-Identifier: GPL-3.0-or-later
// The EC2 test server's state: one Ec2RegionState per region (created on first use with a default
// VPC, a default subnet per zone and the VPC's default security group, as a new AWS account has),
// ids, lifecycle transitions, tags and the filter rules shared by the Describe actions.
#pragma once

#include "tests/servers/ec2/Ec2Model.h"
#include "tests/servers/ec2/Ec2QueryRequest.h"

#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace Barista {

class Ec2State
{
public:
    Ec2State();

    Ec2RegionState& region(const QString& name);

    // Lifecycle pacing: a transitional state settles on the Nth Describe call that sees it
    // (N >= 1), or once `transitionMs` have passed on the clock when that is > 0.
    void setTransitionDescribes(int describes) { m_transitionDescribes = qMax(1, describes); }
    void setTransitionMs(qint64 ms) { m_transitionMs = ms; }
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    qint64 nowMs() const;
    QDateTime now() const;
    // Running + pending vCPUs allowed per region (VcpuLimitExceeded beyond it).
    void setVcpuLimit(int vcpus) { m_vcpuLimit = vcpus; }
    // Where a new AMI's "pending" leads: "available", or "failed" to play a snapshot EC2 gave up on.
    void setImageOutcome(const QString& state) { m_imageOutcome = state; }
    const QString& imageOutcome() const { return m_imageOutcome; }
    int vcpuLimit() const { return m_vcpuLimit; }

    QString newId(const QString& prefix);
    Ec2Transition transitionTo(const QString& target) const;
    // Called by Describe actions: counts one sighting and settles what is due.
    void advanceInstances(Ec2RegionState& region);
    void advanceVolumes(Ec2RegionState& region);
    void advanceImages(Ec2RegionState& region); // user AMIs and their snapshots

    static int stateCode(const QString& state);
    // The resource type EC2 reports for an id ("instance", "vpc", ...), from its prefix.
    static QString resourceType(const QString& id);
    static Ec2Tags* tagsOf(Ec2RegionState& region, const QString& id);
    static void mergeTags(Ec2Tags& tags, const Ec2Tags& added);
    static QString tagValue(const Ec2Tags& tags, const QString& key);
    // The tags a request's TagSpecification.N give to resources of one type ("instance", "vpc", ...).
    static Ec2Tags specifiedTags(const Ec2QueryRequest& request, const QString& resourceType);

    // Filters: `valuesOf(name)` gives the resource's values for a filter name, or nullopt when the
    // action does not support that filter ("tag:K", "tag-key" and "tag-value" are handled here).
    // Returns false when a filter does not match; *invalid names an unsupported filter.
    using FilterValues = std::function<std::optional<QStringList>(const QString& name)>;
    static bool matches(
        const QList<Ec2Filter>& filters, const Ec2Tags& tags, const FilterValues& valuesOf, QString* invalid);

    // IPv4 CIDR helpers: "10.0.0.0/16" -> base address and prefix length; false when malformed.
    static bool parseCidr(const QString& cidr, quint32* base, int* prefix);
    static bool cidrContains(const QString& outer, const QString& inner);
    static bool cidrOverlaps(const QString& a, const QString& b);
    QString nextPrivateIp(const Ec2Subnet& subnet);

private:
    void seed(Ec2RegionState& region);

    QMap<QString, Ec2RegionState> m_regions;
    QMap<QString, int> m_ipCounters; // subnet id -> addresses handed out
    quint64 m_counter = 0x0a1b2c3d4e5f00;
    int m_transitionDescribes = 2;
    qint64 m_transitionMs = 0;
    int m_vcpuLimit = 64;
    QString m_imageOutcome = QStringLiteral("available");
    std::function<qint64()> m_nowMs;
};

} // namespace Barista
