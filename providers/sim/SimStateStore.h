// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"
#include "providers/sim/SimRow.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

namespace Barista {

/// The simulated cloud's own state: a SQLite file (WAL) apart from the console's workspace,
/// shared by every process that points at it, like a real cloud's control plane. Transitions
/// are stored as a target and a wall-clock due time and applied lazily by whoever reads next,
/// so a later process sees a VM Running once its boot time has passed.
///
/// Thread affinity: create, open and use it on one thread (its QSqlDatabase lives there).
class SimStateStore final
{
    Q_DISABLE_COPY_MOVE(SimStateStore)

public:
    explicit SimStateStore(const QString& path);
    ~SimStateStore();

    bool open(QString* error);
    bool isOpen() const;
    QString path() const { return m_path; }

    /// Runs body in one BEGIN IMMEDIATE transaction, after applying every transition due at
    /// nowMs. Commits when body succeeds, rolls back when it fails; a database failure turns
    /// into a Transient error (a real cloud's 500).
    template <typename T> Result<T> run(qint64 nowMs, const std::function<Result<T>()>& body)
    {
        if (!begin())
            return storeError();
        applyDue(nowMs);
        Result<T> result = m_failed ? Result<T>(storeError()) : body();
        if (m_failed)
            result = storeError();
        if (!result.ok() || !commit()) {
            rollback();
            return result.ok() ? Result<T>(storeError()) : result;
        }
        return result;
    }

    // The calls below are meant for the body of run().
    QList<SimRow> rows(const QString& scope, ResourceKind kind);
    /// By nameId or systemId; a live row wins over a Terminated one of the same name.
    std::optional<SimRow> find(const QString& scope, ResourceKind kind, const QString& id);
    std::optional<SimRow> findByToken(const QString& scope, ResourceKind kind, const QString& token);
    /// Live rows (not Terminated) that reference systemId, of the given kinds.
    QList<SimRow> dependents(const QString& systemId, const QList<ResourceKind>& kinds);
    /// Sets row.serial (order and id seed) when 0, then inserts.
    void insert(SimRow& row);
    void update(const SimRow& row);
    void remove(const SimRow& row);
    /// A number never handed out before in this file (ids derive from it).
    qint64 nextSerial();
    /// VMs that are not Terminated: how many, and their vCPUs.
    void usage(const QString& scope, int* vms, int* vcpus);

    /// Completes every transition due at nowMs and drops expired rows.
    void applyDue(qint64 nowMs);

private:
    bool begin();
    bool commit();
    void rollback();
    bool exec(const QString& sql);
    bool createSchema();
    CloudError storeError() const;
    QList<SimRow> select(const QString& where, const QVariantList& bindings);
    void writeRefs(const SimRow& row);
    /// A terminated VM releases its disks (they become Available, like EBS volumes).
    void detachDisksOf(const SimRow& vm);
    void fail(const QString& what, const QString& detail);

    QString m_path;
    QString m_connectionName;
    bool m_failed = false;
    QString m_lastError;
};

} // namespace Barista
