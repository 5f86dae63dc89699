// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpLoadBalancerParts.h"

#include "providers/gcp/GcpLoadBalancingHelpers.h"
#include "providers/gcp/GcpMapper.h"

#include <QCoreApplication>
#include <QJsonArray>

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

Result<QList<QJsonObject>> GcpLoadBalancerParts::instancesInVpc(const QList<Iid>& vms, const QString& vpc)
{
    QList<QJsonObject> out;
    for (const Iid& vmIid : vms) {
        const QString vm = GcpLbHelpers::nameOf(vmIid);
        const Result<QJsonObject> instance
            = m_session.get(QStringLiteral("zones/%1/instances/%2").arg(m_session.zone(), vm));
        if (!instance.ok())
            return instance.error();
        const QJsonArray nics = instance.value().value(QLatin1String("networkInterfaces")).toArray();
        if (nics.isEmpty() || GcpMapper::lastSegment(GcpLbHelpers::text(nics.first().toObject(), "network")) != vpc)
            return GcpLbHelpers::invalid(
                QCoreApplication::translate("GcpLoadBalancing", "The VM \"%1\" is not in the VPC \"%2\".")
                    .arg(vm, vpc));
        out.append(instance.value());
    }
    return out;
}

QString GcpLoadBalancerParts::relative(const QString& reference)
{
    const int at = reference.indexOf(QLatin1String("projects/"));
    return at < 0 ? reference : reference.mid(at).section(QLatin1Char('/'), 2);
}

} // namespace Barista
