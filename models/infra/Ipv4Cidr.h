// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace Barista {

/// An IPv4 network in CIDR notation ("10.0.0.0/16"): a network address with no host bits set
/// and a prefix length 0..32. Plain arithmetic on a quint32, so the core needs no QtNetwork.
/// A default-constructed Ipv4Cidr is invalid.
class Ipv4Cidr
{
public:
    Ipv4Cidr() = default;

    /// Strict: four decimal octets without leading zeros, '/', a prefix length without leading
    /// zeros, nothing around them. An address with host bits set ("10.0.0.1/16") is refused,
    /// not normalised: in a network plan it is more often a typo than an intent.
    /// On failure returns nothing and, when error is given, a translated reason.
    static std::optional<Ipv4Cidr> parse(const QString& text, QString* error = nullptr);
    /// nullopt when prefixLength is outside 0..32 or network has host bits set.
    static std::optional<Ipv4Cidr> fromNetwork(quint32 network, int prefixLength);

    /// The prefix length of the smallest block with at least addressCount addresses
    /// (1 -> 32, 256 -> 24, 257 -> 23); -1 when more than 2^32 are asked for.
    static int prefixForAddressCount(quint64 addressCount);
    static QString addressToString(quint32 address);

    bool isValid() const { return m_prefixLength >= 0; }
    quint32 network() const { return m_network; }
    /// The last address of the block (the broadcast address where there is one).
    quint32 lastAddress() const { return m_network + quint32(size() - 1); }
    int prefixLength() const { return m_prefixLength; }
    quint32 netmask() const;
    /// Number of addresses, 2^(32 - prefix); 2^32 for /0, so 64-bit.
    quint64 size() const;

    bool contains(quint32 address) const;
    /// True when other lies completely inside this block (a block contains itself).
    bool contains(const Ipv4Cidr& other) const;
    bool overlaps(const Ipv4Cidr& other) const;

    /// The number of /newPrefix blocks in this one (0 when newPrefix is shorter or invalid).
    quint64 subnetCount(int newPrefix) const;
    /// The index-th /newPrefix block inside this one, in address order; invalid when out of range.
    Ipv4Cidr subnet(int newPrefix, quint64 index) const;
    /// The first count /newPrefix blocks inside this one; empty when they do not fit.
    QList<Ipv4Cidr> split(int newPrefix, quint64 count) const;
    /// The /newPrefix block that contains this one; invalid when newPrefix is longer.
    Ipv4Cidr supernet(int newPrefix) const;

    /// "10.0.0.0/16"; empty for an invalid value.
    QString toString() const;

    friend bool operator==(const Ipv4Cidr& a, const Ipv4Cidr& b)
    {
        return a.m_network == b.m_network && a.m_prefixLength == b.m_prefixLength;
    }
    friend bool operator!=(const Ipv4Cidr& a, const Ipv4Cidr& b) { return !(a == b); }
    /// Address order, the larger block first where two start at the same address.
    friend bool operator<(const Ipv4Cidr& a, const Ipv4Cidr& b)
    {
        return a.m_network != b.m_network ? a.m_network < b.m_network : a.m_prefixLength < b.m_prefixLength;
    }

private:
    Ipv4Cidr(quint32 network, int prefixLength)
        : m_network(network)
        , m_prefixLength(prefixLength)
    {
    }

    quint32 m_network = 0;
    int m_prefixLength = -1;
};

size_t qHash(const Ipv4Cidr& cidr, size_t seed = 0) noexcept;

} // namespace Barista

Q_DECLARE_METATYPE(Barista::Ipv4Cidr)
