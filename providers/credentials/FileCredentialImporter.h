// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CredentialImporter.h"

#include <QJsonObject>

namespace Barista {

/// The importers of the four native adapters' credentials: AWS profiles (AwsProfileReader),
/// GCP service-account keys (checked with OpenSSL, stored verbatim), Azure service principals
/// (rewritten to tenantId/clientId/clientSecret/subscriptionId), OpenStack clouds.yaml and
/// openrc (rewritten to the OpenStackCredentials JSON). The secret is what the adapter reads.
class FileCredentialImporter final : public CredentialImporter
{
public:
    Result<ImportedCredential> import(const CredentialImportRequest& request,
                                      const QProcessEnvironment& env) const override;
    Result<QByteArray> fromFields(const QString& provider, const QList<QPair<QString, QString>>& fields) const override;

    /// A service-account key's problems (type, private_key as RSA PEM, client_email,
    /// project_id, token_uri), empty when usable. `where` names the file in messages.
    static QString gcpKeyError(const QJsonObject& key, const QString& where);
    /// The Azure secret from an `az ad sp create-for-rbac` object (appId, password, tenant) or
    /// one already in our key names; subscription wins over the object's subscriptionId.
    static Result<QJsonObject> azureSecret(const QJsonObject& sp, const QString& subscription, const QString& where);
};

} // namespace Barista
