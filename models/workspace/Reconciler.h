// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

namespace Barista {

class Journal;
class JobQueue;
struct JournalEntry;
class ProviderRegistry;

/// What reconciliation decided for one orphaned intent.
struct ReconcileDecision
{
    qint64 journalId = 0;
    QString operation;
    QString connection;
    QString resource; ///< nameId
    QString verdict;  ///< "adopted", "failed", "confirmed", "unreachable"
    QString note;
};

/// At start-up, settles the intents a crashed session left Pending: it asks the cloud for the
/// resource by its tag, adopts what exists and marks what never happened as failed. An
/// intent whose cloud cannot be reached stays Pending and is tried again next time.
class Reconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)

public:
    Reconciler(Journal* journal, ProviderRegistry* providers, JobQueue* jobs, QObject* parent = nullptr);

    /// Settles every orphaned intent (Pending, written by a session that is gone).
    QFuture<QList<ReconcileDecision>> reconcile();
    /// Settles one intent whose outcome is unknown (crash, timeout, cancel in flight) by asking
    /// the cloud; records the verdict in the journal.
    QFuture<ReconcileDecision> settle(const JournalEntry& entry);

private:
    Journal* m_journal;
    ProviderRegistry* m_providers;
    JobQueue* m_jobs;
};

} // namespace Barista
