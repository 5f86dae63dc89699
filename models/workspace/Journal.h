// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Iid.h"
#include "models/domain/ResourceKind.h"
#include "models/interfaces/CloudError.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <optional>

namespace Barista {

class Workspace;

/// One mutating cloud call, as written before it is sent and completed after.
struct JournalEntry
{
    enum class State
    {
        Pending,   ///< intent written; the outcome is not known yet
        Succeeded, ///< the cloud confirmed it
        Failed,    ///< the cloud refused it, or reconciliation found it never happened
        Adopted,   ///< the outcome was lost (crash) and reconciliation found the resource
    };

    qint64 id = 0;
    qint64 createdAtMs = 0; ///< wall clock, ms since epoch
    qint64 updatedAtMs = 0;
    QString session;
    QString operation; ///< "create", "delete" or a control action name ("suspend", ...)
    QString connection;
    ResourceKind kind = ResourceKind::Vm;
    Iid iid;
    QString token;     ///< the idempotency token sent to the cloud and put in the tag
    QJsonObject request;
    State state = State::Pending;
    QJsonObject outcome; ///< the resource as the cloud returned it
    std::optional<CloudError> error;
    QString note;        ///< how reconciliation decided, for the user

    QJsonObject toJson() const;
};

QString journalStateName(JournalEntry::State state);

/// The operation journal in the workspace database. Every mutating provider call writes an
/// intent here (committed, fsync'd) before the call is sent, and its outcome after.
///
/// Outcomes may be recorded late (completeLater): an outcome only relaxes what the journal
/// says (a Pending intent is what a crash leaves anyway, and reconciliation settles it from
/// the cloud by its tag), so outcomes are gathered and committed together a few milliseconds
/// later, or with the next intents, instead of one fsync each. Reads see them at once.
///
/// Thread affinity: the thread that created it (the workspace connection of that thread).
class Journal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Journal)

public:
    /// The tag key every resource we create carries; its value is the intent's token.
    static QString tagKey();

    explicit Journal(Workspace* workspace, QObject* parent = nullptr);
    ~Journal() override;

    /// Writes an intent and returns it with its id and a fresh token; id 0 on failure.
    JournalEntry begin(const QString& operation, const QString& connection, ResourceKind kind, const Iid& iid,
                       const QJsonObject& request, QString* error = nullptr);
    /// Writes many intents in one transaction (one fsync): each entry's operation, connection,
    /// kind, iid and request are used; they come back with ids and fresh tokens. All or none:
    /// on failure the list is empty.
    QList<JournalEntry> beginMany(const QList<JournalEntry>& intents, QString* error = nullptr);
    /// Records an outcome now (durable when it returns).
    bool complete(qint64 id, JournalEntry::State state, const Iid& iid, const QJsonObject& outcome,
                  const std::optional<CloudError>& error, const QString& note = QString());
    /// Records an outcome, committed with the others of the next few ms (see the class comment).
    void completeLater(qint64 id, JournalEntry::State state, const Iid& iid, const QJsonObject& outcome,
                       const std::optional<CloudError>& error, const QString& note = QString());
    /// Commits the outcomes recorded late; false if the write failed (they are dropped and
    /// the intents stay Pending, for reconciliation to settle).
    bool flush();

    std::optional<JournalEntry> entry(qint64 id) const;
    /// Newest first; limit 0 = all.
    QList<JournalEntry> entries(int limit = 0) const;
    /// Pending intents whose session is no longer alive: the ones to reconcile.
    QList<JournalEntry> orphanedIntents() const;

Q_SIGNALS:
    void entryChanged(qint64 id);

private:
    struct Outcome
    {
        qint64 id = 0;
        JournalEntry::State state = JournalEntry::State::Pending;
        Iid iid;
        QJsonObject outcome;
        std::optional<CloudError> error;
        QString note;
        qint64 atMs = 0;
    };
    /// Writes outcomes into the open transaction.
    bool writeOutcomes(const QList<Outcome>& outcomes, QString* error);

    Workspace* m_workspace;
    QList<Outcome> m_outcomes; ///< recorded late, in order, not committed yet
    QTimer m_flushTimer;
};

} // namespace Barista
