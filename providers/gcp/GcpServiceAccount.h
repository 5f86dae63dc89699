// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace Barista {

class SecretStore;

/// A service-account key file exactly as Google issues it ({"type": "service_account",
/// "project_id", "private_key_id", "private_key", "client_email", "client_id", "token_uri", ...}).
/// The project of the connection is project_id.
struct GcpServiceAccount
{
    QString projectId;
    QString privateKeyId;
    QByteArray privateKeyPem; ///< a secret: registered with the redactor before any use
    QString clientEmail;
    QString clientId;
    QString tokenUri = defaultTokenUri();

    static QString defaultTokenUri() { return QStringLiteral("https://oauth2.googleapis.com/token"); }

    /// Auth "InvalidCredential" when the bytes are not such a key file.
    static Result<GcpServiceAccount> fromJson(const QByteArray& json, const QString& ref);
    QByteArray toJson() const;

    using Loader = std::function<Result<GcpServiceAccount>()>;
    /// Reads the connection's secret (ConnectionSecretReader) on the worker thread.
    static Loader forConnection(const ConnectionConfig& connection, SecretStore* store);
    static Loader fixed(const GcpServiceAccount& account);
};

} // namespace Barista
