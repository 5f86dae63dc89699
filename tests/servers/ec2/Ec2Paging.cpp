// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2Paging.h"

namespace Barista {

namespace {

bool decodeToken(const QString& token, const QString& action, int* offset)
{
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    const QList<QByteArray> parts = raw.split(':');
    if (parts.size() != 3 || parts.at(0) != "barista-ec2" || QString::fromLatin1(parts.at(1)) != action)
        return false;
    bool ok = false;
    *offset = parts.at(2).toInt(&ok);
    return ok && *offset >= 0;
}

} // namespace

std::optional<Ec2Error> Ec2Paging::read(const Ec2QueryRequest& request, int minResults, int maxResults)
{
    if (request.has(QStringLiteral("MaxResults"))) {
        bool ok = false;
        const int limit = request.intValue(QStringLiteral("MaxResults"), 0, &ok);
        if (!ok || limit < minResults || limit > maxResults)
            return Ec2Error::client(QStringLiteral("InvalidParameterValue"),
                QStringLiteral("Value ( %1 ) for parameter maxResults is invalid. Expecting a value between %2 and "
                               "%3.")
                    .arg(request.value(QStringLiteral("MaxResults")))
                    .arg(minResults)
                    .arg(maxResults));
    }
    int offset = 0;
    if (request.has(QStringLiteral("NextToken"))
        && !decodeToken(request.value(QStringLiteral("NextToken")), request.action(), &offset))
        return Ec2Error::client(QStringLiteral("InvalidPaginationToken"),
            QStringLiteral("Invalid pagination token: %1").arg(request.value(QStringLiteral("NextToken"))));
    return std::nullopt;
}

Ec2Paging::Ec2Paging(const Ec2QueryRequest& request)
    : m_action(request.action())
    , m_limit(request.intValue(QStringLiteral("MaxResults"), 0))
{
    if (request.has(QStringLiteral("NextToken")))
        decodeToken(request.value(QStringLiteral("NextToken")), m_action, &m_offset);
}

QString Ec2Paging::nextToken(int total) const
{
    if (m_limit <= 0 || m_offset + m_limit >= total)
        return {};
    const QByteArray raw = "barista-ec2:" + m_action.toLatin1() + ':' + QByteArray::number(m_offset + m_limit);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace Barista
