// SPDX-License-Identifier: GPL-3.0-or-later
// Writes EC2 Query API replies: <ActionResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
// with a requestId, "...Set" lists of <item>s, and the error document
// <Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>.
#pragma once

#include "tests/servers/ec2/Ec2Error.h"
#include "tests/servers/ec2/Ec2Model.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

namespace Barista {

class Ec2XmlWriter
{
public:
    static constexpr const char* kNamespace = "http://ec2.amazonaws.com/doc/2016-11-15/";

    Ec2XmlWriter(const QString& action, const QString& requestId);
    Q_DISABLE_COPY_MOVE(Ec2XmlWriter)

    void start(const QString& name) { m_xml.writeStartElement(name); }
    void end() { m_xml.writeEndElement(); }
    void item() { m_xml.writeStartElement(QStringLiteral("item")); }
    void text(const QString& name, const QString& value) { m_xml.writeTextElement(name, value); }
    void number(const QString& name, qint64 value) { m_xml.writeTextElement(name, QString::number(value)); }
    void boolean(const QString& name, bool value)
    {
        m_xml.writeTextElement(name, value ? QStringLiteral("true") : QStringLiteral("false"));
    }
    void time(const QString& name, const QDateTime& value) { text(name, isoTime(value)); }
    void empty(const QString& name) { m_xml.writeEmptyElement(name); }
    void tagSet(const Ec2Tags& tags, const QString& element = QStringLiteral("tagSet"));
    // <returnValue>true</returnValue> style replies ("return" for most actions).
    void returnTrue() { boolean(QStringLiteral("return"), true); }

    QByteArray finish();

    static QByteArray errorDocument(const Ec2Error& error, const QString& requestId);
    static QString isoTime(const QDateTime& value);

private:
    QByteArray m_buffer;
    QXmlStreamWriter m_xml;
};

} // namespace Barista
