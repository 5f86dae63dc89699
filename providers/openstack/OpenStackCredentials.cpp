// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/OpenStackCredentials.h"

#include <QCoreApplication>

namespace Barista {

namespace {

/// The first non-empty string among the keys.
QString pick(const QJsonObject& json, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    return QString();
}

void put(QJsonObject& json, const char* key, const QString& value)
{
    if (!value.isEmpty())
        json.insert(QLatin1String(key), value);
}

} // namespace

QString OpenStackCredentials::validationError() const
{
    if (!authUrl.isValid() || authUrl.host().isEmpty())
        return QCoreApplication::translate("OpenStackCredentials", "The credential has no Keystone URL (auth_url).");
    if (username.isEmpty() && userId.isEmpty())
        return QCoreApplication::translate("OpenStackCredentials", "The credential has no user name.");
    if (password.isEmpty())
        return QCoreApplication::translate("OpenStackCredentials", "The credential has no password.");
    if (!username.isEmpty() && userId.isEmpty() && userDomainName.isEmpty() && userDomainId.isEmpty())
        return QCoreApplication::translate(
            "OpenStackCredentials", "The credential names a user but not the user's domain (user_domain_name).");
    if (projectId.isEmpty() && projectName.isEmpty() && domainName.isEmpty() && domainId.isEmpty())
        return QCoreApplication::translate(
            "OpenStackCredentials", "The credential has no scope: set project_name or project_id (or a domain).");
    if (!projectName.isEmpty() && projectId.isEmpty() && projectDomainName.isEmpty() && projectDomainId.isEmpty())
        return QCoreApplication::translate("OpenStackCredentials",
            "The credential names a project but not the project's domain (project_domain_name).");
    return QString();
}

QUrl OpenStackCredentials::identityUrl() const
{
    QUrl url = authUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/v3")))
        path += QStringLiteral("/v3");
    url.setPath(path);
    return url;
}

QJsonObject OpenStackCredentials::toJson() const
{
    QJsonObject json;
    put(json, "auth_url", authUrl.toString());
    put(json, "username", username);
    put(json, "user_id", userId);
    put(json, "password", password);
    put(json, "user_domain_name", userDomainName);
    put(json, "user_domain_id", userDomainId);
    put(json, "project_name", projectName);
    put(json, "project_id", projectId);
    put(json, "project_domain_name", projectDomainName);
    put(json, "project_domain_id", projectDomainId);
    put(json, "domain_name", domainName);
    put(json, "domain_id", domainId);
    put(json, "interface", interface);
    put(json, "region_name", regionName);
    return json;
}

OpenStackCredentials OpenStackCredentials::fromJson(const QJsonObject& json)
{
    // A clouds.yaml cloud entry keeps the credential under "auth" and the rest beside it.
    const QJsonObject auth = json.value(QLatin1String("auth")).isObject()
        ? json.value(QLatin1String("auth")).toObject()
        : json;
    OpenStackCredentials c;
    c.authUrl = QUrl(pick(auth, { "auth_url", "IdentityEndpoint", "identity_endpoint" }));
    c.username = pick(auth, { "username", "user_name", "Username" });
    c.userId = pick(auth, { "user_id" });
    c.password = pick(auth, { "password", "Password" });
    c.domainName = pick(auth, { "domain_name", "DomainName" });
    c.domainId = pick(auth, { "domain_id" });
    c.userDomainName = pick(auth, { "user_domain_name" });
    c.userDomainId = pick(auth, { "user_domain_id" });
    c.projectName = pick(auth, { "project_name", "tenant_name", "ProjectName" });
    c.projectId = pick(auth, { "project_id", "tenant_id", "ProjectID", "TenantId" });
    c.projectDomainName = pick(auth, { "project_domain_name" });
    c.projectDomainId = pick(auth, { "project_domain_id" });
    // CB-Spider and keystoneauth both let one domain name stand for the user's and the project's.
    if (!c.domainName.isEmpty() && (!c.projectName.isEmpty() || !c.projectId.isEmpty())) {
        if (c.userDomainName.isEmpty() && c.userDomainId.isEmpty())
            c.userDomainName = c.domainName;
        if (c.projectDomainName.isEmpty() && c.projectDomainId.isEmpty())
            c.projectDomainName = c.domainName;
        c.domainName.clear();
    }
    const QString iface = pick(json, { "interface", "endpoint_type" });
    if (!iface.isEmpty())
        c.interface = iface.endsWith(QLatin1String("URL")) ? iface.chopped(3).toLower() : iface; // publicURL
    c.regionName = pick(json, { "region_name", "RegionName" });
    return c;
}

OpenStackCredentials OpenStackCredentials::fromEnvironment(const QProcessEnvironment& env)
{
    QJsonObject json;
    const std::pair<const char*, const char*> names[] = {
        { "OS_AUTH_URL", "auth_url" },
        { "OS_USERNAME", "username" },
        { "OS_USER_ID", "user_id" },
        { "OS_PASSWORD", "password" },
        { "OS_USER_DOMAIN_NAME", "user_domain_name" },
        { "OS_USER_DOMAIN_ID", "user_domain_id" },
        { "OS_PROJECT_NAME", "project_name" },
        { "OS_TENANT_NAME", "tenant_name" },
        { "OS_PROJECT_ID", "project_id" },
        { "OS_PROJECT_DOMAIN_NAME", "project_domain_name" },
        { "OS_PROJECT_DOMAIN_ID", "project_domain_id" },
        { "OS_DOMAIN_NAME", "domain_name" },
        { "OS_DOMAIN_ID", "domain_id" },
        { "OS_INTERFACE", "interface" },
        { "OS_REGION_NAME", "region_name" },
    };
    for (const auto& [variable, key] : names)
        put(json, key, env.value(QLatin1String(variable)));
    return fromJson(json);
}

} // namespace Barista
