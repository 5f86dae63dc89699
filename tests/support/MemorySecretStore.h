// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/SecretStore.h"

#include <QList>
#include <QMap>
#include <QMutex>
#include <QStringList>

#include <optional>

namespace Barista {

/// A SecretStore in memory for tests: thread-safe, answers with ready futures, and can be told
/// to fail the next call(s) with a given error. remove() of an absent key succeeds, as in the
/// real stores.
class MemorySecretStore final : public SecretStore
{
public:
    MemorySecretStore() = default;

    QFuture<Result<QByteArray>> read(const QString& key) override;
    QFuture<Result<Done>> write(const QString& key, const QByteArray& secret) override;
    QFuture<Result<Done>> remove(const QString& key) override;

    /// The next call (read, write or remove) fails with error and changes nothing; queued
    /// failures are used in order, one per call.
    void failNextCall(const CloudError& error);

    bool contains(const QString& key) const;
    /// The stored value, or an empty array when absent.
    QByteArray value(const QString& key) const;
    QStringList keys() const;
    /// Calls made so far, failed ones included.
    int callCount() const;

private:
    std::optional<CloudError> takeFailure();

    mutable QMutex m_mutex;
    QMap<QString, QByteArray> m_secrets;
    QList<CloudError> m_failures;
    int m_calls = 0;
};

} // namespace Barista
