// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/infra/Ipv4Cidr.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Barista {

/// What one provider allows for VPC and subnet address space, as CB-Tumblebug's networkinfo.yaml
/// describes it. Prefix "min" is the largest block (smallest prefix length), "max" the smallest.
struct ProviderNetworkRule
{
    QString provider; ///< our provider id, e.g. "aws"
    QString fileKey; ///< its key under `network:` in the YAML; empty when the file has none
    QString description; ///< e.g. "Amazon Web Services"; the provider id when the file has none
    QList<Ipv4Cidr> availableBlocks; ///< where VPCs may be placed, in the file's order
    QList<Ipv4Cidr> reservedBlocks; ///< never to be used, even inside an available block
    int vnetPrefixMin = 16;
    int vnetPrefixMax = 28;
    int subnetPrefixMin = 16;
    int subnetPrefixMax = 28;
    int reservedIpsPerSubnet = 5; ///< addresses of each subnet the provider keeps for itself
    /// False where the VPC itself has no address range (GCP: ranges live on subnets only). The
    /// VPC limits then repeat the subnet limits and a planned VPC range is only an envelope.
    bool vnetHasCidr = true;
    /// True when the file says nothing usable about this provider's network (missing, or only a
    /// description as for "openstack" and "kt"): every value is the default.
    bool isDefault = false;
    /// The YAML paths that were missing or invalid and so took the default, e.g.
    /// "available-cidr-blocks", "vnet.prefix-length", "subnet.reserved-ips".
    QStringList defaultedFields;

    /// Addresses left for nodes in a /prefixLength subnet (0 when the reserved ones use it all up).
    quint64 usableAddresses(int prefixLength) const;
};

/// The provider network rules: the copy of networkinfo.yaml compiled into the product, or any
/// YAML of the same shape. Immutable once read, so one instance is shared by every thread.
class NetworkRules
{
public:
    /// The bundled :/infra/networkinfo.yaml, read on first use (thread-safe). Should that file be
    /// unreadable, every provider gets the default rule and a warning is logged.
    static const NetworkRules& bundled();
    /// Reads YAML text with networkinfo.yaml's shape. Fails (nullopt, translated *error) only when
    /// the text is not YAML or has no `network` map; a bad entry inside a provider is skipped,
    /// defaulted and listed in warnings().
    static std::optional<NetworkRules> fromYaml(const QByteArray& yaml, QString* error = nullptr);
    /// The rule for a provider the file does not describe: the RFC 1918 blocks, VPCs and subnets
    /// /16../28, 5 reserved addresses per subnet, nothing else reserved. isDefault is true.
    static ProviderNetworkRule defaultRule(const QString& provider);
    /// Our provider id for a file key or an older Cloud-Barista name ("ncpvpc" -> "ncp",
    /// "ktcloudvpc" -> "kt"); lower-cased otherwise.
    static QString canonicalProvider(const QString& name);

    /// The rule for a provider id (case-insensitive); defaultRule() when the file lacks it.
    ProviderNetworkRule rule(const QString& provider) const;
    bool hasProvider(const QString& provider) const;
    /// The provider keys found in the file, sorted.
    QStringList providers() const;
    /// Problems met while reading (untranslated, for the log): bad CIDRs, bad prefix limits...
    QStringList warnings() const { return m_warnings; }

private:
    QHash<QString, ProviderNetworkRule> m_rules; // by canonical provider id
    QStringList m_warnings;
};

} // namespace Barista
