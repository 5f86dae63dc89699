// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ResourceKind.h"

#include <QString>

namespace Barista {

/// Identifiers and addresses that look like the provider's own: "vpc-0a1b…" and "i-…" on AWS,
/// ARM resource ids on Azure, numeric ids on GCP, "ins-…" on Tencent, UUIDs on OpenStack.
/// They derive from a serial the state store hands out, so they are unique per cloud file and
/// identical across runs. Addresses come from documentation ranges (RFC 5737).
class SimNaming
{
public:
    static QString systemId(
        const QString& provider, const QString& region, ResourceKind kind, const QString& name, qint64 serial);
    static QString subnetId(const QString& provider, const QString& region, const QString& vpcName,
        const QString& subnetName, qint64 serial);
    /// A host address inside cidr ("10.0.1.0/24" -> "10.0.1.17"); empty if cidr is not IPv4.
    static QString privateIp(const QString& cidr, qint64 serial);
    static QString publicIp(qint64 serial);
    /// A well-formed OpenSSH ed25519 public key derived from seed (no private key exists).
    static QString publicKey(const QString& seed, const QString& comment);
    /// OpenSSH's "SHA256:…" fingerprint of a public key line.
    static QString fingerprint(const QString& publicKey);
    static QString nlbDnsName(const QString& provider, const QString& region, const QString& name, qint64 serial);
    static QString clusterEndpoint(const QString& provider, const QString& region, const QString& name, qint64 serial);
    /// Whether text is an IPv4 CIDR ("10.0.0.0/16"); fills the network and prefix length.
    static bool parseCidr(const QString& text, quint32* network, int* prefix);
    static bool cidrContains(const QString& outer, const QString& inner);
};

} // namespace Barista
