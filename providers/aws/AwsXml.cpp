// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsXml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace Barista {

const AwsXmlNode& AwsXmlNode::null()
{
    static const AwsXmlNode empty;
    return empty;
}

Result<AwsXmlNode> AwsXmlNode::parse(const QByteArray& body)
{
    QXmlStreamReader xml(body);
    QList<AwsXmlNode> stack;
    AwsXmlNode root;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            AwsXmlNode node;
            node.name = xml.name().toString(); // local name: the namespace is ignored
            stack.append(node);
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty() && !xml.isWhitespace())
                stack.last().text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            AwsXmlNode done = stack.takeLast();
            done.text = done.text.trimmed();
            if (stack.isEmpty())
                root = std::move(done);
            else
                stack.last().children.append(std::move(done));
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError() || root.isNull())
        return CloudError::make(CloudError::Kind::Internal, QStringLiteral("MalformedResponse"),
            QCoreApplication::translate("AwsXml", "The answer is not readable XML: %1")
                .arg(xml.hasError() ? xml.errorString() : QCoreApplication::translate("AwsXml", "no element")));
    return root;
}

const AwsXmlNode& AwsXmlNode::child(const QString& childName) const
{
    for (const AwsXmlNode& node : children) {
        if (node.name == childName)
            return node;
    }
    return null();
}

int AwsXmlNode::intValue(const QString& childName, int fallback) const
{
    bool ok = false;
    const int number = value(childName).toInt(&ok);
    return ok ? number : fallback;
}

qint64 AwsXmlNode::longValue(const QString& childName, qint64 fallback) const
{
    bool ok = false;
    const qint64 number = value(childName).toLongLong(&ok);
    return ok ? number : fallback;
}

QList<AwsXmlNode> AwsXmlNode::items(const QString& setName) const
{
    QList<AwsXmlNode> out;
    for (const AwsXmlNode& node : child(setName).children) {
        if (node.name == QLatin1String("item"))
            out.append(node);
    }
    return out;
}

QList<AwsXmlNode> AwsXmlNode::members(const QString& listName) const
{
    QList<AwsXmlNode> out;
    for (const AwsXmlNode& node : child(listName).children) {
        if (node.name == QLatin1String("member"))
            out.append(node);
    }
    return out;
}

QStringList AwsXmlNode::memberTexts(const QString& listName) const
{
    QStringList out;
    for (const AwsXmlNode& node : members(listName))
        out.append(node.text);
    return out;
}

QStringList AwsXmlNode::itemTexts(const QString& setName) const
{
    QStringList out;
    for (const AwsXmlNode& node : items(setName))
        out.append(node.text);
    return out;
}

const AwsXmlNode& AwsXmlNode::find(const QString& descendant) const
{
    for (const AwsXmlNode& node : children) {
        if (node.name == descendant)
            return node;
        const AwsXmlNode& deeper = node.find(descendant);
        if (!deeper.isNull())
            return deeper;
    }
    return null();
}

} // namespace Barista
