// SPDX-License-Identifier: GPL-3.0-or-later
// Writes ELBv2 Query API replies: <ActionResponse xmlns="http://elasticloadbalancing.amazonaws.com/
// doc/2015-12-01/"><ActionResult>...</ActionResult><ResponseMetadata><RequestId/></ResponseMetadata>,
// lists as <member> elements, and the error document
// <ErrorResponse><Error><Type>Sender</Type><Code/><Message/></Error><RequestId/></ErrorResponse>.
#pragma once

#include "tests/servers/ec2/Ec2Error.h"
#include "tests/servers/ec2/Ec2Model.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

namespace Barista {

class Elbv2XmlWriter
{
public:
    static constexpr const char* kNamespace = "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";
    static QString version() { return QStringLiteral("2015-12-01"); }

    Elbv2XmlWriter(const QString& action, const QString& requestId);
    Q_DISABLE_COPY_MOVE(Elbv2XmlWriter)

    void start(const QString& name) { m_xml.writeStartElement(name); }
    void end() { m_xml.writeEndElement(); }
    void member() { m_xml.writeStartElement(QStringLiteral("member")); }
    void text(const QString& name, const QString& value) { m_xml.writeTextElement(name, value); }
    void number(const QString& name, qint64 value) { m_xml.writeTextElement(name, QString::number(value)); }
    void tags(const Ec2Tags& tags); // <Tags><member><Key/><Value/></member>...</Tags>

    QByteArray finish();

    static QByteArray errorDocument(const Ec2Error& error, const QString& requestId);

private:
    QString m_requestId;
    QByteArray m_buffer;
    QXmlStreamWriter m_xml;
};

} // namespace Barista
