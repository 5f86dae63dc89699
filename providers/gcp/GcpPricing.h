// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/gcp/GcpSession.h"

namespace Barista {

/// Linux on-demand (and Spot) prices of the machine types of the connection's zone, from the
/// Cloud Billing Catalog API: GET services/6F81-5844-456A/skus?currencyCode=USD&pageSize=N
/// &pageToken=T. One of our pages is one catalog page; its SKUs of the connection's region add
/// rates to those of the pages before (carried in our page token, GcpPriceMapper), and the page
/// answers the prices of the machine types that became complete with it. Machine types come
/// from the Compute API (as the Spec listing names them), read only on pages that added rates.
class GcpPricing final
{
public:
    GcpPricing(GcpSession& session, const ConnectionConfig& connection);

    /// Google's upper bound for pageSize (also used when the request leaves it to us).
    static int maxPageSize() { return 5000; }

    Result<ResourcePage> listPrices(const ListRequest& request);

private:
    GcpSession& m_session;
    ConnectionConfig m_connection;
};

} // namespace Barista
