// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppContext.h"

#include "app/SecretStoreChooser.h"
#include "models/catalog/CatalogStore.h"
#include "models/credentials/DraftSecretStore.h"
#include "models/infra/InfraEngine.h"
#include "models/infra/InfraReviewer.h"
#include "models/infra/InfraStore.h"
#include "models/interfaces/SecretStore.h"
#include "models/jobs/ProviderLimits.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/jobs/SystemClock.h"
#include "models/workspace/CatalogRefresher.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/ConnectionTester.h"
#include "models/workspace/JobHistory.h"
#include "models/workspace/Journal.h"
#include "models/workspace/Reconciler.h"
#include "models/workspace/ResourceService.h"
#include "models/workspace/Workspace.h"
#include "providers/BuiltinProviderFactory.h"
#include "providers/credentials/FileCredentialImporter.h"
#include "providers/ssh/LibsshRemoteShell.h"
#include "providers/ssh/OpenSslSshKeyFactory.h"

namespace Barista {

AppContext::AppContext(const QString& workspacePath)
    : m_workspace(std::make_unique<Workspace>(workspacePath))
{
}

AppContext::~AppContext()
{
    // Services first: they hold pointers into the queue, journal and workspace.
    m_infraReviewer.reset();
    m_infraEngine.reset();
    m_infraStore.reset();
    m_shell.reset();
    m_catalogRefresher.reset();
    m_catalog.reset();
    m_reconciler.reset();
    m_tester.reset();
    m_draftFactory.reset();
    m_drafts.reset();
    m_resources.reset();
    m_providers.reset();
    m_factory.reset();
    m_jobHistory.reset();
    m_jobs.reset();
    m_journal.reset();
    m_connections.reset();
    // Continuations of calls still in flight may hold the last provider references; the
    // simulated clouds' threads must be stopped before the application object goes away.
    if (!BuiltinProviderFactory::waitUntilProvidersReleased(10000))
        qWarning("providers still busy at exit");
}

bool AppContext::open(QString* error)
{
    if (!m_workspace->open(error))
        return false;
    m_clock = std::make_unique<SystemClock>();
    m_connections = std::make_unique<ConnectionStore>(m_workspace.get());
    m_journal = std::make_unique<Journal>(m_workspace.get());
    m_jobs = std::make_unique<JobQueue>(m_clock.get());
    m_jobHistory = std::make_unique<JobHistory>(m_workspace.get(), m_jobs.get());
    m_factory = std::make_unique<BuiltinProviderFactory>(m_workspace->path());
    m_providers = std::make_unique<ProviderRegistry>(m_factory.get(), m_connections.get());
    m_resources = std::make_unique<ResourceService>(m_providers.get(), m_jobs.get(), m_journal.get());
    m_reconciler = std::make_unique<Reconciler>(m_journal.get(), m_providers.get(), m_jobs.get());
    if (m_workspace->isNew())
        seedSampleConnections();
    applyProviderLimits();
    QObject::connect(m_connections.get(), &ConnectionStore::connectionsChanged, m_connections.get(),
                     [this] { applyProviderLimits(); });

    m_secrets = SecretStoreChooser::choose(m_workspace->path(), &m_secretsWhy);
    // Native adapters read their credentials from it when a provider is made (after this).
    m_factory->setSecretStore(m_secrets.get());
    m_importer = std::make_unique<FileCredentialImporter>();
    m_drafts = std::make_unique<DraftSecretStore>(m_secrets.get());
    m_draftFactory = std::make_unique<BuiltinProviderFactory>(m_workspace->path());
    m_draftFactory->setSecretStore(m_drafts.get());
    m_tester = std::make_unique<ConnectionTester>(m_providers.get(), m_jobs.get());
    m_tester->setDraftFactory(m_draftFactory.get(), m_drafts.get());
    m_keys = std::make_unique<OpenSslSshKeyFactory>();
    m_shell = std::make_unique<LibsshRemoteShell>(m_workspace->path() + QStringLiteral("/known_hosts"));
    m_infraStore = std::make_unique<InfraStore>(m_workspace.get());
    InfraEngine::Services services;
    services.store = m_infraStore.get();
    services.resources = m_resources.get();
    services.connections = m_connections.get();
    services.jobs = m_jobs.get();
    services.reconciler = m_reconciler.get();
    services.secrets = m_secrets.get();
    services.keys = m_keys.get();
    services.shell = m_shell.get();
    m_infraEngine = std::make_unique<InfraEngine>(services);
    // The simulated cloud's clock runs timeScale times as fast: so do our polls and waits.
    const double scale = SimSettings::fromEnvironment().timeScale;
    m_infraEngine->setPollInterval(qMax<qint64>(5, qint64(5000 * scale)));
    m_infraEngine->setSettleTimeout(qMax<qint64>(30000, qint64(20 * 60 * 1000 * scale)));
    m_infraEngine->setReleaseRetry(6, qMax<qint64>(5, qint64(2000 * scale)));
    return true;
}

void AppContext::applyProviderLimits()
{
    const double scale = SimSettings::fromEnvironment().timeScale;
    for (const ConnectionConfig& c : m_connections->all())
        m_jobs->setConnectionLimits(c.name, ProviderLimits::forProvider(c.provider,
                                                                         c.driver == QLatin1String("sim") ? scale : 1.0));
}

InfraReviewer& AppContext::infraReviewer()
{
    if (!m_infraReviewer)
        m_infraReviewer = std::make_unique<InfraReviewer>(m_connections.get(), m_providers.get(), m_jobs.get(),
                                                          m_resources.get(), m_infraStore.get(), m_catalog.get());
    return *m_infraReviewer;
}

Clock& AppContext::clock()
{
    return *m_clock;
}

bool AppContext::openCatalog(QString* error)
{
    if (m_catalog)
        return m_catalog->isOpen();
    m_catalog = std::make_unique<CatalogStore>(m_workspace->path() + QStringLiteral("/catalog.sqlite"));
    if (!m_catalog->openAndWait(error))
        return false;
    catalogOpened();
    return true;
}

QFuture<CatalogWriteResult> AppContext::openCatalogAsync()
{
    Q_ASSERT(!m_catalog);
    m_catalog = std::make_unique<CatalogStore>(m_workspace->path() + QStringLiteral("/catalog.sqlite"));
    return m_catalog->open();
}

void AppContext::catalogOpened()
{
    if (!m_catalogRefresher)
        m_catalogRefresher = std::make_unique<CatalogRefresher>(m_resources.get(), m_jobs.get(), m_connections.get(),
                                                                m_catalog.get());
}

void AppContext::seedSampleConnections()
{
    // The embedded default: one simulated connection per provider, in a region near Seoul
    // where the provider has one, so every feature works offline on first start.
    struct Seed
    {
        const char* provider;
        const char* region;
    };
    static const Seed seeds[] = {
        {"aws", "ap-northeast-2"},     {"azure", "koreacentral"}, {"gcp", "asia-northeast3"},
        {"alibaba", "ap-northeast-2"}, {"tencent", "ap-seoul"},   {"ibm", "jp-tok"},
        {"openstack", "RegionOne"},    {"ncp", "KR"},             {"nhn", "KR1"},
        {"kt", "KR1"},
    };
    for (const Seed& seed : seeds) {
        ConnectionConfig c;
        c.provider = QString::fromLatin1(seed.provider);
        c.region = QString::fromLatin1(seed.region);
        c.name = c.provider + QLatin1Char('-') + c.region.toLower();
        c.driver = QStringLiteral("sim");
        QString error;
        if (!m_connections->add(c, &error))
            qWarning("cannot seed connection %s: %s", qPrintable(c.name), qPrintable(error));
    }
}

} // namespace Barista
