// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Barista {

/// One element of an EC2 Query API answer: its local name (namespaces are ignored, as EC2 changes
/// its namespace URI with each API version), its text and its child elements. EC2's answers are
/// small trees of "...Set" lists of "item"s; walking a tree reads better than a stream reader
/// in every mapper.
class AwsXmlNode final
{
public:
    QString name;
    QString text; ///< the element's own character data, trimmed
    QList<AwsXmlNode> children;

    /// Reads a whole document; an unreadable body gives an Internal "MalformedResponse" error.
    static Result<AwsXmlNode> parse(const QByteArray& body);

    bool isNull() const { return name.isEmpty(); }
    /// The first child of that name, or a null node (so chains like child("a").child("b") are safe).
    const AwsXmlNode& child(const QString& childName) const;
    /// The text of the first child of that name; empty when absent.
    QString value(const QString& childName) const { return child(childName).text; }
    int intValue(const QString& childName, int fallback = 0) const;
    qint64 longValue(const QString& childName, qint64 fallback = 0) const;
    bool boolValue(const QString& childName) const { return value(childName) == QLatin1String("true"); }
    /// The "item" children of the child list of that name (EC2's <xxxSet><item/>...</xxxSet>).
    QList<AwsXmlNode> items(const QString& setName) const;
    /// The "member" children of the child list of that name (the ELBv2 and other Query APIs'
    /// <Xs><member/>...</Xs>).
    QList<AwsXmlNode> members(const QString& listName) const;
    QStringList memberTexts(const QString& listName) const;
    /// The texts of "item" children that hold plain text (<supportedArchitectures><item>x86_64</item>).
    QStringList itemTexts(const QString& setName) const;
    /// The first descendant (depth first) of that name, or a null node.
    const AwsXmlNode& find(const QString& descendant) const;

    static const AwsXmlNode& null();
};

} // namespace Barista
