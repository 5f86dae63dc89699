// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <memory>

namespace Barista {

class SecretStore;

/// Picks where secrets live on this machine: the OS keychain when one is likely there, else
/// an encrypted vault in the workspace whose passphrase comes from $BARISTA_VAULT_PASSPHRASE.
/// $BARISTA_SECRET_STORE=vault|keychain|none forces a choice (tests use the vault: they must
/// never touch a real keychain). nullptr when neither is usable; *why then says what to do.
class SecretStoreChooser
{
public:
    static std::unique_ptr<SecretStore> choose(const QString& workspaceDir, QString* why);
};

} // namespace Barista
