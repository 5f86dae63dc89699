// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/SecretStore.h"

#include <QHash>
#include <QMutex>

namespace Barista {

/// A SecretStore for connections still being edited: secrets put here live in memory only
/// (a "Test connection" before anything is saved); other keys are read from the real store.
/// Writes and removes go to the real store (null: they fail).
class DraftSecretStore final : public SecretStore
{
public:
    explicit DraftSecretStore(SecretStore* base = nullptr);

    void put(const QString& key, const QByteArray& secret);
    void drop(const QString& key);

    QFuture<Result<QByteArray>> read(const QString& key) override;
    QFuture<Result<Done>> write(const QString& key, const QByteArray& secret) override;
    QFuture<Result<Done>> remove(const QString& key) override;

private:
    SecretStore* m_base;
    QMutex m_mutex; // adapters read on their worker threads
    QHash<QString, QByteArray> m_drafts;
};

} // namespace Barista
