// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/Journal.h"

#include "models/workspace/Workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <utility>

namespace Barista {

namespace {
/// How long an outcome may wait for others before it is committed: the answers of a busy
/// event loop arrive a few per millisecond; one fsync per few dozen of them is plenty.
constexpr int kLateCommitMs = 20;

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
    // The outcomes of a short window (the answers of several event-loop turns) share a commit.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kLateCommitMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &Journal::flush);
}

Journal::~Journal()
{
    flush();
}

JournalEntry Journal::begin(const QString& operation, const QString& connection, ResourceKind kind, const Iid& iid,
                            const QJsonObject& request, QString* error)
{
    JournalEntry intent;
    intent.operation = operation;
    intent.connection = connection;
    intent.kind = kind;
    intent.iid = iid;
    intent.request = request;
    const QList<JournalEntry> written = beginMany({intent}, error);
    return written.isEmpty() ? JournalEntry() : written.constFirst();
}

QList<JournalEntry> Journal::beginMany(const QList<JournalEntry>& intents, QString* error)
{
    if (intents.isEmpty())
        return {};
    QSqlDatabase db = m_workspace->database();
    // Outcomes recorded late ride along in the same commit.
    QList<Outcome> outcomes = std::exchange(m_outcomes, {});
    m_flushTimer.stop();
    auto failed = [&](const QString& why) {
        db.rollback();
        // Not written: back to the front, for the next commit.
        m_outcomes = outcomes + m_outcomes;
        if (!m_outcomes.isEmpty())
            m_flushTimer.start();
        if (error)
            *error = tr("Cannot write the journal: %1").arg(why);
        return QList<JournalEntry>();
    };
    if (!db.transaction())
        return failed(db.lastError().text());
    QString why;
    if (!writeOutcomes(outcomes, &why)) {
        // Dropped: their intents stay Pending, which reconciliation settles. The intents
        // must not depend on them.
        qWarning("journal: cannot record %lld outcome(s): %s", qint64(outcomes.size()), qPrintable(why));
        outcomes.clear();
        db.rollback();
        if (!db.transaction())
            return failed(db.lastError().text());
    }

    QList<JournalEntry> written;
    written.reserve(intents.size());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO journal (created_ms, updated_ms, session, operation, connection, kind, "
                             "name_id, system_id, token, request, state) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    for (const JournalEntry& intent : intents) {
        JournalEntry e;
        e.createdAtMs = e.updatedAtMs = now;
        e.session = m_workspace->sessionId();
        e.operation = intent.operation;
        e.connection = intent.connection;
        e.kind = intent.kind;
        e.iid = intent.iid;
        e.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.request = intent.request;
        for (const QVariant& v : {QVariant(e.createdAtMs), QVariant(e.updatedAtMs), QVariant(e.session),
                                  QVariant(e.operation), QVariant(e.connection), QVariant(resourceKindName(e.kind)),
                                  QVariant(e.iid.nameId), QVariant(e.iid.systemId), QVariant(e.token),
                                  QVariant(toText(e.request)), QVariant(journalStateName(e.state))})
            q.addBindValue(v);
        if (!q.exec())
            return failed(q.lastError().text());
        e.id = q.lastInsertId().toLongLong();
        written.append(e);
    }
    // Durable (WAL, synchronous=FULL) once commit returns: only then may the calls be sent.
    if (!db.commit())
        return failed(db.lastError().text());
    for (const Outcome& o : outcomes)
        Q_EMIT entryChanged(o.id);
    for (const JournalEntry& e : std::as_const(written))
        Q_EMIT entryChanged(e.id);
    return written;
}

bool Journal::complete(qint64 id, JournalEntry::State state, const Iid& iid, const QJsonObject& outcome,
                       const std::optional<CloudError>& error, const QString& note)
{
    completeLater(id, state, iid, outcome, error, note);
    return flush();
}

void Journal::completeLater(qint64 id, JournalEntry::State state, const Iid& iid, const QJsonObject& outcome,
                            const std::optional<CloudError>& error, const QString& note)
{
    m_outcomes.append(Outcome{id, state, iid, outcome, error, note, QDateTime::currentMSecsSinceEpoch()});
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

bool Journal::flush()
{
    m_flushTimer.stop();
    if (m_outcomes.isEmpty())
        return true;
    const QList<Outcome> outcomes = std::exchange(m_outcomes, {});
    QSqlDatabase db = m_workspace->database();
    QString why;
    if (!db.transaction() || !writeOutcomes(outcomes, &why) || !db.commit()) {
        if (why.isEmpty())
            why = db.lastError().text();
        db.rollback();
        qWarning("journal: cannot record %lld outcome(s): %s", qint64(outcomes.size()), qPrintable(why));
        return false;
    }
    for (const Outcome& o : outcomes)
        Q_EMIT entryChanged(o.id);
    return true;
}

bool Journal::writeOutcomes(const QList<Outcome>& outcomes, QString* error)
{
    if (outcomes.isEmpty())
        return true;
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("UPDATE journal SET updated_ms = ?, state = ?, name_id = COALESCE(NULLIF(?, ''), name_id), "
                             "system_id = COALESCE(NULLIF(?, ''), system_id), outcome = ?, error = ?, note = ? "
                             "WHERE id = ?"));
    for (const Outcome& o : outcomes) {
        q.addBindValue(o.atMs);
        q.addBindValue(journalStateName(o.state));
        q.addBindValue(o.iid.nameId);
        q.addBindValue(o.iid.systemId);
        q.addBindValue(toText(o.outcome));
        q.addBindValue(o.error ? toText(o.error->toJson()) : QString());
        q.addBindValue(o.note);
        q.addBindValue(o.id);
        if (!q.exec()) {
            *error = QStringLiteral("intent %1: %2").arg(o.id).arg(q.lastError().text());
            return false;
        }
    }
    return true;
}

std::optional<JournalEntry> Journal::entry(qint64 id) const
{
    const_cast<Journal*>(this)->flush(); // reads see the outcomes recorded late
    QSqlQuery q(m_workspace->database());
    q.prepare(SELECT_COLUMNS + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntry(q);
}

QList<JournalEntry> Journal::entries(int limit) const
{
    const_cast<Journal*>(this)->flush(); // reads see the outcomes recorded late
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
    const_cast<Journal*>(this)->flush(); // reads see the outcomes recorded late
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
