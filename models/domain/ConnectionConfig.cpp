// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/ConnectionConfig.h"

#include "models/domain/DomainJson.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace Barista {

namespace {
constexpr int MAX_NAME_LENGTH = 64;

const std::pair<const char*, const char*> PROVIDERS[] = {
    { "aws", "AWS" },
    { "azure", "Azure" },
    { "gcp", "GCP" },
    { "alibaba", "Alibaba Cloud" },
    { "tencent", "Tencent Cloud" },
    { "ibm", "IBM Cloud VPC" },
    { "openstack", "OpenStack" },
    { "ncp", "NAVER Cloud (NCP)" },
    { "nhn", "NHN Cloud" },
    { "kt", "KT Cloud" },
};
} // namespace

QStringList knownProviders()
{
    QStringList providers;
    for (const auto& [id, displayName] : PROVIDERS)
        providers.append(QLatin1String(id));
    return providers;
}

QString providerDisplayName(const QString& provider)
{
    for (const auto& [id, displayName] : PROVIDERS) {
        if (provider == QLatin1String(id))
            return QLatin1String(displayName);
    }
    return provider;
}

QString ConnectionConfig::validationError() const
{
    // Names end up in file names, CLI arguments and journal keys, hence the narrow alphabet.
    static const QRegularExpression namePattern(QStringLiteral("\\A[A-Za-z0-9._-]+\\z"));
    if (name.isEmpty())
        return QCoreApplication::translate("ConnectionConfig", "The connection name is empty.");
    if (name.size() > MAX_NAME_LENGTH)
        return QCoreApplication::translate("ConnectionConfig", "The connection name is longer than %1 characters.")
            .arg(MAX_NAME_LENGTH);
    if (!namePattern.match(name).hasMatch())
        return QCoreApplication::translate(
            "ConnectionConfig", "The connection name may only contain letters, digits, '.', '_' and '-'.");
    if (!knownProviders().contains(provider))
        return QCoreApplication::translate("ConnectionConfig", "The provider \"%1\" is not one of: %2.")
            .arg(provider, knownProviders().join(QStringLiteral(", ")));
    if (driver != QLatin1String("sim") && driver != QLatin1String("native"))
        return QCoreApplication::translate("ConnectionConfig", "The driver \"%1\" is neither \"sim\" nor \"native\".")
            .arg(driver);
    if (region.isEmpty())
        return QCoreApplication::translate("ConnectionConfig", "The region is empty.");
    if (!endpointOverride.isEmpty()) {
        const QString scheme = endpointOverride.scheme();
        if (!endpointOverride.isValid() || endpointOverride.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return QCoreApplication::translate(
                "ConnectionConfig", "The endpoint override \"%1\" is not an http(s) URL.")
                .arg(endpointOverride.toString());
    }
    return QString();
}

QJsonObject ConnectionConfig::toJson() const
{
    QJsonObject json {
        { QStringLiteral("name"), name },
        { QStringLiteral("driver"), driver },
        { QStringLiteral("provider"), provider },
        { QStringLiteral("credentialRef"), credentialRef },
        { QStringLiteral("region"), region },
        { QStringLiteral("zone"), zone },
    };
    if (!endpointOverride.isEmpty())
        json.insert(QLatin1String("endpointOverride"), endpointOverride.toString());
    // Written only when set, so connections saved before these fields existed read back equal.
    if (allowInsecureHttp)
        json.insert(QLatin1String("allowInsecureHttp"), true);
    if (!caBundle.isEmpty())
        json.insert(QLatin1String("caBundle"), caBundle);
    return json;
}

ConnectionConfig ConnectionConfig::fromJson(const QJsonObject& json)
{
    using DomainJson::read;
    ConnectionConfig config;
    read(json, "name", config.name);
    read(json, "driver", config.driver);
    read(json, "provider", config.provider);
    read(json, "credentialRef", config.credentialRef);
    read(json, "region", config.region);
    read(json, "zone", config.zone);
    QString endpoint;
    read(json, "endpointOverride", endpoint);
    config.endpointOverride = QUrl(endpoint);
    read(json, "allowInsecureHttp", config.allowInsecureHttp);
    read(json, "caBundle", config.caBundle);
    return config;
}

} // namespace Barista
