// SPDX-License-Identifier: GPL-3.0-or-later
// The Cloud Billing Catalog API (v1) of the GCP test server, under /cloudbilling/v1/:
//   GET services                         the public services (Compute Engine only)
//   GET services/{serviceId}/skus        ?currencyCode=USD&pageSize=1..5000&pageToken=...
// answering {"skus": [...], "nextPageToken": ""} as Google documents it (cloud.google.com/billing/
// v1/how-tos/catalog-api): pages of at most 5000 SKUs, an opaque pageToken, the last page
// with an empty token. Errors use the API's status-only shape {"error": {"code", "message",
// "status"}}. Simplification: only USD is served (another currencyCode is INVALID_ARGUMENT;
// Google would convert). The seed: Compute Engine SKUs of Seoul (asia-northeast3), Americas
// (us-central1, us-east1, us-west1) and EMEA (europe-west1, europe-north1) — core/RAM of E2, N2,
// N1 and A2, Preemptible ("Spot Preemptible ...") and commitment variants, custom and sole-tenant
// cores, A100/L4 GPUs, a Windows licence and a disk. The on-demand core/RAM rates reproduce the
// SkyPilot catalog's prices of the machine types this server lists (within its 5-decimal
// rounding; Americas rates are Google's published ones).
#pragma once

#include "tests/servers/gcp/GcpComputeState.h"

#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

namespace Barista {

class GcpBillingCatalog
{
public:
    static QString computeServiceId() { return QStringLiteral("6F81-5844-456A"); }
    // Every seeded SKU in catalog order.
    static QList<QJsonObject> skus();
    // The first seeded SKU with this description, or an empty object.
    static QJsonObject skuByDescription(const QString& description);
    // The price in USD per usage unit of a seeded SKU (its single tier).
    static double unitPrice(const QJsonObject& sku);

    // segments: the path after /cloudbilling/v1/.
    static GcpOutcome handle(const QByteArray& method, const QStringList& segments, const QUrlQuery& query);
};

} // namespace Barista
