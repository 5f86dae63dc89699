// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"

#include <QByteArray>
#include <QString>

namespace Barista {

class SecretStore;

/// Reads a connection's credential from the secret store for a native adapter's worker thread:
/// a missing reference, a missing store and a store that does not answer in time are Auth
/// errors naming the connection. The caller parses the bytes (provider-specific).
class ConnectionSecretReader final
{
public:
    /// How long a read may take (a keychain may ask the user).
    static constexpr int kTimeoutMs = 60000;

    static Result<QByteArray> read(SecretStore* store, const QString& ref, const QString& connectionName);
    static CloudError credentialError(const QString& message);
};

} // namespace Barista
