// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/NetworkRules.h"

#include <QCoreApplication>
#include <QFile>
#include <QtDebug>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Barista {

// Careful: a default-constructed YAML::Node is a defined null node and tests true; only a missing
// key looked up on a const node tests false.

namespace {

QString scalarText(const YAML::Node& node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()).trimmed() : QString();
}

std::optional<int> scalarInt(const YAML::Node& node)
{
    bool ok = false;
    const int value = scalarText(node).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

/// A list of {cidr-block, description} entries; bad entries become warnings.
QList<Ipv4Cidr> readBlocks(const YAML::Node& list, const QString& where, QStringList* warnings)
{
    QList<Ipv4Cidr> blocks;
    if (!list || !list.IsSequence())
        return blocks;
    for (const YAML::Node& entry : list) {
        const QString text = entry.IsMap() ? scalarText(entry["cidr-block"]) : QString();
        QString error;
        if (const std::optional<Ipv4Cidr> cidr = Ipv4Cidr::parse(text, &error))
            blocks.append(*cidr);
        else
            warnings->append(QStringLiteral("%1: skipped: %2").arg(where, error));
    }
    return blocks;
}

/// {prefix-length: {min, max}} under node; nullopt (and a warning when present but wrong) unless
/// 0 <= min <= max <= 32.
std::optional<std::pair<int, int>> readPrefixRange(const YAML::Node& node, const QString& where, QStringList* warnings)
{
    const YAML::Node range = node && node.IsMap() ? node["prefix-length"] : YAML::Node();
    if (!range || !range.IsMap())
        return std::nullopt;
    const std::optional<int> min = scalarInt(range["min"]);
    const std::optional<int> max = scalarInt(range["max"]);
    if (!min || !max || *min < 0 || *min > *max || *max > 32) {
        warnings->append(QStringLiteral("%1: prefix-length needs 0 <= min <= max <= 32; using the default").arg(where));
        return std::nullopt;
    }
    return std::make_pair(*min, *max);
}

ProviderNetworkRule readRule(const QString& key, const YAML::Node& node, QStringList* warnings)
{
    ProviderNetworkRule rule = NetworkRules::defaultRule(NetworkRules::canonicalProvider(key));
    rule.fileKey = key;
    rule.isDefault = false;
    rule.defaultedFields.clear();
    const YAML::Node empty;
    const YAML::Node& map = node.IsMap() ? node : empty;
    const QString path = QStringLiteral("network.") + key;
    bool readSomething = false;

    if (const QString description = scalarText(map["description"]); !description.isEmpty())
        rule.description = description;

    const QList<Ipv4Cidr> available
        = readBlocks(map["available-cidr-blocks"], path + QStringLiteral(".available-cidr-blocks"), warnings);
    if (!available.isEmpty()) {
        rule.availableBlocks = available;
        readSomething = true;
    } else {
        rule.defaultedFields.append(QStringLiteral("available-cidr-blocks"));
    }
    // No reserved-cidr-blocks means none, which is also the default: nothing to record.
    rule.reservedBlocks
        = readBlocks(map["reserved-cidr-blocks"], path + QStringLiteral(".reserved-cidr-blocks"), warnings);
    readSomething = readSomething || !rule.reservedBlocks.isEmpty();

    const YAML::Node subnet = map["subnet"];
    if (const auto range = readPrefixRange(subnet, path + QStringLiteral(".subnet"), warnings)) {
        std::tie(rule.subnetPrefixMin, rule.subnetPrefixMax) = *range;
        readSomething = true;
    } else {
        rule.defaultedFields.append(QStringLiteral("subnet.prefix-length"));
    }

    const YAML::Node vnet = map["vnet"];
    if (const auto range = readPrefixRange(vnet, path + QStringLiteral(".vnet"), warnings)) {
        std::tie(rule.vnetPrefixMin, rule.vnetPrefixMax) = *range;
        readSomething = true;
    } else if (!vnet && !rule.defaultedFields.contains(QStringLiteral("subnet.prefix-length"))) {
        // Subnets described but no vnet at all: the VPC has no range of its own (GCP).
        rule.vnetHasCidr = false;
        rule.vnetPrefixMin = rule.subnetPrefixMin;
        rule.vnetPrefixMax = rule.subnetPrefixMax;
    } else {
        rule.defaultedFields.append(QStringLiteral("vnet.prefix-length"));
    }

    // The file spells this "value" for some providers and "count" for others.
    const YAML::Node reserved = subnet && subnet.IsMap() ? subnet["reserved-ips"] : YAML::Node();
    std::optional<int> reservedIps;
    if (reserved && reserved.IsMap())
        reservedIps = reserved["value"] ? scalarInt(reserved["value"]) : scalarInt(reserved["count"]);
    if (reservedIps && *reservedIps >= 0) {
        rule.reservedIpsPerSubnet = *reservedIps;
        readSomething = true;
    } else {
        if (reserved && !reserved.IsNull())
            warnings->append(path + QStringLiteral(".subnet.reserved-ips: no count; using the default"));
        rule.defaultedFields.append(QStringLiteral("subnet.reserved-ips"));
    }

    rule.isDefault = !readSomething;
    return rule;
}

} // namespace

