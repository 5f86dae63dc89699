// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InfraBenchBound.h"

#include "models/infra/InfraReview.h"
#include "models/infra/InfraSpec.h"
#include "providers/sim/SimSettings.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>

namespace Barista {

class ConnectionStore;
class InfraEngine;
class InfraStore;
class JobHistory;
class JobQueue;
class Journal;
class ProviderRegistry;
class Reconciler;
class ResourceService;
class SystemClock;
class Workspace;
class BuiltinProviderFactory;

/// The app's composition (as AppContext::open does it, job history included; without secrets,
/// keys or a shell)
/// on a fresh workspace, with one simulated connection per region and the provider limits.
class InfraBenchRig
{
public:
    struct Options
    {
        double timeScale = 0.01;
        int nodes = 500;
        quint64 seed = 1;
        int connections = 24;
        qint64 pollMs = -1; ///< -1: as the app, 5000 ms x timeScale
        QString directory;
    };
    struct Timed
    {
        bool ok = false;
        double wallMs = 0;
        double returnedMs = 0; ///< when the engine's call returned its future (work done inline)
        QString message;
    };
    struct Leftovers
    {
        int live = 0;
        int terminatedVms = 0;
        int listErrors = 0;
        QStringList details;
    };

    explicit InfraBenchRig(const Options& options);
    ~InfraBenchRig();

    bool open(QString* error);
    QString describe() const;
    QString infraName() const { return m_spec.name; }

    /// Runs the create (or the delete) to its end on this thread's event loop; wall time from
    /// the call to the outcome.
    Timed create();
    Timed remove();
    /// Lists every kind on every connection: what is left in the simulated cloud.
    Leftovers leftovers();
    int nodesWithStatus(const QString& status) const;
    /// The job queue's and the simulator's limits of the connection, per wall ms.
    void fillLimits(ConnectionSamples* samples) const;
    static QString peakRss();
    /// Per thread of this process (by name; the main thread is "infra_bench"): ms on a CPU and
    /// ms runnable but waiting for one (/proc/self/task/*/schedstat), summed over same names.
    struct CpuTimes
    {
        double runMs = 0;
        double waitMs = 0;
    };
    static QMap<QString, CpuTimes> threadTimes();
    /// "main 812 ms on CPU + 1203 ms waiting for one; SimCloud ..." between two snapshots.
    static QString cpuSummary(const QMap<QString, CpuTimes>& before, const QMap<QString, CpuTimes>& after);

    JobQueue& jobs() { return *m_jobs; }
    InfraStore& store() { return *m_store; }

private:
    void buildSpec();

    Options m_options;
    SimSettings m_sim;
    InfraSpec m_spec;
    InfraReview m_review;
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
    std::unique_ptr<InfraStore> m_store;
    std::unique_ptr<InfraEngine> m_engine;
};

} // namespace Barista
