// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpServiceAccount.h"

#include "providers/common/ConnectionSecretReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Barista {

Result<GcpServiceAccount> GcpServiceAccount::fromJson(const QByteArray& json, const QString& ref)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    GcpServiceAccount account;
    account.projectId = object.value(QLatin1String("project_id")).toString();
    account.privateKeyId = object.value(QLatin1String("private_key_id")).toString();
    account.privateKeyPem = object.value(QLatin1String("private_key")).toString().toUtf8();
    account.clientEmail = object.value(QLatin1String("client_email")).toString();
    account.clientId = object.value(QLatin1String("client_id")).toString();
    const QString tokenUri = object.value(QLatin1String("token_uri")).toString();
    if (!tokenUri.isEmpty())
        account.tokenUri = tokenUri;
    const QString type = object.value(QLatin1String("type")).toString();
    if ((!type.isEmpty() && type != QLatin1String("service_account")) || account.projectId.isEmpty()
        || account.privateKeyPem.isEmpty() || account.clientEmail.isEmpty())
        return CloudError::make(CloudError::Kind::Auth, QStringLiteral("InvalidCredential"),
            QCoreApplication::translate("GcpServiceAccount",
                "The credential \"%1\" is not a GCP service-account key (JSON with type \"service_account\", "
                "project_id, private_key and client_email).")
                .arg(ref));
    return account;
}

QByteArray GcpServiceAccount::toJson() const
{
    const QJsonObject object { { QStringLiteral("type"), QStringLiteral("service_account") },
        { QStringLiteral("project_id"), projectId }, { QStringLiteral("private_key_id"), privateKeyId },
        { QStringLiteral("private_key"), QString::fromUtf8(privateKeyPem) },
        { QStringLiteral("client_email"), clientEmail }, { QStringLiteral("client_id"), clientId },
        { QStringLiteral("token_uri"), tokenUri } };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

GcpServiceAccount::Loader GcpServiceAccount::forConnection(const ConnectionConfig& connection, SecretStore* store)
{
    const QString ref = connection.credentialRef;
    const QString name = connection.name;
    return [store, ref, name]() -> Result<GcpServiceAccount> {
        const Result<QByteArray> secret = ConnectionSecretReader::read(store, ref, name);
        if (!secret.ok())
            return secret.error();
        return fromJson(secret.value(), ref);
    };
}

GcpServiceAccount::Loader GcpServiceAccount::fixed(const GcpServiceAccount& account)
{
    return [account] { return Result<GcpServiceAccount>(account); };
}

} // namespace Barista
