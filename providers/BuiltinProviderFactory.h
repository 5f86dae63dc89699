// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/ProviderFactory.h"
#include "providers/sim/SimSettings.h"

#include <QString>

namespace Barista {

class SecretStore;

/// The providers compiled into the product. Driver "sim" gives a SimProvider on the simulated
/// cloud whose state file is $BARISTA_SIM_DB, else "<workspace>/simcloud/cloud.sqlite"; every
/// connection on the same file shares one SimCloud. Driver "native" gives the real adapter
/// where one exists (aws, openstack), reading its credential from the secret store (or, for the
/// reference "env", from the AWS_* or OS_* environment variables).
class BuiltinProviderFactory final : public ProviderFactory
{
public:
    explicit BuiltinProviderFactory(
        const QString& workspaceDir, const SimSettings& simSettings = SimSettings::fromEnvironment());

    /// nullptr with *error for an unknown driver or provider, a region or zone the provider
    /// does not have, a native adapter, or a sim state file that cannot be opened.
    std::shared_ptr<CloudProvider> create(const ConnectionConfig& connection, QString* error) override;

    /// Where native adapters read their credentials; may be set after construction (it is
    /// only used when a native provider is made). Not owned; must outlive the providers.
    void setSecretStore(SecretStore* secrets) { m_secrets = secrets; }

    /// Waits until the providers this process made are all gone (calls still in flight hold
    /// them for a moment after their owners let go); false on timeout. For a clean exit.
    static bool waitUntilProvidersReleased(int msecs);

    QString simDatabasePath() const { return m_simDatabasePath; }
    /// $BARISTA_SIM_DB when set, else "<workspaceDir>/simcloud/cloud.sqlite".
    static QString defaultSimDatabasePath(const QString& workspaceDir);

private:
    QString m_simDatabasePath;
    SimSettings m_simSettings;
    SecretStore* m_secrets = nullptr;
};

} // namespace Barista
