// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimNaming.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QUuid>
#include <QtEndian>

namespace Barista {

namespace {

QByteArray digest(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

QString hex(const QString& key, int length)
{
    return QString::fromLatin1(digest(key).toHex()).left(length);
}

/// Lower-case letters and digits, the alphabet of Alibaba's and Tencent's ids.
QString alnum(const QString& key, int length)
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    const QByteArray bytes = digest(key) + digest(key + QLatin1Char('+'));
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[quint8(bytes.at(i % bytes.size())) % 36]));
    return out;
}

QString numeric(const QString& key, int digits)
{
    const QByteArray bytes = digest(key);
    quint64 value = qFromBigEndian<quint64>(bytes.constData());
    QString out;
    for (int i = 0; i < digits; ++i) {
        out.prepend(QLatin1Char(char('0' + value % 10)));
        value /= 10;
    }
    if (out.startsWith(QLatin1Char('0')))
        out[0] = QLatin1Char('1');
    return out;
}

QString uuid(const QString& key)
{
    return QUuid::createUuidV5(QUuid(), key).toString(QUuid::WithoutBraces);
}

QString awsPrefix(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Vpc:
        return QStringLiteral("vpc-");
    case ResourceKind::SecurityGroup:
        return QStringLiteral("sg-");
    case ResourceKind::KeyPair:
        return QStringLiteral("key-");
    case ResourceKind::Vm:
        return QStringLiteral("i-");
    case ResourceKind::Disk:
        return QStringLiteral("vol-");
    case ResourceKind::MyImage:
        return QStringLiteral("ami-");
    default:
        return QString();
    }
}

QString azurePath(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Vpc:
        return QStringLiteral("Microsoft.Network/virtualNetworks");
    case ResourceKind::SecurityGroup:
        return QStringLiteral("Microsoft.Network/networkSecurityGroups");
    case ResourceKind::KeyPair:
        return QStringLiteral("Microsoft.Compute/sshPublicKeys");
    case ResourceKind::Vm:
        return QStringLiteral("Microsoft.Compute/virtualMachines");
    case ResourceKind::Disk:
        return QStringLiteral("Microsoft.Compute/disks");
    case ResourceKind::MyImage:
        return QStringLiteral("Microsoft.Compute/images");
    case ResourceKind::Nlb:
        return QStringLiteral("Microsoft.Network/loadBalancers");
    case ResourceKind::Cluster:
        return QStringLiteral("Microsoft.ContainerService/managedClusters");
    default:
        return QStringLiteral("Microsoft.Resources/resources");
    }
}

QString azureRoot()
{
    return QStringLiteral("/subscriptions/") + uuid(QStringLiteral("barista-sim-subscription"))
        + QStringLiteral("/resourceGroups/barista-rg/providers/");
}

QString alibabaPrefix(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Vpc:
        return QStringLiteral("vpc-");
    case ResourceKind::SecurityGroup:
        return QStringLiteral("sg-");
    case ResourceKind::Vm:
        return QStringLiteral("i-");
    case ResourceKind::Disk:
        return QStringLiteral("d-");
    case ResourceKind::MyImage:
        return QStringLiteral("m-");
    case ResourceKind::Nlb:
        return QStringLiteral("nlb-");
    default:
        return QString();
    }
}

QString tencentPrefix(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Vpc:
        return QStringLiteral("vpc-");
    case ResourceKind::SecurityGroup:
        return QStringLiteral("sg-");
    case ResourceKind::KeyPair:
        return QStringLiteral("skey-");
    case ResourceKind::Vm:
        return QStringLiteral("ins-");
    case ResourceKind::Disk:
        return QStringLiteral("disk-");
    case ResourceKind::MyImage:
        return QStringLiteral("img-");
    case ResourceKind::Nlb:
        return QStringLiteral("lb-");
    case ResourceKind::Cluster:
        return QStringLiteral("cls-");
    default:
        return QString();
    }
}

} // namespace

QString SimNaming::systemId(
    const QString& provider, const QString& region, ResourceKind kind, const QString& name, qint64 serial)
{
    const QString key = provider + QLatin1Char('|') + region + QLatin1Char('|') + resourceKindName(kind)
        + QLatin1Char('|') + QString::number(serial);
    if (provider == QLatin1String("aws")) {
        if (kind == ResourceKind::Nlb)
            return QStringLiteral("arn:aws:elasticloadbalancing:%1:123456789012:loadbalancer/net/%2/%3")
                .arg(region, name, hex(key, 16));
        if (kind == ResourceKind::Cluster)
            return QStringLiteral("arn:aws:eks:%1:123456789012:cluster/%2").arg(region, name);
        return awsPrefix(kind) + hex(key, 17);
    }
    if (provider == QLatin1String("azure"))
        return azureRoot() + azurePath(kind) + QLatin1Char('/') + name;
    if (provider == QLatin1String("gcp"))
        return numeric(key, 19);
    if (provider == QLatin1String("alibaba")) {
        if (kind == ResourceKind::KeyPair)
            return name; // Alibaba identifies key pairs by their name
        if (kind == ResourceKind::Cluster)
            return QStringLiteral("c") + hex(key, 32);
        return alibabaPrefix(kind) + alnum(key, 20);
    }
    if (provider == QLatin1String("tencent"))
        return tencentPrefix(kind) + alnum(key, 8);
    if (provider == QLatin1String("ibm"))
        return QStringLiteral("r006-") + uuid(key);
    if (provider == QLatin1String("ncp"))
        return numeric(key, 8);
    return uuid(key);
}

