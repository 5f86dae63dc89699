// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/SecretStore.h"
#include "providers/secrets/VaultFormat.h"

#include <memory>

namespace Barista {

/// Secrets in one passphrase-encrypted file, for machines without an OS keychain (headless
/// Linux, CI). Layout and crypto: see VaultFormat (scrypt -> AES-256-GCM over the whole map).
///
/// The file is created, mode 0600, on the first write; until then every read is NotFound.
/// Calls run on the global thread pool; writes are serialized in the process (mutex) and
/// between processes (a QLockFile beside the vault), and replace the file atomically
/// (QSaveFile), so concurrent writes never lose each other. Reads open the file afresh, so a
/// write from another process (GUI and CLI) is seen. The scrypt key is derived once, on first
/// use, and kept in memory (wiped on destruction) for the store's life. Futures stay valid if
/// the store is destroyed first.
///
/// Errors: Auth "VaultPassphrase" (wrong passphrase), Internal "VaultCorrupt" (damaged,
/// truncated or not a vault; a damaged vault is never overwritten), Unsupported "VaultVersion",
/// Internal "VaultIo", Transient "VaultBusy" (another process held the lock too long),
/// InvalidRequest "VaultPassphraseEmpty" / "SecretKeyInvalid" / "VaultTooLarge",
/// NotFound "SecretNotFound". remove() of an absent key succeeds.
class VaultSecretStore final : public SecretStore
{
public:
    /// The passphrase is copied (the copy is wiped when the last pending call ends). kdf is used
    /// only when this store creates the vault; an existing vault's header decides.
    VaultSecretStore(const QString& path, const QByteArray& passphrase, const VaultKdfParams& kdf = {});
    ~VaultSecretStore() override;
    Q_DISABLE_COPY_MOVE(VaultSecretStore)

    QString path() const;

    QFuture<Result<QByteArray>> read(const QString& key) override;
    QFuture<Result<Done>> write(const QString& key, const QByteArray& secret) override;
    QFuture<Result<Done>> remove(const QString& key) override;

    /// Done when passphrase opens the vault at path and its contents are intact; otherwise
    /// the error a read would give, or NotFound "VaultMissing" when there is no vault.
    /// Synchronous: it runs one key derivation (~100 ms), so call it off the GUI thread.
    static Result<Done> checkPassphrase(const QString& path, const QByteArray& passphrase);

private:
    class State;
    std::shared_ptr<State> m_state;
};

} // namespace Barista
