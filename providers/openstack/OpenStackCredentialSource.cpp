// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/OpenStackCredentialSource.h"

#include "providers/common/ConnectionSecretReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Barista {

namespace {

CloudError credentialError(const QString& message)
{
    return CloudError::make(CloudError::Kind::Auth, QStringLiteral("InvalidCredential"), message);
}

} // namespace

OpenStackCredentialSource::Loader OpenStackCredentialSource::forConnection(
    const ConnectionConfig& connection, SecretStore* store)
{
    const QString ref = connection.credentialRef;
    const QUrl endpoint = connection.endpointOverride;
    const QString name = connection.name;
    return [store, ref, endpoint, name]() -> Result<OpenStackCredentials> {
        OpenStackCredentials credentials;
        if (ref == environmentRef()) {
            credentials = OpenStackCredentials::fromEnvironment(QProcessEnvironment::systemEnvironment());
        } else {
            const Result<QByteArray> secret = ConnectionSecretReader::read(store, ref, name);
            if (!secret.ok())
                return secret.error();
            const QJsonDocument json = QJsonDocument::fromJson(secret.value());
            if (!json.isObject())
                return credentialError(QCoreApplication::translate("OpenStackCredentialSource",
                    "The credential \"%1\" is not an OpenStack credential (JSON with auth_url, username, password, ...).")
                        .arg(ref));
            credentials = OpenStackCredentials::fromJson(json.object());
        }
        if (credentials.authUrl.isEmpty())
            credentials.authUrl = endpoint;
        const QString invalid = credentials.validationError();
        if (!invalid.isEmpty())
            return credentialError(invalid);
        return credentials;
    };
}

} // namespace Barista
