// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Iid.h"
#include "models/domain/ResourceKind.h"
#include "models/interfaces/CloudError.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
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
class Journal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Journal)

public:
    /// The tag key every resource we create carries; its value is the intent's token.
    static QString tagKey();

    explicit Journal(Workspace* workspace, QObject* parent = nullptr);

    /// Writes an intent and returns it with its id and a fresh token; id 0 on failure.
    JournalEntry begin(const QString& operation, const QString& connection, ResourceKind kind, const Iid& iid,
                       const QJsonObject& request, QString* error = nullptr);
    bool complete(qint64 id, JournalEntry::State state, const Iid& iid, const QJsonObject& outcome,
                  const std::optional<CloudError>& error, const QString& note = QString());

    std::optional<JournalEntry> entry(qint64 id) const;
    /// Newest first; limit 0 = all.
    QList<JournalEntry> entries(int limit = 0) const;
    /// Pending intents whose session is no longer alive: the ones to reconcile.
    QList<JournalEntry> orphanedIntents() const;

Q_SIGNALS:
    void entryChanged(qint64 id);

private:
    Workspace* m_workspace;
};

} // namespace Barista