quint64 ProviderNetworkRule::usableAddresses(int prefixLength) const
{
    if (prefixLength < 0 || prefixLength > 32)
        return 0;
    const quint64 size = quint64(1) << (32 - prefixLength);
    const quint64 reserved = quint64(qMax(0, reservedIpsPerSubnet));
    return size > reserved ? size - reserved : 0;
}

const NetworkRules& NetworkRules::bundled()
{
    static const NetworkRules rules = [] {
        QFile file(QStringLiteral(":/infra/networkinfo.yaml"));
        QString error;
        std::optional<NetworkRules> read;
        if (file.open(QIODevice::ReadOnly))
            read = fromYaml(file.readAll(), &error);
        else
            error = file.errorString();
        if (!read) {
            qWarning().noquote() << "NetworkRules: cannot read :/infra/networkinfo.yaml, using defaults:" << error;
            return NetworkRules();
        }
        for (const QString& warning : read->warnings())
            qWarning().noquote() << "NetworkRules:" << warning;
        return *read;
    }();
    return rules;
}

std::optional<NetworkRules> NetworkRules::fromYaml(const QByteArray& yaml, QString* error)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        if (error)
            *error = QCoreApplication::translate("NetworkRules", "The network rules are not valid YAML: %1")
                         .arg(QString::fromStdString(e.what()));
        return std::nullopt;
    }
    const YAML::Node network = root.IsMap() ? root["network"] : YAML::Node();
    if (!network || !network.IsMap()) {
        if (error)
            *error = QCoreApplication::translate("NetworkRules", "The network rules have no \"network\" section.");
        return std::nullopt;
    }

    NetworkRules rules;
    try {
        for (auto it = network.begin(); it != network.end(); ++it) {
            const QString key = QString::fromStdString(it->first.as<std::string>()).trimmed();
            if (key.isEmpty())
                continue;
            ProviderNetworkRule rule = readRule(key, it->second, &rules.m_warnings);
            rules.m_rules.insert(rule.provider, rule);
        }
    } catch (const YAML::Exception& e) {
        // Only a key that is not a scalar gets here; the value readers check types first.
        if (error)
            *error = QCoreApplication::translate("NetworkRules", "The network rules are not valid YAML: %1")
                         .arg(QString::fromStdString(e.what()));
        return std::nullopt;
    }
    return rules;
}

ProviderNetworkRule NetworkRules::defaultRule(const QString& provider)
{
    ProviderNetworkRule rule;
    rule.provider = provider;
    rule.description = provider;
    for (const char* block : { "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16" })
        rule.availableBlocks.append(*Ipv4Cidr::parse(QLatin1String(block)));
    rule.isDefault = true;
    rule.defaultedFields
        = QStringList { QStringLiteral("available-cidr-blocks"), QStringLiteral("subnet.prefix-length"),
              QStringLiteral("vnet.prefix-length"), QStringLiteral("subnet.reserved-ips") };
    return rule;
}

QString NetworkRules::canonicalProvider(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    // Earlier Cloud-Barista releases named the VPC flavours of these clouds separately.
    if (lower == QLatin1String("ncpvpc"))
        return QStringLiteral("ncp");
    if (lower == QLatin1String("ktcloudvpc") || lower == QLatin1String("ktvpc") || lower == QLatin1String("ktcloud"))
        return QStringLiteral("kt");
    if (lower == QLatin1String("nhncloud"))
        return QStringLiteral("nhn");
    return lower;
}

ProviderNetworkRule NetworkRules::rule(const QString& provider) const
{
    const QString id = canonicalProvider(provider);
    const auto it = m_rules.constFind(id);
    return it != m_rules.cend() ? *it : defaultRule(id);
}

bool NetworkRules::hasProvider(const QString& provider) const
{
    return m_rules.contains(canonicalProvider(provider));
}

QStringList NetworkRules::providers() const
{
    QStringList keys = m_rules.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace Barista
