// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace Barista {

/// Keystone v3 password credentials and scope. Stored in the SecretStore as JSON with the
/// keys of clouds.yaml's "auth" block (auth_url, username, password, project_name,
/// user_domain_name, ...); fromJson also reads a whole clouds.yaml cloud entry (with "auth",
/// "region_name", "interface") and CB-Spider's key names (IdentityEndpoint, Username,
/// Password, DomainName, ProjectID).
struct OpenStackCredentials
{
    QUrl authUrl;
    QString username;
    QString userId;
    QString password;
    QString userDomainName;
    QString userDomainId;
    QString projectName;
    QString projectId;
    QString projectDomainName;
    QString projectDomainId;
    QString domainName; ///< a domain scope (instead of a project), or both domains' default
    QString domainId;
    QString interface = QStringLiteral("public"); ///< which catalog endpoints to use
    QString regionName; ///< clouds.yaml's region_name; the connection's region wins

    /// Empty when usable; else a sentence naming what is missing.
    QString validationError() const;
    /// auth_url with "/v3" appended when it names no version.
    QUrl identityUrl() const;

    QJsonObject toJson() const;
    static OpenStackCredentials fromJson(const QJsonObject& json);
    /// OS_AUTH_URL, OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME, ... as openrc files set them.
    static OpenStackCredentials fromEnvironment(const QProcessEnvironment& env);
};

} // namespace Barista
