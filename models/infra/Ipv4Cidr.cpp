// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/Ipv4Cidr.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QStringView>

namespace Barista {

namespace {

/// A decimal number of at most maxDigits digits, no sign, no leading zero (so "010" is not read
/// as 10 here while other tools read it as octal 8); -1 when the text is not one.
int strictDecimal(QStringView text, int maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits || (text.size() > 1 && text.front() == QLatin1Char('0')))
        return -1;
    int value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

std::optional<quint32> parseAddress(QStringView text)
{
    quint32 address = 0;
    int octets = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype dot = text.indexOf(QLatin1Char('.'), start);
        if (dot < 0)
            dot = text.size();
        const int octet = strictDecimal(text.mid(start, dot - start), 3);
        if (octet < 0 || octet > 255 || ++octets > 4)
            return std::nullopt;
        address = (address << 8) | quint32(octet);
        start = dot + 1;
    }
    if (octets != 4)
        return std::nullopt;
    return address;
}

quint32 maskFor(int prefixLength)
{
    return prefixLength <= 0 ? 0u : ~quint32(0) << (32 - prefixLength);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<Ipv4Cidr> Ipv4Cidr::parse(const QString& text, QString* error)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        fail(error,
            QCoreApplication::translate("Ipv4Cidr",
                "\"%1\" is not in CIDR notation (an IPv4 address, '/' and a prefix length, e.g. 10.0.0.0/16).")
                .arg(text));
        return std::nullopt;
    }
    const QStringView view(text);
    const std::optional<quint32> address = parseAddress(view.left(slash));
    if (!address) {
        fail(error,
            QCoreApplication::translate("Ipv4Cidr", "\"%1\": \"%2\" is not an IPv4 address.")
                .arg(text, view.left(slash).toString()));
        return std::nullopt;
    }
    const int prefix = strictDecimal(view.mid(slash + 1), 2);
    if (prefix < 0 || prefix > 32) {
        fail(error,
            QCoreApplication::translate("Ipv4Cidr", "\"%1\": the prefix length must be a number from 0 to 32.")
                .arg(text));
        return std::nullopt;
    }
    const quint32 network = *address & maskFor(prefix);
    if (network != *address) {
        fail(error,
            QCoreApplication::translate("Ipv4Cidr", "\"%1\" has host bits set; the network of that block is %2.")
                .arg(text, Ipv4Cidr(network, prefix).toString()));
        return std::nullopt;
    }
    return Ipv4Cidr(network, prefix);
}

std::optional<Ipv4Cidr> Ipv4Cidr::fromNetwork(quint32 network, int prefixLength)
{
    if (prefixLength < 0 || prefixLength > 32 || (network & ~maskFor(prefixLength)) != 0)
        return std::nullopt;
    return Ipv4Cidr(network, prefixLength);
}

int Ipv4Cidr::prefixForAddressCount(quint64 addressCount)
{
    int prefix = 32;
    while (prefix > 0 && (quint64(1) << (32 - prefix)) < addressCount)
        --prefix;
    return (quint64(1) << (32 - prefix)) < addressCount ? -1 : prefix;
}

QString Ipv4Cidr::addressToString(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

quint32 Ipv4Cidr::netmask() const
{
    return isValid() ? maskFor(m_prefixLength) : 0u;
}

quint64 Ipv4Cidr::size() const
{
    return isValid() ? quint64(1) << (32 - m_prefixLength) : 0;
}

bool Ipv4Cidr::contains(quint32 address) const
{
    return isValid() && (address & netmask()) == m_network;
}

bool Ipv4Cidr::contains(const Ipv4Cidr& other) const
{
    return isValid() && other.isValid() && other.m_prefixLength >= m_prefixLength && contains(other.m_network);
}

bool Ipv4Cidr::overlaps(const Ipv4Cidr& other) const
{
    // Two CIDR blocks either nest or are disjoint.
    return contains(other) || other.contains(*this);
}

quint64 Ipv4Cidr::subnetCount(int newPrefix) const
{
    if (!isValid() || newPrefix < m_prefixLength || newPrefix > 32)
        return 0;
    return quint64(1) << (newPrefix - m_prefixLength);
}

Ipv4Cidr Ipv4Cidr::subnet(int newPrefix, quint64 index) const
{
    if (index >= subnetCount(newPrefix))
        return {};
    return Ipv4Cidr(m_network + quint32(index << (32 - newPrefix)), newPrefix);
}

QList<Ipv4Cidr> Ipv4Cidr::split(int newPrefix, quint64 count) const
{
    if (count > subnetCount(newPrefix))
        return {};
    QList<Ipv4Cidr> blocks;
    blocks.reserve(qsizetype(count));
    for (quint64 i = 0; i < count; ++i)
        blocks.append(subnet(newPrefix, i));
    return blocks;
}

Ipv4Cidr Ipv4Cidr::supernet(int newPrefix) const
{
    if (!isValid() || newPrefix < 0 || newPrefix > m_prefixLength)
        return {};
    return Ipv4Cidr(m_network & maskFor(newPrefix), newPrefix);
}

QString Ipv4Cidr::toString() const
{
    if (!isValid())
        return {};
    return addressToString(m_network) + QLatin1Char('/') + QString::number(m_prefixLength);
}

size_t qHash(const Ipv4Cidr& cidr, size_t seed) noexcept
{
    return qHashMulti(seed, cidr.network(), cidr.prefixLength());
}

} // namespace Barista
