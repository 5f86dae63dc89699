// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Barista {

/// Pagination helpers shared by the adapters: "next" links in bodies (OpenStack's
/// "<collection>_links", Glance's "next", Azure's "nextLink", ...), RFC 8288 Link headers, and
/// marker/limit queries.
class HttpPager final
{
public:
    /// The next page's URL from a body, resolved against base; empty on the last page. Looks
    /// for "<collectionKey>_links" ([{"rel": "next", "href": ...}]), then for the string
    /// members "next", "nextLink" and "@odata.nextLink".
    static QUrl nextLink(const QJsonObject& body, const QString& collectionKey, const QUrl& base);
    /// The rel="next" target of a Link header, resolved against base; empty when none.
    static QUrl nextFromLinkHeader(const QByteArray& linkHeader, const QUrl& base);
    /// url with marker (when not empty) and limit (when > 0) set, other query items kept.
    static QUrl withMarker(const QUrl& url, const QString& marker, int limit);
    /// The "marker" query item of a next link; empty when it has none.
    static QString markerOf(const QUrl& next);
};

} // namespace Barista