QString SimNaming::subnetId(
    const QString& provider, const QString& region, const QString& vpcName, const QString& subnetName, qint64 serial)
{
    const QString key = provider + QLatin1Char('|') + region + QStringLiteral("|subnet|") + QString::number(serial);
    if (provider == QLatin1String("aws"))
        return QStringLiteral("subnet-") + hex(key, 17);
    if (provider == QLatin1String("azure"))
        return azureRoot() + QStringLiteral("Microsoft.Network/virtualNetworks/") + vpcName
            + QStringLiteral("/subnets/") + subnetName;
    if (provider == QLatin1String("gcp"))
        return numeric(key, 19);
    if (provider == QLatin1String("alibaba"))
        return QStringLiteral("vsw-") + alnum(key, 20);
    if (provider == QLatin1String("tencent"))
        return QStringLiteral("subnet-") + alnum(key, 8);
    if (provider == QLatin1String("ibm"))
        return QStringLiteral("0717-") + uuid(key);
    if (provider == QLatin1String("ncp"))
        return numeric(key, 8);
    return uuid(key);
}

bool SimNaming::parseCidr(const QString& text, quint32* network, int* prefix)
{
    const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(text);
    if (subnet.first.protocol() != QAbstractSocket::IPv4Protocol || !text.contains(QLatin1Char('/')))
        return false;
    if (network)
        *network = subnet.first.toIPv4Address();
    if (prefix)
        *prefix = subnet.second;
    return true;
}

bool SimNaming::cidrContains(const QString& outer, const QString& inner)
{
    quint32 outerNet = 0;
    quint32 innerNet = 0;
    int outerPrefix = 0;
    int innerPrefix = 0;
    if (!parseCidr(outer, &outerNet, &outerPrefix) || !parseCidr(inner, &innerNet, &innerPrefix))
        return false;
    return innerPrefix >= outerPrefix && QHostAddress(innerNet).isInSubnet(QHostAddress(outerNet), outerPrefix);
}

QString SimNaming::privateIp(const QString& cidr, qint64 serial)
{
    quint32 network = 0;
    int prefix = 0;
    if (!parseCidr(cidr, &network, &prefix))
        return QString();
    const quint64 size = prefix >= 32 ? 1 : (quint64(1) << (32 - prefix));
    // Like AWS, the first four and the last address of a subnet are reserved.
    const quint64 usable = size > 8 ? size - 5 : 1;
    const quint32 host = size > 8 ? quint32(4 + quint64(serial) % usable) : 0;
    return QHostAddress(network + host).toString();
}

QString SimNaming::publicIp(qint64 serial)
{
    // TEST-NET-2 and TEST-NET-3 (RFC 5737): never routable, obviously simulated.
    const quint32 slot = quint32(quint64(serial) % 508);
    const quint32 base = slot < 254 ? QHostAddress(QStringLiteral("198.51.100.1")).toIPv4Address()
                                    : QHostAddress(QStringLiteral("203.0.113.1")).toIPv4Address();
    return QHostAddress(base + slot % 254).toString();
}

QString SimNaming::publicKey(const QString& seed, const QString& comment)
{
    const QByteArray type("ssh-ed25519");
    QByteArray blob;
    auto appendString = [&blob](const QByteArray& data) {
        char length[4];
        qToBigEndian<quint32>(quint32(data.size()), length);
        blob.append(length, 4);
        blob.append(data);
    };
    appendString(type);
    appendString(digest(QStringLiteral("barista-sim-key|") + seed)); // 32 bytes, like a real ed25519 key
    return QString::fromLatin1(type) + QLatin1Char(' ') + QString::fromLatin1(blob.toBase64()) + QLatin1Char(' ')
        + comment;
}

QString SimNaming::fingerprint(const QString& publicKey)
{
    const QByteArray blob = QByteArray::fromBase64(publicKey.section(QLatin1Char(' '), 1, 1).toLatin1());
    const QByteArray hash = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") + QString::fromLatin1(hash.toBase64(QByteArray::OmitTrailingEquals));
}

QString SimNaming::nlbDnsName(const QString& provider, const QString& region, const QString& name, qint64 serial)
{
    const QString key = provider + region + name + QString::number(serial);
    if (provider == QLatin1String("aws"))
        return QStringLiteral("%1-%2.elb.%3.amazonaws.com").arg(name, hex(key, 16), region);
    if (provider == QLatin1String("azure"))
        return QStringLiteral("%1.%2.cloudapp.azure.com").arg(name, region);
    return QStringLiteral("%1-%2.%3.nlb.sim.invalid").arg(name, hex(key, 8), region);
}

QString SimNaming::clusterEndpoint(const QString& provider, const QString& region, const QString& name, qint64 serial)
{
    const QString key = provider + region + name + QString::number(serial);
    if (provider == QLatin1String("aws"))
        return QStringLiteral("https://%1.gr7.%2.eks.amazonaws.com").arg(hex(key, 32).toUpper(), region);
    if (provider == QLatin1String("azure"))
        return QStringLiteral("https://%1-%2.hcp.%3.azmk8s.io:443").arg(name, hex(key, 8), region);
    return QStringLiteral("https://%1.%2.k8s.sim.invalid:6443").arg(hex(key, 12), region);
}

} // namespace Barista
