// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/sim/SimSettings.h"

#include <QString>
#include <atomic>
#include <memory>

class QObject;

namespace Barista {

class SimHost;
class SimStateStore;

/// One simulated cloud: a state file (see SimStateStore) and the host thread that serves it.
/// Every SimProvider of the same file in a process shares one SimCloud; other processes open
/// the same file with their own SimCloud and see the same resources.
class SimCloud final
{
    Q_DISABLE_COPY_MOVE(SimCloud)

public:
    /// Pending calls end as canceled; the thread stops. Never destroyed from its own thread:
    /// create() hands a last release there to another thread.
    ~SimCloud();

    /// A new SimCloud of a file. The last owner may let go on any thread, including the host
    /// thread itself (a continuation of one of its calls).
    static std::shared_ptr<SimCloud> create(const QString& databasePath, const SimSettings& settings);
    /// The process-wide SimCloud of a file, made with settings on first use.
    static std::shared_ptr<SimCloud> shared(const QString& databasePath, const SimSettings& settings);
    /// Waits until every SimCloud of the process is destroyed (continuations still in flight
    /// may hold the last references); false on timeout. Call before the process exits, so no
    /// host thread outlives the application.
    static bool waitUntilAllReleased(int msecs);

    QString databasePath() const { return m_path; }
    const SimSettings& settings() const { return m_settings; }
    /// False (with the reason) when the state file could not be opened.
    bool isReady(QString* error = nullptr) const;

    /// Calls started and not yet released (answered, canceled or abandoned): a leak detector for tests.
    int callsInFlight() const { return m_inFlight.load(); }

    // For SimSession: the host thread's context object, and the store to use on that thread only.
    QObject* context() const;
    SimStateStore* store() const { return m_store.get(); }
    void callStarted() { ++m_inFlight; }
    void callEnded() { --m_inFlight; }

private:
    SimCloud(const QString& databasePath, const SimSettings& settings);

    QString m_path;
    SimSettings m_settings;
    std::unique_ptr<SimHost> m_host;
    std::unique_ptr<SimStateStore> m_store;
    QString m_openError;
    std::atomic<int> m_inFlight { 0 };
};

} // namespace Barista
