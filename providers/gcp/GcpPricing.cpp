// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpPricing.h"

#include "models/domain/PriceInfo.h"
#include "providers/gcp/GcpMapper.h"
#include "providers/gcp/GcpPriceMapper.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Barista {

GcpPricing::GcpPricing(GcpSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

Result<ResourcePage> GcpPricing::listPrices(const ListRequest& request)
{
    QString catalogToken;
    GcpPriceMapper::Rates before;
    if (!GcpPriceMapper::decodeToken(request.pageToken, &catalogToken, &before))
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidPageToken"),
            QCoreApplication::translate("GcpPricing", "The page token \"%1\" is not one of this price listing.")
                .arg(request.pageToken.left(80)));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("currencyCode"), QStringLiteral("USD"));
    const int size = request.pageSize > 0 ? qMin(request.pageSize, maxPageSize()) : maxPageSize();
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(size));
    if (!catalogToken.isEmpty())
        query.addQueryItem(QStringLiteral("pageToken"), QString::fromLatin1(QUrl::toPercentEncoding(catalogToken)));
    const Result<QJsonObject> answer
        = m_session.getBilling(QStringLiteral("services/%1/skus").arg(GcpPriceMapper::computeServiceId()), query);
    if (!answer.ok())
        return answer.error();

    GcpPriceMapper::Rates rates = before;
    for (const QJsonValue& sku : answer.value().value(QLatin1String("skus")).toArray()) {
        const std::optional<GcpPriceMapper::Rate> rate = GcpPriceMapper::rateOf(sku.toObject(), m_session.region());
        if (rate && !rates.contains(rate->key)) // the first SKU of a part wins, on every page alike
            rates.insert(rate->key, rate->perHour);
    }
    ResourcePage out;
    const QString next = answer.value().value(QLatin1String("nextPageToken")).toString();
    if (!next.isEmpty())
        out.nextPageToken = GcpPriceMapper::encodeToken(next, rates);
    if (rates == before)
        return out;

    const Result<QJsonArray> types = m_session.all(QStringLiteral("zones/%1/machineTypes").arg(m_session.zone()));
    if (!types.ok())
        return types.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue& type : types.value()) {
        const SpecInfo spec = GcpMapper::toSpec(type.toObject(), m_session.region());
        for (const QString& model : { GcpPriceMapper::onDemand(), GcpPriceMapper::spot() }) {
            const std::optional<double> price = GcpPriceMapper::pricePerHour(spec, rates, model);
            if (!price || GcpPriceMapper::pricePerHour(spec, before, model))
                continue; // unknown, or answered on an earlier page
            PriceInfo info;
            info.provider = GcpMapper::provider();
            info.region = m_session.region();
            info.productId = spec.name;
            info.pricingModel = model;
            info.pricePerHour = price;
            info.fetchedAt = now;
            out.items.append(Resource(info));
        }
    }
    return out;
}

} // namespace Barista
