// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/credentials/FileCredentialImporter.h"

#include "models/credentials/CloudsYamlReader.h"
#include "models/credentials/OpenrcReader.h"
#include "providers/aws/AwsCredentialSource.h"
#include "providers/aws/AwsProfileReader.h"
#include "providers/openstack/OpenStackCredentials.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QUrl>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace Barista {

namespace {

CloudError invalid(const QString& message)
{
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidCredentialFile"), message);
}

int noPassphrase(char*, int, int, void*)
{
    return -1; // an encrypted key must fail, not prompt on the terminal
}

bool isRsaPrivateKeyPem(const QByteArray& pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    if (!bio)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr), &EVP_PKEY_free);
    return key && EVP_PKEY_is_a(key.get(), "RSA");
}

Result<QByteArray> readSmallFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return invalid(QCoreApplication::translate("FileCredentialImporter", "Cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > 1024 * 1024)
        return invalid(QCoreApplication::translate("FileCredentialImporter", "%1 is too large for a credential file.").arg(path));
    return f.readAll();
}

Result<QJsonObject> readJsonObject(const QString& path)
{
    const Result<QByteArray> bytes = readSmallFile(path);
    if (!bytes.ok())
        return bytes.error();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset as a line number; the text there is never shown (it may be the key).
        const int line = int(bytes.value().left(error.offset).count('\n')) + 1;
        return invalid(QCoreApplication::translate("FileCredentialImporter", "%1 line %2: not valid JSON (%3).").arg(path).arg(line).arg(error.errorString()));
    }
    if (!doc.isObject())
        return invalid(QCoreApplication::translate("FileCredentialImporter", "%1: expected a JSON object.").arg(path));
    return doc.object();
}

QString text(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1String(key)).toString();
}

Result<ImportedCredential> fromOpenStack(const OpenStackCredentials& credentials, const QString& where)
{
    const QString problem = credentials.validationError();
    if (!problem.isEmpty())
        return invalid(QCoreApplication::translate("FileCredentialImporter", "%1: %2").arg(where, problem));
    ImportedCredential imported;
    imported.secret = QJsonDocument(credentials.toJson()).toJson(QJsonDocument::Compact);
    imported.region = credentials.regionName;
    return imported;
}

void suggestName(ImportedCredential* imported, const QString& provider)
{
    if (!imported->region.isEmpty())
        imported->suggestedName = provider + QLatin1Char('-') + imported->region.toLower();
}

} // namespace

QString FileCredentialImporter::gcpKeyError(const QJsonObject& key, const QString& where)
{
    if (text(key, "type") != QLatin1String("service_account"))
        return QCoreApplication::translate("FileCredentialImporter", "%1: key \"type\" is not \"service_account\" (is this a service-account key file?).").arg(where);
    for (const char* required : {"private_key", "client_email", "project_id", "token_uri"}) {
        if (text(key, required).isEmpty())
            return QCoreApplication::translate("FileCredentialImporter", "%1: key \"%2\" is missing or empty.").arg(where, QLatin1String(required));
    }
    if (!isRsaPrivateKeyPem(text(key, "private_key").toUtf8()))
        return QCoreApplication::translate("FileCredentialImporter", "%1: key \"private_key\" is not an unencrypted RSA private key in PEM format.").arg(where);
    const QUrl tokenUri(text(key, "token_uri"), QUrl::StrictMode);
    if (!tokenUri.isValid() || tokenUri.host().isEmpty()
        || (tokenUri.scheme() != QLatin1String("https") && tokenUri.scheme() != QLatin1String("http")))
        return QCoreApplication::translate("FileCredentialImporter", "%1: key \"token_uri\" is not an http(s) URL.").arg(where);
    return QString();
}

Result<QJsonObject> FileCredentialImporter::azureSecret(const QJsonObject& sp, const QString& subscription, const QString& where)
{
    // `az ad sp create-for-rbac` prints appId/password/tenant; its --sdk-auth form and our own
    // secret use clientId/clientSecret/tenantId.
    const QString tenant = text(sp, "tenant").isEmpty() ? text(sp, "tenantId") : text(sp, "tenant");
    const QString client = text(sp, "appId").isEmpty() ? text(sp, "clientId") : text(sp, "appId");
    const QString secret = text(sp, "password").isEmpty() ? text(sp, "clientSecret") : text(sp, "password");
    const QString sub = subscription.isEmpty() ? text(sp, "subscriptionId") : subscription;
    if (tenant.isEmpty())
        return invalid(QCoreApplication::translate("FileCredentialImporter", "%1: key \"tenant\" (or \"tenantId\") is missing.").arg(where));
    if (client.isEmpty())
        return invalid(QCoreApplication::translate("FileCredentialImporter", "%1: key \"appId\" (or \"clientId\") is missing.").arg(where));
    if (secret.isEmpty())
        return invalid(QCoreApplication::translate("FileCredentialImporter", "%1: key \"password\" (or \"clientSecret\") is missing.").arg(where));
    if (sub.isEmpty())
        return invalid(QCoreApplication::translate("FileCredentialImporter", "%1 names no subscription: pass --subscription ID or set AZURE_SUBSCRIPTION_ID.").arg(where));
    return QJsonObject{{QStringLiteral("tenantId"), tenant}, {QStringLiteral("clientId"), client},
                       {QStringLiteral("clientSecret"), secret}, {QStringLiteral("subscriptionId"), sub}};
}

