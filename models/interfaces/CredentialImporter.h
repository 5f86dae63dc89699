// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Barista {

/// Which file a credential is imported from. Each provider has its own users' habits.
enum class CredentialSource
{
    AwsProfile,        ///< ~/.aws/credentials + config, a named profile
    GcpServiceAccount, ///< a service-account key JSON file (as the Cloud Console downloads it)
    AzureServicePrincipal, ///< the JSON `az ad sp create-for-rbac` prints
    OpenStackCloudsYaml,   ///< clouds.yaml (+ secure.yaml) and a cloud name
    OpenStackOpenrc,       ///< an openrc shell file: its `export OS_...=` lines, never run
};

struct CredentialImportRequest
{
    CredentialSource source = CredentialSource::AwsProfile;
    QString file;         ///< empty: the source's default places (AWS, clouds.yaml)
    QString name;         ///< the AWS profile or the clouds.yaml cloud
    QString subscription; ///< Azure: the subscription id (else AZURE_SUBSCRIPTION_ID or the file's)
};

/// What an import yields: the secret exactly as the native adapter reads it from the
/// SecretStore, plus what the file says about where to connect (the caller's choices win).
struct ImportedCredential
{
    QByteArray secret;
    QString region;   ///< empty when the file names none
    QString suggestedName; ///< "<provider>-<region>" style, empty without a region
    QStringList notes;     ///< translated remarks to show (never containing a secret)
};

/// Reads credential files users already have into the secret the native adapters read.
/// Implemented in providers/ (it checks keys with OpenSSL) and handed to the CLI and the
/// connection dialog by app/. Pure file parsing: no network, no process is started.
/// Errors name the file and the line or key; they never echo a value (it may be a secret).
class CredentialImporter
{
public:
    virtual ~CredentialImporter() = default;
    virtual Result<ImportedCredential> import(const CredentialImportRequest& request,
                                              const QProcessEnvironment& env) const = 0;
    /// The secret for keys typed by hand: fields by the adapters' own key names
    /// (aws_access_key_id, ..., clientSecret, ..., auth_url, password, ...). Checked like an import.
    virtual Result<QByteArray> fromFields(const QString& provider, const QList<QPair<QString, QString>>& fields) const = 0;
};

} // namespace Barista
