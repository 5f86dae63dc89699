// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/MemorySecretStore.h"

#include <QMutexLocker>

namespace Barista {

QFuture<Result<QByteArray>> MemorySecretStore::read(const QString& key)
{
    QMutexLocker locker(&m_mutex);
    if (auto failure = takeFailure())
        return QtFuture::makeReadyFuture(Result<QByteArray>(*failure));
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        return QtFuture::makeReadyFuture(Result<QByteArray>(CloudError::make(
            CloudError::Kind::NotFound, QStringLiteral("SecretNotFound"), QStringLiteral("No secret named ") + key)));
    return QtFuture::makeReadyFuture(Result<QByteArray>(*it));
}

QFuture<Result<Done>> MemorySecretStore::write(const QString& key, const QByteArray& secret)
{
    QMutexLocker locker(&m_mutex);
    if (auto failure = takeFailure())
        return QtFuture::makeReadyFuture(Result<Done>(*failure));
    m_secrets.insert(key, secret);
    return QtFuture::makeReadyFuture(Result<Done>(Done {}));
}

QFuture<Result<Done>> MemorySecretStore::remove(const QString& key)
{
    QMutexLocker locker(&m_mutex);
    if (auto failure = takeFailure())
        return QtFuture::makeReadyFuture(Result<Done>(*failure));
    m_secrets.remove(key);
    return QtFuture::makeReadyFuture(Result<Done>(Done {}));
}

void MemorySecretStore::failNextCall(const CloudError& error)
{
    QMutexLocker locker(&m_mutex);
    m_failures.append(error);
}

bool MemorySecretStore::contains(const QString& key) const
{
    QMutexLocker locker(&m_mutex);
    return m_secrets.contains(key);
}

QByteArray MemorySecretStore::value(const QString& key) const
{
    QMutexLocker locker(&m_mutex);
    return m_secrets.value(key);
}

QStringList MemorySecretStore::keys() const
{
    QMutexLocker locker(&m_mutex);
    return m_secrets.keys();
}

int MemorySecretStore::callCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_calls;
}

std::optional<CloudError> MemorySecretStore::takeFailure()
{
    ++m_calls; // every call passes here exactly once, under the mutex
    if (m_failures.isEmpty())
        return std::nullopt;
    return m_failures.takeFirst();
}

} // namespace Barista
