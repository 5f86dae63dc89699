// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Barista {

/// A connection, in Cloud-Barista's sense: driver + provider + credential + region/zone,
/// plus an optional endpoint override (AWS-compatible clouds, private OpenStack, test servers).
/// The credential is a *reference* into the SecretStore, never the secret itself.
struct ConnectionConfig
{
    QString name;       ///< unique in a workspace, e.g. "aws-seoul"
    QString driver = QStringLiteral("sim"); ///< "sim" (the simulated cloud) or "native"
    QString provider;   ///< "aws", "azure", "gcp", "alibaba", "tencent", "ibm", "openstack", "ncp", "nhn", "kt"
    QString credentialRef;
    QString region;
    QString zone;
    QUrl endpointOverride;
    /// The user confirmed plain http to an endpoint that is not on loopback (a private cloud
    /// without TLS). Loopback endpoints never need it; TLS is never weakened by it.
    bool allowInsecureHttp = false;
    /// A PEM file of extra CA certificates to trust for this connection (private clouds);
    /// empty = the system's trust store only.
    QString caBundle;

    /// Empty when valid; otherwise a sentence naming the bad field.
    QString validationError() const;

    QJsonObject toJson() const;
    static ConnectionConfig fromJson(const QJsonObject& json);
    bool operator==(const ConnectionConfig&) const = default;
};

/// The ten providers, in the order the product lists them.
QStringList knownProviders();
/// "AWS", "Azure", "GCP", "Alibaba Cloud", ... (a proper name, not translated).
QString providerDisplayName(const QString& provider);

} // namespace Barista
