// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/OpenStackCredentialSource.h"

#include "models/interfaces/SecretStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

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
            if (ref.isEmpty())
                return credentialError(QCoreApplication::translate(
                    "OpenStackCredentialSource", "The connection \"%1\" has no credential.").arg(name));
            if (!store)
                return credentialError(QCoreApplication::translate("OpenStackCredentialSource",
                    "No secret store is available to read the credential of \"%1\".").arg(name));
            // The store may answer on another thread (a keychain on the main thread): wait, bounded.
            QFuture<Result<QByteArray>> read = store->read(ref);
            QDeadlineTimer deadline(kSecretReadTimeoutMs);
            while (!read.isFinished() && !deadline.hasExpired())
                QThread::msleep(5);
            if (!read.isFinished() || read.resultCount() == 0)
                return credentialError(QCoreApplication::translate("OpenStackCredentialSource",
                    "The secret store did not answer for the credential of \"%1\".").arg(name));
            const Result<QByteArray> secret = read.result();
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
