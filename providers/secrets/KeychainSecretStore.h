// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/SecretStore.h"

#include <QObject>

#include <atomic>
#include <functional>

namespace QKeychain {
class Job;
}

namespace Barista {

/// Secrets in the OS keychain (macOS Keychain, Windows Credential Manager, Secret Service /
/// KWallet on Linux) through QtKeychain, under one service name, as binary data. Never falls
/// back to plain-text storage.
///
/// QtKeychain jobs need an event loop: every call is forwarded to this object's thread, the job
/// is created and started there, and the future is fulfilled from its finished() signal (or
/// from the timeout, since a keychain can wait forever on an unlock prompt no one sees).
/// Callable from any thread. Destroying the store cancels pending calls: their futures carry
/// a Canceled error. remove() of an absent key succeeds.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject* parent = nullptr);
    /// A store under another service name (e.g. a throw-away one for an integration test).
    explicit KeychainSecretStore(const QString& service, QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    /// "io.github.cloudbarista.BaristaConsole"
    static QString defaultServiceName();
    QString serviceName() const;

    /// How long one call may wait for the keychain before failing with Timeout; 0 waits forever.
    void setTimeoutMs(int ms);
    int timeoutMs() const;

    QFuture<Result<QByteArray>> read(const QString& key) override;
    QFuture<Result<Done>> write(const QString& key, const QByteArray& secret) override;
    QFuture<Result<Done>> remove(const QString& key) override;

    /// A guess, without touching the keychain, whether one is there: false when the environment
    /// variable BARISTA_NO_KEYCHAIN is set (tests, CI); true on macOS and Windows; elsewhere,
    /// whether DBUS_SESSION_BUS_ADDRESS is set (Secret Service and KWallet are reached over the
    /// session bus).
    static bool isBackendLikelyAvailable();

    /// QtKeychain's error (a QKeychain::Error value) and message as a CloudError: EntryNotFound
    /// -> NotFound, AccessDenied(ByUser) -> Auth, NoBackendAvailable/NotImplemented ->
    /// Unsupported, anything else -> Internal. The message is QtKeychain's own.
    static CloudError errorFromKeychain(int keychainError, const QString& message);

private:
    void startJob(QKeychain::Job* job, const QString& key, std::function<void(QKeychain::Job*)> onFinished,
        std::function<void(const CloudError&)> onTimeout);

    const QString m_service;
    std::atomic<int> m_timeoutMs;
};

} // namespace Barista
