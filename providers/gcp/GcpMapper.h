// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"
#include "models/domain/ResourceStatus.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Barista {

/// Compute Engine JSON to our domain types, and back for labels. Identity: GCP names are unique
/// per project (and zone/region) and chosen by us, so nameId = systemId = the resource's name;
/// the numeric "id" goes into extra.
///
/// Tags: resources with labels (instances, disks) carry our tags as labels, made legal by
/// labelKey()/labelValue() (lowercase, [a-z0-9_-], at most 63 characters, keys starting with a
/// letter) — a lossy mapping, so tags read back are the legal forms. Networks, subnetworks and
/// firewalls have no labels: their tags (and a VPC's CIDR, a firewall's security-group name) are
/// kept as compact JSON in the description field ({"barista":{"tags":{...},"cidr":...,"sg":...}}).
class GcpMapper final
{
public:
    static QString provider() { return QStringLiteral("gcp"); }
    static QString defaultVmUser() { return QStringLiteral("cb-user"); }

    static VmStatus vmStatus(const QString& status);
    static DiskStatus diskStatus(const QString& status, bool attached);

    static QString labelKey(const QString& key);
    static QString labelValue(const QString& value);
    static QJsonObject labels(const QMap<QString, QString>& tags);
    static QMap<QString, QString> tagsOf(const QJsonObject& resource);

    /// The description JSON for label-less resources, and its reading.
    static QString describe(const QMap<QString, QString>& tags, const QJsonObject& more = {});
    static QJsonObject described(const QJsonObject& resource);

    static QString lastSegment(const QString& url);

    static ZoneInfo toZone(const QJsonObject& zone);
    static RegionInfo toRegion(const QJsonObject& region, const QList<QJsonObject>& zones);
    static SpecInfo toSpec(const QJsonObject& machineType, const QString& region);
    static ImageInfo toImage(const QJsonObject& image, const QString& region);
    static SubnetInfo toSubnet(const QJsonObject& subnetwork);
    static VpcInfo toVpc(const QJsonObject& network, const QList<SubnetInfo>& subnets);
    static QList<SecurityRule> toRules(const QJsonObject& firewall);
    static VmInfo toVm(const QJsonObject& instance);
    static DiskInfo toDisk(const QJsonObject& disk);
    static QDateTime timestamp(const QJsonObject& resource);
};

} // namespace Barista
