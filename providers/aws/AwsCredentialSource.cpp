// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsCredentialSource.h"

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

QString firstOf(const QJsonObject& json, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        const QString value = json.value(QLatin1String(name)).toString().trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

Result<AwsCredentials> checked(const AwsCredentials& credentials, const QString& where)
{
    if (credentials.accessKeyId.isEmpty() || credentials.secretAccessKey.isEmpty())
        return credentialError(QCoreApplication::translate(
            "AwsCredentialSource", "The credential %1 needs an access key id and a secret access key.")
                                   .arg(where));
    return credentials;
}

} // namespace

Result<AwsCredentials> AwsCredentialSource::fromSecret(const QByteArray& secret, const QString& ref)
{
    const QJsonDocument json = QJsonDocument::fromJson(secret);
    if (!json.isObject())
        return credentialError(QCoreApplication::translate("AwsCredentialSource",
            "The credential \"%1\" is not an AWS credential (JSON with aws_access_key_id and aws_secret_access_key).")
                                   .arg(ref));
    const QJsonObject object = json.object();
    AwsCredentials credentials;
    credentials.accessKeyId = firstOf(object, { "aws_access_key_id", "accessKeyId", "AccessKeyId", "ClientId" });
    credentials.secretAccessKey
        = firstOf(object, { "aws_secret_access_key", "secretAccessKey", "SecretAccessKey", "ClientSecret" });
    credentials.sessionToken = firstOf(object, { "aws_session_token", "sessionToken", "SessionToken" });
    return checked(credentials, QStringLiteral("\"%1\"").arg(ref));
}

Result<AwsCredentials> AwsCredentialSource::fromEnvironment(const QProcessEnvironment& env)
{
    AwsCredentials credentials;
    credentials.accessKeyId = env.value(QStringLiteral("AWS_ACCESS_KEY_ID")).trimmed();
    credentials.secretAccessKey = env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")).trimmed();
    credentials.sessionToken = env.value(QStringLiteral("AWS_SESSION_TOKEN")).trimmed();
    return checked(credentials, QStringLiteral("AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY"));
}

QByteArray AwsCredentialSource::toSecret(const AwsCredentials& credentials)
{
    QJsonObject json { { QStringLiteral("aws_access_key_id"), credentials.accessKeyId },
        { QStringLiteral("aws_secret_access_key"), credentials.secretAccessKey } };
    if (!credentials.sessionToken.isEmpty())
        json.insert(QStringLiteral("aws_session_token"), credentials.sessionToken);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

AwsCredentialSource::Loader AwsCredentialSource::fixed(const AwsCredentials& credentials)
{
    return [credentials] { return Result<AwsCredentials>(credentials); };
}

AwsCredentialSource::Loader AwsCredentialSource::forConnection(const ConnectionConfig& connection, SecretStore* store)
{
    const QString ref = connection.credentialRef;
    const QString name = connection.name;
    return [store, ref, name]() -> Result<AwsCredentials> {
        if (ref == environmentRef())
            return fromEnvironment(QProcessEnvironment::systemEnvironment());
        const Result<QByteArray> secret = ConnectionSecretReader::read(store, ref, name);
        if (!secret.ok())
            return secret.error();
        return fromSecret(secret.value(), ref);
    };
}

} // namespace Barista
