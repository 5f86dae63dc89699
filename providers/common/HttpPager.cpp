// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/common/HttpPager.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Barista {

namespace {

QUrl resolved(const QString& href, const QUrl& base)
{
    if (href.isEmpty())
        return QUrl();
    const QUrl link(href);
    return link.isRelative() ? base.resolved(link) : link;
}

} // namespace

QUrl HttpPager::nextLink(const QJsonObject& body, const QString& collectionKey, const QUrl& base)
{
    const QJsonArray links = body.value(collectionKey + QStringLiteral("_links")).toArray();
    for (const QJsonValue& link : links) {
        const QJsonObject object = link.toObject();
        if (object.value(QLatin1String("rel")).toString() == QLatin1String("next"))
            return resolved(object.value(QLatin1String("href")).toString(), base);
    }
    for (const char* key : { "next", "nextLink", "@odata.nextLink" }) {
        const QJsonValue value = body.value(QLatin1String(key));
        if (value.isString())
            return resolved(value.toString(), base);
    }
    return QUrl();
}

QUrl HttpPager::nextFromLinkHeader(const QByteArray& linkHeader, const QUrl& base)
{
    static const QRegularExpression entry(QStringLiteral("<([^>]*)>([^,]*)"));
    static const QRegularExpression relNext(
        QStringLiteral(";\\s*rel\\s*=\\s*\"?(?:[^\";]*\\s)?next(?:\\s[^\";]*)?\"?"), QRegularExpression::CaseInsensitiveOption);
    auto it = entry.globalMatch(QString::fromLatin1(linkHeader));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (relNext.match(match.captured(2)).hasMatch())
            return resolved(match.captured(1), base);
    }
    return QUrl();
}

QUrl HttpPager::withMarker(const QUrl& url, const QString& marker, int limit)
{
    QUrl out = url;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("marker"));
    query.removeAllQueryItems(QStringLiteral("limit"));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!marker.isEmpty())
        query.addQueryItem(QStringLiteral("marker"), QString::fromLatin1(QUrl::toPercentEncoding(marker)));
    out.setQuery(query);
    return out;
}

QString HttpPager::markerOf(const QUrl& next)
{
    return QUrlQuery(next).queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
}

} // namespace Barista
