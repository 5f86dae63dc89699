// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/azure/AzureCredentialSource.h"

#include "providers/common/ConnectionSecretReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Barista {

namespace {

QString firstOf(const QJsonObject& json, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        const QString value = json.value(QLatin1String(name)).toString().trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

} // namespace

Result<AzureCredentials> AzureCredentialSource::fromSecret(const QByteArray& secret, const QString& ref)
{
    const QJsonDocument json = QJsonDocument::fromJson(secret);
    const QJsonObject o = json.object();
    AzureCredentials c;
    c.tenantId = firstOf(o, { "tenantId", "tenant", "TenantId" });
    c.clientId = firstOf(o, { "clientId", "appId", "ClientId" });
    c.clientSecret = firstOf(o, { "clientSecret", "password", "ClientSecret" });
    c.subscriptionId = firstOf(o, { "subscriptionId", "SubscriptionId", "subscription" });
    c.resourceGroup = firstOf(o, { "resourceGroup", "ResourceGroup" });
    if (!json.isObject() || c.tenantId.isEmpty() || c.clientId.isEmpty() || c.clientSecret.isEmpty()
        || c.subscriptionId.isEmpty())
        return ConnectionSecretReader::credentialError(QCoreApplication::translate("AzureCredentialSource",
            "The credential \"%1\" is not an Azure service principal (JSON with tenantId, clientId, clientSecret and "
            "subscriptionId).")
                                                           .arg(ref));
    return c;
}

QByteArray AzureCredentialSource::toSecret(const AzureCredentials& c)
{
    QJsonObject json { { QStringLiteral("tenantId"), c.tenantId }, { QStringLiteral("clientId"), c.clientId },
        { QStringLiteral("clientSecret"), c.clientSecret }, { QStringLiteral("subscriptionId"), c.subscriptionId } };
    if (!c.resourceGroup.isEmpty())
        json.insert(QStringLiteral("resourceGroup"), c.resourceGroup);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

AzureCredentialSource::Loader AzureCredentialSource::fixed(const AzureCredentials& credentials)
{
    return [credentials] { return Result<AzureCredentials>(credentials); };
}

AzureCredentialSource::Loader AzureCredentialSource::forConnection(const ConnectionConfig& connection, SecretStore* store)
{
    const QString ref = connection.credentialRef;
    const QString name = connection.name;
    return [store, ref, name]() -> Result<AzureCredentials> {
        const Result<QByteArray> secret = ConnectionSecretReader::read(store, ref, name);
        if (!secret.ok())
            return secret.error();
        return fromSecret(secret.value(), ref);
    };
}

} // namespace Barista
