// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/Journal.h"

#include "models/workspace/Workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Barista {

namespace {
const QString SELECT_COLUMNS = QStringLiteral(
    "SELECT id, created_ms, updated_ms, session, operation, connection, kind, name_id, system_id, token, request, "
    "state, outcome, error, note FROM journal ");

QString toText(const QJsonObject& json)
{
    return json.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toByteArray()).object();
}

std::optional<JournalEntry::State> stateFromName(const QString& name)
{
    for (auto s : {JournalEntry::State::Pending, JournalEntry::State::Succeeded, JournalEntry::State::Failed,
                   JournalEntry::State::Adopted}) {
        if (journalStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

JournalEntry readEntry(const QSqlQuery& q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.createdAtMs = q.value(1).toLongLong();
    e.updatedAtMs = q.value(2).toLongLong();
    e.session = q.value(3).toString();
    e.operation = q.value(4).toString();
    e.connection = q.value(5).toString();
    e.kind = resourceKindFromName(q.value(6).toString()).value_or(ResourceKind::Vm);
    e.iid = Iid{q.value(7).toString(), q.value(8).toString()};
    e.token = q.value(9).toString();
    e.request = fromText(q.value(10));
    e.state = stateFromName(q.value(11).toString()).value_or(JournalEntry::State::Pending);
    e.outcome = fromText(q.value(12));
    const QJsonObject error = fromText(q.value(13));
    if (!error.isEmpty())
        e.error = CloudError::fromJson(error);
    e.note = q.value(14).toString();
    return e;
}
} // namespace

QString journalStateName(JournalEntry::State state)
{
    switch (state) {
    case JournalEntry::State::Pending:
        return QStringLiteral("pending");
    case JournalEntry::State::Succeeded:
        return QStringLiteral("succeeded");
    case JournalEntry::State::Failed:
        return QStringLiteral("failed");
    case JournalEntry::State::Adopted:
        return QStringLiteral("adopted");
    }
    return QString();
}

QJsonObject JournalEntry::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("createdAt"), QDateTime::fromMSecsSinceEpoch(createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("updatedAt"), QDateTime::fromMSecsSinceEpoch(updatedAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("session"), session},
        {QStringLiteral("operation"), operation},
        {QStringLiteral("connection"), connection},
        {QStringLiteral("kind"), resourceKindName(kind)},
        {QStringLiteral("iid"), iid.toJson()},
        {QStringLiteral("token"), token},
        {QStringLiteral("state"), journalStateName(state)},
        {QStringLiteral("request"), request},
    };
    if (!outcome.isEmpty())
        json.insert(QStringLiteral("outcome"), outcome);
    if (error)
        json.insert(QStringLiteral("error"), error->toJson());
    if (!note.isEmpty())
        json.insert(QStringLiteral("note"), note);
    return json;
}

QString Journal::tagKey()
{
    // Lower case, digits and dashes only: the one form every cloud's tag/label rules accept
    // (GCP labels are the strictest).
    return QStringLiteral("barista-token");
}

Journal::Journal(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

JournalEntry Journal::begin(const QString& operation, const QString& connection, ResourceKind kind, const Iid& iid,
                            const QJsonObject& request, QString* error)
{
    JournalEntry e;
    e.createdAtMs = e.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
    e.session = m_workspace->sessionId();
    e.operation = operation;
    e.connection = connection;
    e.kind = kind;
    e.iid = iid;
    e.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.request = request;

    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("INSERT INTO journal (created_ms, updated_ms, session, operation, connection, kind, "
                             "name_id, system_id, token, request, state) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant& v : {QVariant(e.createdAtMs), QVariant(e.updatedAtMs), QVariant(e.session),
                              QVariant(operation), QVariant(connection), QVariant(resourceKindName(kind)),
                              QVariant(iid.nameId), QVariant(iid.systemId), QVariant(e.token),
                              QVariant(toText(request)), QVariant(journalStateName(e.state))})
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot write the journal: %1").arg(q.lastError().text());
        return JournalEntry();
    }
    e.id = q.lastInsertId().toLongLong();
    Q_EMIT entryChanged(e.id);
    return e;
}

bool Journal::complete(qint64 id, JournalEntry::State state, const Iid& iid, const QJsonObject& outcome,
                       const std::optional<CloudError>& error, const QString& note)
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("UPDATE journal SET updated_ms = ?, state = ?, name_id = COALESCE(NULLIF(?, ''), name_id), "
                             "system_id = COALESCE(NULLIF(?, ''), system_id), outcome = ?, error = ?, note = ? "
                             "WHERE id = ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(journalStateName(state));
    q.addBindValue(iid.nameId);
    q.addBindValue(iid.systemId);
    q.addBindValue(toText(outcome));
    q.addBindValue(error ? toText(error->toJson()) : QString());
    q.addBindValue(note);
    q.addBindValue(id);
    if (!q.exec()) {
        qWarning("journal: cannot record the outcome of intent %lld: %s", id, qPrintable(q.lastError().text()));
        return false;
    }
    Q_EMIT entryChanged(id);
    return true;
}

std::optional<JournalEntry> Journal::entry(qint64 id) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(SELECT_COLUMNS + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntry(q);
}

QList<JournalEntry> Journal::entries(int limit) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(SELECT_COLUMNS + QStringLiteral("ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit > 0 ? limit : -1);
    QList<JournalEntry> result;
    if (q.exec()) {
        while (q.next())
            result.append(readEntry(q));
    }
    return result;
}

QList<JournalEntry> Journal::orphanedIntents() const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(SELECT_COLUMNS + QStringLiteral("WHERE state = ? ORDER BY id"));
    q.addBindValue(journalStateName(JournalEntry::State::Pending));
    QList<JournalEntry> result;
    if (q.exec()) {
        while (q.next()) {
            JournalEntry e = readEntry(q);
            if (!m_workspace->isSessionAlive(e.session))
                result.append(e);
        }
    }
    return result;
}

} // namespace Barista
