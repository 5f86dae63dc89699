// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace Barista {

/// Where credentials and private keys live: the OS keychain, or an encrypted vault where
/// there is none. Never SQLite, QSettings or a log. Keys are opaque references
/// ("connection/aws-seoul", "keypair/<token>").
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual QFuture<Result<QByteArray>> read(const QString& key) = 0;
    virtual QFuture<Result<Done>> write(const QString& key, const QByteArray& secret) = 0;
    virtual QFuture<Result<Done>> remove(const QString& key) = 0;
};

} // namespace Barista
