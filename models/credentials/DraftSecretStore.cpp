// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/credentials/DraftSecretStore.h"

#include <QCoreApplication>

namespace Barista {

namespace {
template<typename T>
QFuture<Result<T>> noStore(const QString& key)
{
    return QtFuture::makeReadyFuture(Result<T>(CloudError::make(
        CloudError::Kind::NotFound, QStringLiteral("NoSecretStore"),
        QCoreApplication::translate("DraftSecretStore", "No secret store holds \"%1\".").arg(key))));
}
} // namespace

DraftSecretStore::DraftSecretStore(SecretStore* base)
    : m_base(base)
{
}

void DraftSecretStore::put(const QString& key, const QByteArray& secret)
{
    QMutexLocker lock(&m_mutex);
    m_drafts.insert(key, secret);
}

void DraftSecretStore::drop(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    m_drafts.remove(key);
}

QFuture<Result<QByteArray>> DraftSecretStore::read(const QString& key)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_drafts.constFind(key);
        if (it != m_drafts.constEnd())
            return QtFuture::makeReadyFuture(Result<QByteArray>(it.value()));
    }
    return m_base ? m_base->read(key) : noStore<QByteArray>(key);
}

QFuture<Result<Done>> DraftSecretStore::write(const QString& key, const QByteArray& secret)
{
    return m_base ? m_base->write(key, secret) : noStore<Done>(key);
}

QFuture<Result<Done>> DraftSecretStore::remove(const QString& key)
{
    return m_base ? m_base->remove(key) : noStore<Done>(key);
}

} // namespace Barista
