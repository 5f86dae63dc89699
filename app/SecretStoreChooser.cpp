// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/SecretStoreChooser.h"

#include "providers/secrets/KeychainSecretStore.h"
#include "providers/secrets/VaultSecretStore.h"

#include <QCoreApplication>

namespace Barista {

std::unique_ptr<SecretStore> SecretStoreChooser::choose(const QString& workspaceDir, QString* why)
{
    const QByteArray forced = qgetenv("BARISTA_SECRET_STORE").trimmed().toLower();
    QByteArray passphrase = qgetenv("BARISTA_VAULT_PASSPHRASE");
    const auto vault = [&]() -> std::unique_ptr<SecretStore> {
        if (passphrase.isEmpty()) {
            if (why)
                *why = QCoreApplication::translate("SecretStoreChooser",
                                                   "No keychain is available and BARISTA_VAULT_PASSPHRASE is not set, "
                                                   "so private keys cannot be kept: set it to use the encrypted vault.");
            return nullptr;
        }
        auto store = std::make_unique<VaultSecretStore>(workspaceDir + QStringLiteral("/secrets.vault"), passphrase);
        passphrase.fill('\0');
        return store;
    };
    if (forced == "none")
        return nullptr;
    if (forced == "vault")
        return vault();
    if (forced == "keychain" || (KeychainSecretStore::isBackendLikelyAvailable() && passphrase.isEmpty()))
        return std::make_unique<KeychainSecretStore>();
    return vault();
}

} // namespace Barista
