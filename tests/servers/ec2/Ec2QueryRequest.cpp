// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2QueryRequest.h"

#include <QCryptographicHash>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace Barista {

namespace {

QString decode(QByteArray part, bool formEncoded)
{
    if (formEncoded)
        part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

} // namespace

Ec2QueryRequest Ec2QueryRequest::parse(const QByteArray& encoded, bool formEncoded)
{
    Ec2QueryRequest request;
    for (const QByteArray& pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = decode(eq < 0 ? pair : pair.left(eq), formEncoded);
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1), formEncoded);
        request.m_params.insert(name, value);
    }
    return request;
}

void Ec2QueryRequest::merge(const Ec2QueryRequest& other)
{
    for (auto it = other.m_params.cbegin(); it != other.m_params.cend(); ++it)
        m_params.insert(it.key(), it.value());
}

int Ec2QueryRequest::intValue(const QString& name, int fallback, bool* ok) const
{
    if (ok)
        *ok = true;
    if (!m_params.contains(name))
        return fallback;
    bool parsed = false;
    const int v = m_params.value(name).toInt(&parsed);
    if (ok)
        *ok = parsed;
    return parsed ? v : fallback;
}

QList<int> Ec2QueryRequest::indexes(const QString& prefix) const
{
    const QString head = prefix + QLatin1Char('.');
    QSet<int> seen;
    for (auto it = m_params.lowerBound(head); it != m_params.cend() && it.key().startsWith(head); ++it) {
        const QString rest = it.key().mid(head.size());
        bool ok = false;
        const int n = rest.section(QLatin1Char('.'), 0, 0).toInt(&ok);
        if (ok)
            seen.insert(n);
    }
    QList<int> out(seen.cbegin(), seen.cend());
    std::sort(out.begin(), out.end());
    return out;
}

QStringList Ec2QueryRequest::list(const QString& prefix) const
{
    QStringList out;
    for (int n : indexes(prefix)) {
        const QString key = QStringLiteral("%1.%2").arg(prefix).arg(n);
        if (m_params.contains(key))
            out << m_params.value(key);
    }
    return out;
}

QList<Ec2Filter> Ec2QueryRequest::filters() const
{
    QList<Ec2Filter> out;
    for (int n : indexes(QStringLiteral("Filter"))) {
        const QString base = QStringLiteral("Filter.%1").arg(n);
        out.append({ value(base + QStringLiteral(".Name")), list(base + QStringLiteral(".Value")) });
    }
    return out;
}

Ec2Tags Ec2QueryRequest::tags(const QString& prefix) const
{
    Ec2Tags out;
    for (int n : indexes(prefix)) {
        const QString base = QStringLiteral("%1.%2").arg(prefix).arg(n);
        out.append({ value(base + QStringLiteral(".Key")), value(base + QStringLiteral(".Value")) });
    }
    return out;
}

QList<Ec2TagSpecification> Ec2QueryRequest::tagSpecifications() const
{
    QList<Ec2TagSpecification> out;
    for (int n : indexes(QStringLiteral("TagSpecification"))) {
        const QString base = QStringLiteral("TagSpecification.%1").arg(n);
        out.append({ value(base + QStringLiteral(".ResourceType")), tags(base + QStringLiteral(".Tag")) });
    }
    return out;
}

QByteArray Ec2QueryRequest::fingerprint(const QStringList& ignored) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = m_params.cbegin(); it != m_params.cend(); ++it) {
        if (ignored.contains(it.key()))
            continue;
        hash.addData(it.key().toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(it.value().toUtf8());
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return hash.result().toHex();
}

} // namespace Barista