Result<ImportedCredential> FileCredentialImporter::import(const CredentialImportRequest& request,
                                                          const QProcessEnvironment& env) const
{
    ImportedCredential imported;
    switch (request.source) {
    case CredentialSource::AwsProfile: {
        const QString name = request.name.isEmpty() ? QStringLiteral("default") : request.name;
        // An explicit file is the credentials file; the config still comes from the usual place.
        QString config = env.value(QStringLiteral("AWS_CONFIG_FILE"));
        if (config.isEmpty() || !QFile::exists(config))
            config.clear();
        const Result<AwsProfile> profile = request.file.isEmpty() ? AwsProfileReader::read(name, env)
                                                                  : AwsProfileReader::readFiles(name, request.file, config);
        if (!profile.ok())
            return profile.error();
        imported.secret = AwsCredentialSource::toSecret(profile.value().credentials);
        imported.region = profile.value().region;
        suggestName(&imported, QStringLiteral("aws"));
        return imported;
    }
    case CredentialSource::GcpServiceAccount: {
        const Result<QByteArray> bytes = readSmallFile(request.file);
        if (!bytes.ok())
            return bytes.error();
        const Result<QJsonObject> key = readJsonObject(request.file);
        if (!key.ok())
            return key.error();
        const QString problem = gcpKeyError(key.value(), request.file);
        if (!problem.isEmpty())
            return invalid(problem);
        imported.secret = bytes.value(); // verbatim: the adapter reads Google's own format
        imported.notes << QCoreApplication::translate("FileCredentialImporter", "Project %1, service account %2.").arg(text(key.value(), "project_id"), text(key.value(), "client_email"));
        return imported;
    }
    case CredentialSource::AzureServicePrincipal: {
        const Result<QJsonObject> sp = readJsonObject(request.file);
        if (!sp.ok())
            return sp.error();
        const QString subscription = request.subscription.isEmpty() ? env.value(QStringLiteral("AZURE_SUBSCRIPTION_ID"))
                                                                    : request.subscription;
        const Result<QJsonObject> secret = azureSecret(sp.value(), subscription, request.file);
        if (!secret.ok())
            return secret.error();
        imported.secret = QJsonDocument(secret.value()).toJson(QJsonDocument::Compact);
        return imported;
    }
    case CredentialSource::OpenStackCloudsYaml: {
        const Result<CloudsYamlEntry> entry = CloudsYamlReader::read(request.file, request.name, env);
        if (!entry.ok())
            return entry.error();
        Result<ImportedCredential> result = fromOpenStack(OpenStackCredentials::fromJson(entry.value().cloud), entry.value().file);
        if (result.ok()) {
            suggestName(&result.value(), QStringLiteral("openstack"));
            if (!entry.value().secureFile.isEmpty())
                result.value().notes << QCoreApplication::translate("FileCredentialImporter", "Merged %1.").arg(entry.value().secureFile);
        }
        return result;
    }
    case CredentialSource::OpenStackOpenrc: {
        Result<QProcessEnvironment> vars = OpenrcReader::read(request.file, env);
        if (!vars.ok())
            return vars.error();
        // Horizon's openrc asks for the password at run time: then take it from the environment.
        if (vars.value().value(QStringLiteral("OS_PASSWORD")).isEmpty() && !env.value(QStringLiteral("OS_PASSWORD")).isEmpty())
            vars.value().insert(QStringLiteral("OS_PASSWORD"), env.value(QStringLiteral("OS_PASSWORD")));
        Result<ImportedCredential> result = fromOpenStack(OpenStackCredentials::fromEnvironment(vars.value()), request.file);
        if (result.ok())
            suggestName(&result.value(), QStringLiteral("openstack"));
        return result;
    }
    }
    return invalid(QCoreApplication::translate("FileCredentialImporter", "Unknown credential file type."));
}

Result<QByteArray> FileCredentialImporter::fromFields(const QString& provider, const QList<QPair<QString, QString>>& fields) const
{
    QJsonObject json;
    for (const auto& [key, value] : fields)
        if (!value.isEmpty())
            json.insert(key, value);
    const QString where = QCoreApplication::translate("FileCredentialImporter", "The typed credential");
    if (provider == QLatin1String("aws")) {
        const Result<AwsCredentials> keys = AwsCredentialSource::fromSecret(QJsonDocument(json).toJson(), where);
        if (!keys.ok())
            return invalid(keys.error().message);
        return AwsCredentialSource::toSecret(keys.value());
    }
    if (provider == QLatin1String("gcp")) {
        const QJsonObject key = QJsonDocument::fromJson(json.value(QLatin1String("json")).toString().toUtf8()).object();
        const QString problem = gcpKeyError(key, where);
        if (!problem.isEmpty())
            return invalid(problem);
        return json.value(QLatin1String("json")).toString().toUtf8();
    }
    if (provider == QLatin1String("azure")) {
        const Result<QJsonObject> secret = azureSecret(json, QString(), where);
        if (!secret.ok())
            return secret.error();
        return QJsonDocument(secret.value()).toJson(QJsonDocument::Compact);
    }
    if (provider == QLatin1String("openstack")) {
        const Result<ImportedCredential> c = fromOpenStack(OpenStackCredentials::fromJson(json), where);
        if (!c.ok())
            return c.error();
        return c.value().secret;
    }
    return invalid(QCoreApplication::translate("FileCredentialImporter", "Typed credentials are not supported for %1.").arg(provider));
}

} // namespace Barista
