// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/Result.h"

#include <QByteArray>
#include <functional>

namespace Barista {

class SecretStore;

/// A service principal: what the client-credentials grant and ARM need.
struct AzureCredentials
{
    QString tenantId;
    QString clientId;
    QString clientSecret;
    QString subscriptionId;
    QString resourceGroup; ///< optional: where our resources go (default "barista-<region>")
};

/// Where an Azure connection's service principal comes from: a SecretStore key whose secret is
/// JSON {"tenantId", "clientId", "clientSecret", "subscriptionId", "resourceGroup"?}; az's names
/// ("tenant", "appId", "password", from `az ad sp create-for-rbac`) and CB-Spider's
/// ("TenantId", "ClientId", "ClientSecret", "SubscriptionId", "ResourceGroup") are read too.
/// Read on a worker thread at the first call and again after an Auth failure.
class AzureCredentialSource final
{
public:
    using Loader = std::function<Result<AzureCredentials>()>;

    static Loader forConnection(const ConnectionConfig& connection, SecretStore* store);
    static Loader fixed(const AzureCredentials& credentials);
    /// An Auth "InvalidCredential" error when it is not JSON or lacks a field.
    static Result<AzureCredentials> fromSecret(const QByteArray& secret, const QString& ref);
    static QByteArray toSecret(const AzureCredentials& credentials);
};

} // namespace Barista
