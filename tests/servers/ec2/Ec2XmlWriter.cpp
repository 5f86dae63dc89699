// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2XmlWriter.h"

#include <QTimeZone>

namespace Barista {

Ec2XmlWriter::Ec2XmlWriter(const QString& action, const QString& requestId)
    : m_xml(&m_buffer)
{
    m_xml.writeStartDocument();
    m_xml.writeStartElement(action + QStringLiteral("Response"));
    m_xml.writeDefaultNamespace(QString::fromLatin1(kNamespace));
    m_xml.writeTextElement(QStringLiteral("requestId"), requestId);
}

void Ec2XmlWriter::tagSet(const Ec2Tags& tags, const QString& element)
{
    start(element);
    for (const auto& [key, value] : tags) {
        item();
        text(QStringLiteral("key"), key);
        text(QStringLiteral("value"), value);
        end();
    }
    end();
}

QByteArray Ec2XmlWriter::finish()
{
    m_xml.writeEndDocument(); // closes every open element
    return m_buffer;
}

QByteArray Ec2XmlWriter::errorDocument(const Ec2Error& error, const QString& requestId)
{
    QByteArray buffer;
    QXmlStreamWriter xml(&buffer);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Response"));
    xml.writeStartElement(QStringLiteral("Errors"));
    xml.writeStartElement(QStringLiteral("Error"));
    xml.writeTextElement(QStringLiteral("Code"), error.code);
    xml.writeTextElement(QStringLiteral("Message"), error.message);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("RequestID"), requestId);
    xml.writeEndDocument();
    return buffer;
}

QString Ec2XmlWriter::isoTime(const QDateTime& value)
{
    return value.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

} // namespace Barista
