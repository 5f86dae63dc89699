// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogTypes.h"

#include <QFuture>

#include <QString>
#include <memory>

namespace Barista {

class BuiltinProviderFactory;
class CatalogRefresher;
class CatalogStore;
class ConnectionStore;
class ConnectionTester;
class CredentialImporter;
class DraftSecretStore;
class JobHistory;
class JobQueue;
class Journal;
class ProviderRegistry;
class Reconciler;
class ResourceService;
class InfraEngine;
class InfraReviewer;
class InfraStore;
class RemoteShell;
class SecretStore;
class SshKeyFactory;
class Clock;
class SystemClock;
class Workspace;

/// The composition root: the one place that builds the workspace, the job queue, the provider
/// factory and the use-case services and wires them together. The GUI and the CLI both start
/// from one of these, so they run the same core.
class AppContext final
{
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    explicit AppContext(const QString& workspacePath);
    ~AppContext();

    /// Opens the workspace (creating and seeding it on first use). False with *error set when
    /// the folder or its database cannot be used.
    bool open(QString* error);

    Workspace& workspace() { return *m_workspace; }
    ConnectionStore& connections() { return *m_connections; }
    Journal& journal() { return *m_journal; }
    JobQueue& jobs() { return *m_jobs; }
    JobHistory& jobHistory() { return *m_jobHistory; }
    ProviderRegistry& providers() { return *m_providers; }
    ResourceService& resources() { return *m_resources; }
    Reconciler& reconciler() { return *m_reconciler; }
    Clock& clock();

    InfraStore& infraStore() { return *m_infraStore; }
    InfraEngine& infraEngine() { return *m_infraEngine; }
    /// The reviewer uses the catalog when it is open (prices, spec sizes): open it first.
    InfraReviewer& infraReviewer();
    /// nullptr when no keychain or vault is usable (see SecretStoreChooser); why says so.
    SecretStore* secrets() { return m_secrets.get(); }
    QString secretsUnavailableReason() const { return m_secretsWhy; }
    /// Reads the credential files users already have (the CLI and the connection dialog).
    CredentialImporter& credentialImporter() { return *m_importer; }
    /// "Test connection" for saved connections and for the one being edited.
    ConnectionTester& connectionTester() { return *m_tester; }

    /// Opens the local catalog (WORKSPACE/catalog.sqlite), importing the bundled data on first
    /// use. Only commands and views that need it pay for it.
    bool openCatalog(QString* error);
    /// The same without waiting (the GUI, so the window paints first): the store exists at
    /// once, usable when the future says ok; then call catalogOpened().
    QFuture<CatalogWriteResult> openCatalogAsync();
    void catalogOpened();
    CatalogStore& catalog() { return *m_catalog; }
    CatalogRefresher& catalogRefresher() { return *m_catalogRefresher; }

private:
    void seedSampleConnections();
    void applyProviderLimits();

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<JobHistory> m_jobHistory;
    std::unique_ptr<BuiltinProviderFactory> m_factory;
    std::unique_ptr<ProviderRegistry> m_providers;
    std::unique_ptr<ResourceService> m_resources;
    std::unique_ptr<Reconciler> m_reconciler;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<CatalogRefresher> m_catalogRefresher;
    std::unique_ptr<SecretStore> m_secrets;
    QString m_secretsWhy;
    std::unique_ptr<CredentialImporter> m_importer;
    std::unique_ptr<DraftSecretStore> m_drafts;
    std::unique_ptr<BuiltinProviderFactory> m_draftFactory; ///< reads m_drafts: unsaved connections
    std::unique_ptr<ConnectionTester> m_tester;
    std::unique_ptr<SshKeyFactory> m_keys;
    std::unique_ptr<RemoteShell> m_shell;
    std::unique_ptr<InfraStore> m_infraStore;
    std::unique_ptr<InfraEngine> m_infraEngine;
    std::unique_ptr<InfraReviewer> m_infraReviewer;
};

} // namespace Barista
