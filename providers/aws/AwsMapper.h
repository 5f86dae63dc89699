// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/aws/AwsXml.h"

#include <QMap>

namespace Barista {

/// EC2 answers (AwsXmlNode) to domain values, and our names and tags to EC2's: a resource's
/// nameId is its "Name" tag (a security group's and a key pair's own name), its systemId the EC2
/// id; the idempotency token rides in the tag "barista-client-token" where the API has no token
/// of its own. Both are kept out of the domain tags (the token goes to extra.clientToken).
class AwsMapper final
{
public:
    static QString provider() { return QStringLiteral("aws"); }
    static QString nameTag() { return QStringLiteral("Name"); }
    static QString tokenTag() { return QStringLiteral("barista-client-token"); }

    /// pending->Creating, running->Running, stopping->Suspending, stopped->Suspended,
    /// shutting-down->Terminating, terminated->Terminated.
    static VmStatus vmStatus(const QString& state);
    /// creating->Creating, available->Available, in-use->Attached, deleting->Deleting, error->Error.
    static DiskStatus diskStatus(const QString& state);

    static VmInfo toVm(const AwsXmlNode& instance);
    static DiskInfo toDisk(const AwsXmlNode& volume);
    static VpcInfo toVpc(const AwsXmlNode& vpc, const QList<SubnetInfo>& subnets);
    static SubnetInfo toSubnet(const AwsXmlNode& subnet);
    static SecurityGroupInfo toSecurityGroup(const AwsXmlNode& group);
    /// One rule per CIDR of an ipPermissions item.
    static QList<SecurityRule> toRules(const AwsXmlNode& permission, bool egress);
    static KeyPairInfo toKeyPair(const AwsXmlNode& key);
    static SpecInfo toSpec(const AwsXmlNode& type, const QString& region);
    static ImageInfo toImage(const AwsXmlNode& image, const QString& region);
    static ZoneInfo toZone(const AwsXmlNode& zone);
    /// One of the account's own AMIs: available -> "Available", every other imageState
    /// (pending, failed, deregistered, ...) -> "Unavailable"; the raw state, the AMI name and the
    /// EBS snapshot ids go to extra ("state", "name", "snapshotIds"); failed/error/invalid also set
    /// extra "failed" (myImageHasFailed).
    static MyImageInfo toMyImage(const AwsXmlNode& image);
    /// The snapshot ids of an image's EBS block device mappings.
    static QStringList snapshotIds(const AwsXmlNode& image);

    /// The tagSet of a resource, every tag included.
    static QMap<QString, QString> allTags(const AwsXmlNode& resource);
    /// The tags to set on a new resource: its own, the call's, Name and (when withToken) the token.
    static QMap<QString, QString> tagsFor(
        const QString& name, QMap<QString, QString> own, const MutationContext& context, bool withToken = true);
    /// EC2's protocol name of one of our rules ("all" -> "-1").
    static QString wireProtocol(const QString& protocol);
    /// True for an EC2 id with that prefix ("vpc" matches "vpc-0a1b2c3d"): ids are hex after the dash.
    static bool isId(const QString& text, const QString& prefix);

private:
    /// Takes Name and the token out of tags into the iid and extra.
    static void splitTags(QMap<QString, QString>& tags, QString* name, QJsonObject* extra);
};

} // namespace Barista
