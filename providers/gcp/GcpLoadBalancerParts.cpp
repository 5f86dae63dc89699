// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpLoadBalancerParts.h"

namespace Barista {

GcpLoadBalancerParts::GcpLoadBalancerParts(GcpSession& session)
    : m_session(session)
{
}

Result<QJsonObject> GcpLoadBalancerParts::insert(
    const QString& collection, const QJsonObject& body, const QString& requestId)
{
    const QString path = collection + QLatin1Char('/') + body.value(QLatin1String("name")).toString();
    Result<QJsonObject> done = m_session.mutate(QByteArrayLiteral("POST"), collection, body, requestId);
    if (!done.ok())
        return done.error();
    const Result<QJsonObject> part = m_session.get(path);
    if (part.ok() || part.error().kind != CloudError::Kind::NotFound)
        return part;
    // The requestId answered an earlier attempt's Operation whose part was rolled back since.
    done = m_session.mutate(QByteArrayLiteral("POST"), collection, body, GcpSession::requestId({}, {}));
    if (!done.ok())
        return done.error();
    return m_session.get(path);
}

Result<bool> GcpLoadBalancerParts::remove(const QString& path, const QString& requestId, bool tolerateInUse)
{
    const Result<QJsonObject> gone = m_session.mutate(QByteArrayLiteral("DELETE"), path, {}, requestId);
    if (gone.ok())
        return true;
    if (gone.error().kind == CloudError::Kind::NotFound)
        return false;
    if (tolerateInUse && gone.error().providerCode == QLatin1String("resourceInUseByAnotherResource"))
        return false;
    return gone.error();
}

QString GcpLoadBalancerParts::relative(const QString& reference)
{
    const int at = reference.indexOf(QLatin1String("projects/"));
    return at < 0 ? reference : reference.mid(at).section(QLatin1Char('/'), 2);
}

} // namespace Barista
