// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/CidrAllocator.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace Barista {

namespace {

constexpr int DefaultVpcPrefix = 16;
constexpr int DefaultSubnetPrefix = 24;

/// The first aligned /prefix block inside `within` that overlaps nothing in `taken`. On a clash
/// the search jumps past the end of the block in the way, so it costs O(taken^2), not O(2^n).
std::optional<Ipv4Cidr> firstFree(const Ipv4Cidr& within, int prefix, const QList<Ipv4Cidr>& taken)
{
    if (prefix < within.prefixLength() || prefix > 32)
        return std::nullopt;
    const quint64 size = quint64(1) << (32 - prefix);
    const quint64 end = quint64(within.network()) + within.size(); // exclusive
    quint64 candidate = within.network();
    while (candidate + size <= end) {
        const Ipv4Cidr block = *Ipv4Cidr::fromNetwork(quint32(candidate), prefix);
        quint64 clearFrom = 0;
        for (const Ipv4Cidr& other : taken) {
            if (other.overlaps(block))
                clearFrom = std::max(clearFrom, quint64(other.lastAddress()) + 1);
        }
        if (clearFrom == 0)
            return block;
        candidate = (clearFrom + size - 1) / size * size;
    }
    return std::nullopt;
}

QString joined(const QList<Ipv4Cidr>& blocks)
{
    QStringList texts;
    for (const Ipv4Cidr& block : blocks)
        texts.append(block.toString());
    return texts.join(QLatin1String(", "));
}

} // namespace

CidrAllocator::CidrAllocator(const NetworkRules& rules)
    : m_rules(rules)
{
}

int CidrAllocator::subnetPrefixFor(const ProviderNetworkRule& rule, int nodeCount, QString* error)
{
    const quint64 needed = quint64(std::max(0, nodeCount)) + quint64(std::max(0, rule.reservedIpsPerSubnet));
    const int fits = Ipv4Cidr::prefixForAddressCount(needed); // the smallest block that holds them
    if (fits < 0 || fits < rule.subnetPrefixMin) {
        if (error) {
            *error = QCoreApplication::translate("CidrAllocator",
                "%1 nodes and the %2 addresses %3 reserves in each subnet need %4 addresses, "
                "more than its largest subnet (/%5) holds.")
                         .arg(nodeCount)
                         .arg(rule.reservedIpsPerSubnet)
                         .arg(rule.description)
                         .arg(needed)
                         .arg(rule.subnetPrefixMin);
        }
        return -1;
    }
    return std::clamp(std::min(DefaultSubnetPrefix, fits), rule.subnetPrefixMin, rule.subnetPrefixMax);
}

QList<CidrAllocation> CidrAllocator::allocate(const CidrPlanInput& input) const
{
    QList<Ipv4Cidr> planned; // VPCs given out by this call so far
    QList<CidrAllocation> result;
    result.reserve(input.requests.size());

    for (const CidrRequest& request : input.requests) {
        CidrAllocation allocation;
        allocation.connection = request.connection;
        allocation.provider = request.provider;
        const ProviderNetworkRule rule = m_rules.rule(request.provider);
        allocation.vpcHasCidr = rule.vnetHasCidr;
        allocation.usedDefaultRule = rule.isDefault;
        const auto fail = [&](const QString& error) {
            allocation.error = error;
            result.append(allocation);
        };

        if (request.nodeCount < 0) {
            fail(QCoreApplication::translate("CidrAllocator", "Connection %1: the node count cannot be negative (%2).")
                     .arg(request.connection)
                     .arg(request.nodeCount));
            continue;
        }
        if (request.subnetCount < 1) {
            fail(QCoreApplication::translate(
                "CidrAllocator", "Connection %1: a VPC needs at least one subnet (%2 asked for).")
                     .arg(request.connection)
                     .arg(request.subnetCount));
            continue;
        }
        QString error;
        const int subnetPrefix = subnetPrefixFor(rule, request.nodeCount, &error);
        if (subnetPrefix < 0) {
            fail(QCoreApplication::translate("CidrAllocator", "Connection %1: %2").arg(request.connection, error));
            continue;
        }
        int splitBits = 0;
        while ((quint64(1) << splitBits) < quint64(request.subnetCount))
            ++splitBits;
        const int largestNeeded = subnetPrefix - splitBits; // the VPC prefix that just holds the subnets
        if (largestNeeded < rule.vnetPrefixMin) {
            fail(QCoreApplication::translate("CidrAllocator",
                "Connection %1: %2 subnets of /%3 need a /%4 VPC, larger than the largest %5 allows (/%6).")
                     .arg(request.connection)
                     .arg(request.subnetCount)
                     .arg(subnetPrefix)
                     .arg(largestNeeded)
                     .arg(rule.description)
                     .arg(rule.vnetPrefixMin));
            continue;
        }
        const int firstPrefix
            = std::clamp(std::min(DefaultVpcPrefix, largestNeeded), rule.vnetPrefixMin, rule.vnetPrefixMax);
        const int lastPrefix = std::min(largestNeeded, rule.vnetPrefixMax);

        QList<Ipv4Cidr> mustAvoid = rule.reservedBlocks + input.inUseElsewhere + planned
            + input.existingByConnection.value(request.connection);
        QList<Ipv4Cidr> ratherAvoid = mustAvoid;
        for (auto it = input.existingByConnection.cbegin(); it != input.existingByConnection.cend(); ++it) {
            if (it.key() != request.connection)
                ratherAvoid += it.value();
        }
        const auto eraseInvalid
            = [](QList<Ipv4Cidr>& list) { list.removeIf([](const Ipv4Cidr& cidr) { return !cidr.isValid(); }); };
        eraseInvalid(mustAvoid);
        eraseInvalid(ratherAvoid);

        // Largest VPC first, then the provider's blocks in the file's order; clear of other
        // connections' VPCs if that is possible at any size, else clear of what it must avoid.
        std::optional<Ipv4Cidr> vpc;
        for (const QList<Ipv4Cidr>* avoid : { &ratherAvoid, &mustAvoid }) {
            for (int prefix = firstPrefix; !vpc && prefix <= lastPrefix; ++prefix) {
                for (const Ipv4Cidr& block : rule.availableBlocks) {
                    if ((vpc = firstFree(block, prefix, *avoid)))
                        break;
                }
            }
            if (vpc)
                break;
        }
        if (!vpc) {
            fail(QCoreApplication::translate("CidrAllocator",
                "Connection %1: no free /%2 to /%3 range is left in %4 (%5); every one overlaps a reserved "
                "range, an existing VPC or another VPC of this infra.")
                     .arg(request.connection)
                     .arg(firstPrefix)
                     .arg(lastPrefix)
                     .arg(rule.description, joined(rule.availableBlocks)));
            continue;
        }
        allocation.vpc = *vpc;
        allocation.subnets = vpc->split(subnetPrefix, quint64(request.subnetCount));
        planned.append(*vpc);
        result.append(allocation);
    }
    return result;
}

} // namespace Barista
