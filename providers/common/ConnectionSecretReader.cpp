// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/common/ConnectionSecretReader.h"

#include "models/interfaces/SecretStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace Barista {

CloudError ConnectionSecretReader::credentialError(const QString& message)
{
    return CloudError::make(CloudError::Kind::Auth, QStringLiteral("InvalidCredential"), message);
}

Result<QByteArray> ConnectionSecretReader::read(SecretStore* store, const QString& ref, const QString& connectionName)
{
    if (ref.isEmpty())
        return credentialError(QCoreApplication::translate("ConnectionSecretReader", "The connection \"%1\" has no credential.")
                                   .arg(connectionName));
    if (!store)
        return credentialError(QCoreApplication::translate(
                                   "ConnectionSecretReader", "No secret store is available to read the credential of \"%1\".")
                                   .arg(connectionName));
    // The store may answer on another thread (a keychain on the main thread): wait, bounded.
    QFuture<Result<QByteArray>> read = store->read(ref);
    QDeadlineTimer deadline(kTimeoutMs);
    while (!read.isFinished() && !deadline.hasExpired())
        QThread::msleep(5);
    if (!read.isFinished() || read.resultCount() == 0)
        return credentialError(QCoreApplication::translate(
                                   "ConnectionSecretReader", "The secret store did not answer for the credential of \"%1\".")
                                   .arg(connectionName));
    return read.result();
}

} // namespace Barista
