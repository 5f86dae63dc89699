// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Barista {

/// The forms of single values in an infra spec (names, firewall rules, selectors, sizes written
/// as numbers or text) and the wording of values in error messages. Internal to InfraSpecReader.
class InfraSpecSyntax
{
public:
    static bool isValidName(const QString& name);
    static bool isValidFirewallRule(const QString& rule);
    /// "key=value[,key=value]".
    static bool isLabelSelector(const QString& selector);
    /// A whole number from a JSON number or from text ("3", as Tumblebug's examples write sizes).
    static std::optional<qint64> wholeNumber(const QJsonValue& value);
    /// A value as an error message shows it: "abc" quoted (shortened), 3.5, true, null, a list.
    static QString describe(const QJsonValue& value);
    /// The known key key is a slip of (edit distance up to 2, case ignored), or empty.
    static QString closestKey(const QString& key, const QStringList& known);

private:
    /// Levenshtein distance, or limit + 1 as soon as it must exceed limit.
    static int editDistance(const QString& a, const QString& b, int limit);
};

} // namespace Barista
