// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Elbv2XmlWriter.h"

namespace Barista {

Elbv2XmlWriter::Elbv2XmlWriter(const QString& action, const QString& requestId)
    : m_requestId(requestId)
    , m_xml(&m_buffer)
{
    m_xml.writeStartDocument();
    m_xml.writeStartElement(action + QStringLiteral("Response"));
    m_xml.writeDefaultNamespace(QString::fromLatin1(kNamespace));
    m_xml.writeStartElement(action + QStringLiteral("Result"));
}

void Elbv2XmlWriter::tags(const Ec2Tags& tags)
{
    start(QStringLiteral("Tags"));
    for (const auto& [key, value] : tags) {
        member();
        text(QStringLiteral("Key"), key);
        text(QStringLiteral("Value"), value);
        end();
    }
    end();
}

QByteArray Elbv2XmlWriter::finish()
{
    // The handler has closed what it opened: what is open now is the Response and its Result.
    m_xml.writeEndElement();
    m_xml.writeStartElement(QStringLiteral("ResponseMetadata"));
    m_xml.writeTextElement(QStringLiteral("RequestId"), m_requestId);
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
    return m_buffer;
}

QByteArray Elbv2XmlWriter::errorDocument(const Ec2Error& error, const QString& requestId)
{
    QByteArray buffer;
    QXmlStreamWriter xml(&buffer);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("ErrorResponse"));
    xml.writeDefaultNamespace(QString::fromLatin1(kNamespace));
    xml.writeStartElement(QStringLiteral("Error"));
    xml.writeTextElement(
        QStringLiteral("Type"), error.httpStatus >= 500 ? QStringLiteral("Receiver") : QStringLiteral("Sender"));
    xml.writeTextElement(QStringLiteral("Code"), error.code);
    xml.writeTextElement(QStringLiteral("Message"), error.message);
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("RequestId"), requestId);
    xml.writeEndDocument();
    return buffer;
}

} // namespace Barista
