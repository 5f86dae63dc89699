// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/secrets/KeychainSecretStore.h"

#include <QPromise>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

namespace Barista {

namespace {

// Long enough for a person to type the keychain's unlock password, short enough that a prompt
// shown on no screen (a headless session) does not block the caller forever.
constexpr int DefaultTimeoutMs = 120000;

/// One call's promise, fulfilled once: by the job, by the timeout, or (with Canceled) when the
/// last reference goes without either having happened.
template <typename T> class Completion
{
public:
    Completion() { m_promise.start(); }
    ~Completion()
    {
        finish(CloudError::make(CloudError::Kind::Canceled, QStringLiteral("KeychainCanceled"),
            KeychainSecretStore::tr("The keychain request was abandoned.")));
    }
    Q_DISABLE_COPY_MOVE(Completion)

    QFuture<Result<T>> future() { return m_promise.future(); }
    void finish(Result<T> result)
    {
        if (m_done)
            return;
        m_done = true;
        m_promise.addResult(std::move(result));
        m_promise.finish();
    }

private:
    QPromise<Result<T>> m_promise;
    bool m_done = false;
};

std::optional<CloudError> invalidKey(const QString& key)
{
    if (!key.isEmpty())
        return std::nullopt;
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("SecretKeyInvalid"),
        KeychainSecretStore::tr("A secret needs a name."));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : KeychainSecretStore(defaultServiceName(), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_timeoutMs(DefaultTimeoutMs)
{
}

// Pending jobs are children: deleting them drops their connections, whose captured
// Completions then cancel the callers' futures.
KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::defaultServiceName()
{
    return QStringLiteral("io.github.cloudbarista.BaristaConsole");
}

QString KeychainSecretStore::serviceName() const
{
    return m_service;
}

void KeychainSecretStore::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(0, ms);
}

int KeychainSecretStore::timeoutMs() const
{
    return m_timeoutMs;
}

QFuture<Result<QByteArray>> KeychainSecretStore::read(const QString& key)
{
    auto done = std::make_shared<Completion<QByteArray>>();
    QFuture<Result<QByteArray>> future = done->future();
    if (auto error = invalidKey(key)) {
        done->finish(*error);
        return future;
    }
    QMetaObject::invokeMethod(this, [this, key, done] {
        startJob(
            new QKeychain::ReadPasswordJob(m_service, this), key,
            [done](QKeychain::Job* job) {
                if (job->error() != QKeychain::NoError)
                    done->finish(errorFromKeychain(job->error(), job->errorString()));
                else
                    done->finish(static_cast<QKeychain::ReadPasswordJob*>(job)->binaryData());
            },
            [done](const CloudError& error) { done->finish(error); });
    });
    return future;
}

QFuture<Result<Done>> KeychainSecretStore::write(const QString& key, const QByteArray& secret)
{
    auto done = std::make_shared<Completion<Done>>();
    QFuture<Result<Done>> future = done->future();
    if (auto error = invalidKey(key)) {
        done->finish(*error);
        return future;
    }
    QMetaObject::invokeMethod(this, [this, key, secret, done] {
        auto* job = new QKeychain::WritePasswordJob(m_service, this);
        job->setBinaryData(secret);
        startJob(
            job, key,
            [done](QKeychain::Job* finished) {
                if (finished->error() != QKeychain::NoError)
                    done->finish(errorFromKeychain(finished->error(), finished->errorString()));
                else
                    done->finish(Done {});
            },
            [done](const CloudError& error) { done->finish(error); });
    });
    return future;
}

QFuture<Result<Done>> KeychainSecretStore::remove(const QString& key)
{
    auto done = std::make_shared<Completion<Done>>();
    QFuture<Result<Done>> future = done->future();
    if (auto error = invalidKey(key)) {
        done->finish(*error);
        return future;
    }
    QMetaObject::invokeMethod(this, [this, key, done] {
        startJob(
            new QKeychain::DeletePasswordJob(m_service, this), key,
            [done](QKeychain::Job* job) {
                // Removing what is not there leaves the keychain as the caller wants it.
                if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
                    done->finish(errorFromKeychain(job->error(), job->errorString()));
                else
                    done->finish(Done {});
            },
            [done](const CloudError& error) { done->finish(error); });
    });
    return future;
}

void KeychainSecretStore::startJob(QKeychain::Job* job, const QString& key,
    std::function<void(QKeychain::Job*)> onFinished, std::function<void(const CloudError&)> onTimeout)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never QSettings
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, std::move(onFinished));
    if (const int timeout = m_timeoutMs; timeout > 0) {
        // The job is the timer's context: once it has finished and deleted itself, no timeout.
        QTimer::singleShot(timeout, job, [onTimeout = std::move(onTimeout), timeout] {
            onTimeout(CloudError::make(CloudError::Kind::Timeout, QStringLiteral("KeychainTimeout"),
                tr("The keychain did not answer within %n second(s).", nullptr, timeout / 1000)));
        });
    }
    job->start();
}

bool KeychainSecretStore::isBackendLikelyAvailable()
{
    if (!qEnvironmentVariableIsEmpty("BARISTA_NO_KEYCHAIN"))
        return false;
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN)
    return true;
#else
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#endif
}

CloudError KeychainSecretStore::errorFromKeychain(int keychainError, const QString& message)
{
    CloudError::Kind kind = CloudError::Kind::Internal;
    QString code = QStringLiteral("KeychainError");
    switch (keychainError) {
    case QKeychain::EntryNotFound:
        kind = CloudError::Kind::NotFound;
        code = QStringLiteral("KeychainEntryNotFound");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        kind = CloudError::Kind::Auth;
        code = QStringLiteral("KeychainAccessDenied");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        kind = CloudError::Kind::Unsupported;
        code = QStringLiteral("KeychainNoBackend");
        break;
    default:
        break;
    }
    // QtKeychain's text is what the platform said; keep it verbatim, with a fallback so the
    // user never sees an empty error.
    return CloudError::make(
        kind, code, message.isEmpty() ? tr("The keychain reported error %1.").arg(keychainError) : message);
}

} // namespace Barista
