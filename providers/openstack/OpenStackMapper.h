// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"
#include "models/interfaces/CloudProvider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace Barista {

/// Wire (Nova, Neutron, Cinder, Glance, Keystone JSON) to domain values, and our tags to the
/// services' own forms: Nova and Cinder metadata (key/value), Neutron tags ("key=value").
class OpenStackMapper final
{
public:
    static QString provider() { return QStringLiteral("openstack"); }
    /// Neutron tag carrying a VPC's requested CIDR (a network has none of its own); hidden from tags.
    static QString cidrTag() { return QStringLiteral("barista-vpc-cidr"); }
    /// Where the idempotency token goes (Nova/Cinder metadata key, Neutron tag key).
    static QString tokenTag() { return QStringLiteral("barista-client-token"); }
    /// Neutron tag naming the VPC a security group was made for (groups are project-wide).
    static QString vpcTag() { return QStringLiteral("barista-vpc"); }
    static QString vpcNameTag() { return QStringLiteral("barista-vpc-name"); }

    /// Nova status + task state onto CB-Spider's VM status. SHUTOFF/SUSPENDED/PAUSED/SHELVED
    /// read as Suspended (our Suspend is os-stop); a task in progress wins over the status.
    static VmStatus vmStatus(const QString& status, const QString& taskState);
    static DiskStatus diskStatus(const QString& status);

    static VmInfo toVm(const QJsonObject& server);
    static DiskInfo toDisk(const QJsonObject& volume);
    static VpcInfo toVpc(const QJsonObject& network, const QJsonArray& subnets);
    static SubnetInfo toSubnet(const QJsonObject& subnet);
    static SecurityGroupInfo toSecurityGroup(const QJsonObject& group);
    static SecurityRule toRule(const QJsonObject& rule);
    /// The Neutron security-group-rule body for one of our rules.
    static QJsonObject ruleBody(const SecurityRule& rule, const QString& groupId);
    static KeyPairInfo toKeyPair(const QJsonObject& keypair);
    static SpecInfo toSpec(const QJsonObject& flavor, const QString& region);
    static ImageInfo toImage(const QJsonObject& image, const QString& region);
    static MyImageInfo toMyImage(const QJsonObject& image);
    static ZoneInfo toZone(const QJsonObject& availabilityZone);
    static RegionInfo toRegion(const QJsonObject& region);

    static QJsonObject metadata(const QMap<QString, QString>& tags);
    static QMap<QString, QString> fromMetadata(const QJsonObject& metadata);
    static QStringList neutronTags(const QMap<QString, QString>& tags);
    static QMap<QString, QString> fromNeutronTags(const QJsonArray& tags);
    /// The resource's own tags, the call's tags and the idempotency token (when set) as one map.
    static QMap<QString, QString> tagsFor(QMap<QString, QString> own, const MutationContext& context);
    /// True for a Nova/Neutron/Cinder id (a UUID) rather than a name.
    static bool looksLikeId(const QString& text);
};

} // namespace Barista
