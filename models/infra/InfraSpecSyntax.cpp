// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraSpecSyntax.h"

#include "models/infra/InfraSpecReader.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Barista {

namespace {

bool isPort(const QString& text, int* port)
{
    if (text.isEmpty() || text.size() > 5)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    *port = text.toInt();
    return *port >= 1 && *port <= 65535;
}

bool isCidr(const QString& cidr)
{
    const QStringList parts = cidr.split(QLatin1Char('/'));
    if (parts.size() != 2 || parts.at(1).isEmpty() || parts.at(1).size() > 3)
        return false;
    bool ok = false;
    const int prefix = parts.at(1).toInt(&ok);
    const QString& address = parts.at(0);
    if (!ok || prefix < 0 || parts.at(1).startsWith(QLatin1Char('+')))
        return false;
    if (address.contains(QLatin1Char(':'))) {
        // IPv6 in shape only: hex groups, at most one "::"; the provider checks the rest.
        if (prefix > 128 || address.count(QStringLiteral("::")) > 1 || address.size() > 45)
            return false;
        const QStringList groups = address.split(QLatin1Char(':'));
        if (groups.size() < 3 || groups.size() > 8)
            return false;
        for (const QString& group : groups) {
            if (group.size() > 4)
                return false;
            for (const QChar c : group) {
                if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
                    return false;
            }
        }
        return true;
    }
    const QStringList octets = address.split(QLatin1Char('.'));
    if (prefix > 32 || octets.size() != 4)
        return false;
    for (const QString& octet : octets) {
        int value = 0;
        if (octet == QLatin1String("0"))
            continue;
        if (!isPort(octet, &value) || value > 255)
            return false;
    }
    return true;
}

} // namespace

int InfraSpecSyntax::editDistance(const QString& a, const QString& b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
            rowMin = std::min(rowMin, current[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::optional<qint64> InfraSpecSyntax::wholeNumber(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::floor(number) != number || std::abs(number) > 1e15)
            return std::nullopt;
        return qint64(number);
    }
    if (!value.isString())
        return std::nullopt;
    // Tumblebug's own examples write sizes as strings ("3").
    const QString text = value.toString().trimmed();
    const qsizetype start = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (text.size() == start || text.size() > 16)
        return std::nullopt;
    for (qsizetype i = start; i < text.size(); ++i) {
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return std::nullopt;
    }
    return text.toLongLong();
}

bool InfraSpecSyntax::isLabelSelector(const QString& selector)
{
    const QStringList pairs = selector.split(QLatin1Char(','));
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0 || pair.left(equals).trimmed().isEmpty())
            return false;
    }
    return true;
}

bool InfraSpecSyntax::isValidName(const QString& name)
{
    if (name.isEmpty() || name.size() > InfraSpecReader::MaxNameLength)
        return false;
    if (name.at(0) < QLatin1Char('a') || name.at(0) > QLatin1Char('z'))
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('-');
    });
}

bool InfraSpecSyntax::isValidFirewallRule(const QString& rule)
{
    const QStringList parts = rule.split(QLatin1Char('@'));
    if (parts.size() > 2 || (parts.size() == 2 && !isCidr(parts.at(1))))
        return false;
    const QString& body = parts.at(0);
    if (body == QLatin1String("icmp") || body == QLatin1String("all"))
        return true;
    const QStringList protocolPorts = body.split(QLatin1Char('/'));
    if (protocolPorts.size() != 2)
        return false;
    if (protocolPorts.at(0) != QLatin1String("tcp") && protocolPorts.at(0) != QLatin1String("udp"))
        return false;
    const QStringList range = protocolPorts.at(1).split(QLatin1Char('-'));
    int from = 0;
    int to = 0;
    if (range.size() > 2 || !isPort(range.at(0), &from))
        return false;
    if (range.size() == 2 && (!isPort(range.at(1), &to) || to < from))
        return false;
    return true;
}

QString InfraSpecSyntax::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 60)
            text = text.left(57) + QStringLiteral("...");
        return QStringLiteral("\"%1\"").arg(text);
    }
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 10);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QCoreApplication::translate("InfraSpecReader", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("InfraSpecReader", "a mapping");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("InfraSpecReader", "nothing");
}

QString InfraSpecSyntax::closestKey(const QString& key, const QStringList& known)
{
    const QString folded = key.toLower();
    QString best;
    int bestDistance = 3;
    for (const QString& candidate : known) {
        // Short keys ("vm", "zone") tolerate one slip only, or "id" would be taken for "vm".
        const int limit = candidate.size() <= 4 ? 1 : 2;
        const int distance = editDistance(folded, candidate.toLower(), limit);
        if (distance <= limit && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace Barista
