// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/EksShapes.h"

#include <QJsonArray>

namespace Barista {

QJsonObject EksShapes::cluster(const EksCluster& c)
{
    QJsonObject vpc { { QStringLiteral("subnetIds"), QJsonArray::fromStringList(c.subnetIds) },
        { QStringLiteral("securityGroupIds"), QJsonArray::fromStringList(c.securityGroupIds) },
        { QStringLiteral("vpcId"), c.vpcId }, { QStringLiteral("endpointPublicAccess"), true },
        { QStringLiteral("endpointPrivateAccess"), false },
        { QStringLiteral("publicAccessCidrs"), QJsonArray { QStringLiteral("0.0.0.0/0") } } };
    if (!c.clusterSecurityGroupId.isEmpty())
        vpc.insert(QStringLiteral("clusterSecurityGroupId"), c.clusterSecurityGroupId);
    QJsonObject out { { QStringLiteral("name"), c.name }, { QStringLiteral("arn"), c.arn },
        { QStringLiteral("createdAt"), double(c.createdAtMs) / 1000.0 }, { QStringLiteral("version"), c.version },
        { QStringLiteral("roleArn"), c.roleArn }, { QStringLiteral("resourcesVpcConfig"), vpc },
        { QStringLiteral("kubernetesNetworkConfig"),
            QJsonObject { { QStringLiteral("serviceIpv4Cidr"), QStringLiteral("10.100.0.0/16") },
                { QStringLiteral("ipFamily"), QStringLiteral("ipv4") } } },
        { QStringLiteral("status"), c.status }, { QStringLiteral("platformVersion"), QStringLiteral("eks.1") },
        { QStringLiteral("tags"), c.tags } };
    if (!c.endpoint.isEmpty()) {
        out.insert(QStringLiteral("endpoint"), c.endpoint);
        out.insert(QStringLiteral("certificateAuthority"),
            QJsonObject { { QStringLiteral("data"), QStringLiteral("LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==") } });
    }
    return out;
}

QJsonObject EksShapes::nodegroup(const EksNodegroup& g, const EksCluster& cluster)
{
    QJsonObject out { { QStringLiteral("nodegroupName"), g.name }, { QStringLiteral("nodegroupArn"), g.arn },
        { QStringLiteral("clusterName"), cluster.name }, { QStringLiteral("version"), cluster.version },
        { QStringLiteral("createdAt"), double(g.createdAtMs) / 1000.0 }, { QStringLiteral("status"), g.status },
        { QStringLiteral("capacityType"), QStringLiteral("ON_DEMAND") },
        { QStringLiteral("scalingConfig"),
            QJsonObject { { QStringLiteral("minSize"), g.minSize }, { QStringLiteral("maxSize"), g.maxSize },
                { QStringLiteral("desiredSize"), g.desiredSize } } },
        { QStringLiteral("instanceTypes"), QJsonArray::fromStringList(g.instanceTypes) },
        { QStringLiteral("subnets"), QJsonArray::fromStringList(g.subnets) }, { QStringLiteral("amiType"), g.amiType },
        { QStringLiteral("nodeRole"), g.nodeRole }, { QStringLiteral("diskSize"), g.diskSize },
        { QStringLiteral("labels"), QJsonObject() },
        { QStringLiteral("health"), QJsonObject { { QStringLiteral("issues"), QJsonArray() } } },
        { QStringLiteral("tags"), g.tags } };
    if (!g.sshKey.isEmpty())
        out.insert(QStringLiteral("remoteAccess"), QJsonObject { { QStringLiteral("ec2SshKey"), g.sshKey } });
    return out;
}

QStringList EksShapes::strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace Barista
