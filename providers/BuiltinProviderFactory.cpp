// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/BuiltinProviderFactory.h"

#include "providers/aws/AwsProvider.h"
#include "providers/azure/AzureProvider.h"
#include "providers/common/ProviderHost.h"
#include "providers/gcp/GcpProvider.h"
#include "providers/openstack/OpenStackProvider.h"
#include "providers/sim/SimCloud.h"
#include "providers/sim/SimProvider.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>

namespace Barista {

BuiltinProviderFactory::BuiltinProviderFactory(const QString& workspaceDir, const SimSettings& simSettings)
    : m_simDatabasePath(defaultSimDatabasePath(workspaceDir))
    , m_simSettings(simSettings)
{
}

QString BuiltinProviderFactory::defaultSimDatabasePath(const QString& workspaceDir)
{
    const QString fromEnv = qEnvironmentVariable("BARISTA_SIM_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(workspaceDir).filePath(QStringLiteral("simcloud/cloud.sqlite"));
}

std::shared_ptr<CloudProvider> BuiltinProviderFactory::create(const ConnectionConfig& connection, QString* error)
{
    auto refuse = [error](const QString& why) {
        if (error)
            *error = why;
        return std::shared_ptr<CloudProvider>();
    };
    if (connection.driver == QLatin1String("native")) {
        if (connection.provider == QLatin1String("gcp")) {
            const QString invalid = GcpProvider::connectionError(connection);
            if (!invalid.isEmpty())
                return refuse(invalid);
            return std::make_shared<GcpProvider>(connection, GcpServiceAccount::forConnection(connection, m_secrets));
        }
        if (connection.provider == QLatin1String("aws")) {
            const QString invalid = AwsProvider::connectionError(connection);
            if (!invalid.isEmpty())
                return refuse(invalid);
            return std::make_shared<AwsProvider>(connection, AwsCredentialSource::forConnection(connection, m_secrets));
        }
        if (connection.provider == QLatin1String("azure")) {
            const QString invalid = AzureProvider::connectionError(connection);
            if (!invalid.isEmpty())
                return refuse(invalid);
            return std::make_shared<AzureProvider>(connection, AzureCredentialSource::forConnection(connection, m_secrets));
        }
        if (connection.provider != QLatin1String("openstack"))
            return refuse(
                QCoreApplication::translate("BuiltinProviderFactory", "native adapters are not available yet for %1")
                    .arg(connection.provider));
        const QString invalid = OpenStackProvider::connectionError(connection);
        if (!invalid.isEmpty())
            return refuse(invalid);
        return std::make_shared<OpenStackProvider>(
            connection, OpenStackCredentialSource::forConnection(connection, m_secrets));
    }
    if (connection.driver != QLatin1String("sim"))
        return refuse(
            QCoreApplication::translate("BuiltinProviderFactory", "Unknown driver \"%1\".").arg(connection.driver));
    const QString invalid = SimProvider::connectionError(connection);
    if (!invalid.isEmpty())
        return refuse(QCoreApplication::translate(
            "BuiltinProviderFactory", "The connection \"%1\" cannot use the simulated cloud: %2")
                          .arg(connection.name, invalid));
    const std::shared_ptr<SimCloud> cloud = SimCloud::shared(m_simDatabasePath, m_simSettings);
    QString openError;
    if (!cloud->isReady(&openError))
        return refuse(QCoreApplication::translate(
            "BuiltinProviderFactory", "The simulated cloud's state file %1 cannot be opened: %2")
                          .arg(m_simDatabasePath, openError));
    return std::make_shared<SimProvider>(cloud, connection);
}

bool BuiltinProviderFactory::waitUntilProvidersReleased(int msecs)
{
    QDeadlineTimer deadline(msecs);
    const bool sim = SimCloud::waitUntilAllReleased(msecs);
    return ProviderHost::waitUntilAllStopped(int(qMax<qint64>(0, deadline.remainingTime()))) && sim;
}

} // namespace Barista
