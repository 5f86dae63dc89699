// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraStore.h"

#include "models/infra/InfraSpecReader.h"
#include "models/workspace/Workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <atomic>

namespace Barista {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString toText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant errorText(const std::optional<CloudError>& e)
{
    return e ? QVariant(toText(e->toJson())) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<CloudError> errorFrom(const QVariant& v)
{
    if (v.isNull() || v.toString().isEmpty())
        return std::nullopt;
    return CloudError::fromJson(fromText(v.toString()));
}

InfraRecord readInfra(const QSqlQuery& q)
{
    InfraRecord r;
    r.name = q.value(0).toString();
    QList<InfraSpecError> errors;
    if (const std::optional<InfraSpec> spec = InfraSpecReader::read(q.value(1).toString().toUtf8(), &errors))
        r.spec = *spec;
    r.spec.name = r.name;
    r.targetAction = q.value(2).toString();
    r.targetStatus = q.value(3).toString();
    r.createdMs = q.value(4).toLongLong();
    r.updatedMs = q.value(5).toLongLong();
    r.note = q.value(6).toString();
    return r;
}

InfraSharedResource readShared(const QSqlQuery& q)
{
    InfraSharedResource s;
    s.connection = q.value(0).toString();
    s.kind = q.value(1).toInt();
    s.owner = q.value(2).toString();
    s.nameId = q.value(3).toString();
    s.systemId = q.value(4).toString();
    s.state = q.value(5).toString();
    s.detail = fromText(q.value(6).toString());
    s.error = errorFrom(q.value(7));
    s.updatedMs = q.value(8).toLongLong();
    return s;
}

/// A null QString binds as SQL NULL; "" (the shared owner, no exception) must stay "".
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const QLatin1String kNodeColumns("infra, name, node_group, connection, vm_name, system_id, status, target_action,"
                                 " detail, error, updated_ms");

InfraNode readNode(const QSqlQuery& q)
{
    InfraNode n;
    n.infra = q.value(0).toString();
    n.name = q.value(1).toString();
    n.group = q.value(2).toString();
    n.connection = q.value(3).toString();
    n.vmName = q.value(4).toString();
    n.systemId = q.value(5).toString();
    n.status = q.value(6).toString();
    n.targetAction = q.value(7).toString();
    n.readDetail(fromText(q.value(8).toString()));
    n.error = errorFrom(q.value(9));
    n.updatedMs = q.value(10).toLongLong();
    return n;
}

/// "<group>-<n>" in group order, then by number (not text: g-10 after g-9).
bool nodeBefore(const InfraNode& a, const InfraNode& b)
{
    if (a.group != b.group)
        return a.group < b.group;
    const int na = a.name.mid(a.name.lastIndexOf(QLatin1Char('-')) + 1).toInt();
    const int nb = b.name.mid(b.name.lastIndexOf(QLatin1Char('-')) + 1).toInt();
    return na != nb ? na < nb : a.name < b.name;
}

// The node cache. A store's cached rows stay valid while
//  - no other database connection committed (SQLite's PRAGMA data_version: another thread's or
//    process's connection), and
//  - no other InfraStore of this process wrote nodes (g_nodeWrites: it may share this thread's
//    connection, whose own commits data_version does not count);
// and the store patches them after each of its own writes by reading back exactly the rows it
// wrote. So nodes() answers what a fresh SELECT would, provided every write of infra_nodes in
// this process goes through an InfraStore (nothing else writes the table).
std::atomic<quint64> g_nodeWrites{0};

/// Moves whenever another connection commits to the database; -1 when it cannot be read.
qint64 dataVersion(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

const QLatin1String kSharedColumns("connection, kind, owner, name_id, system_id, state, detail, error, updated_ms");

bool fail(const QSqlQuery& q, QString* error)
{
    if (error)
        *error = q.lastError().text();
    qWarning("infra store: %s", qPrintable(q.lastError().text()));
    return false;
}
} // namespace

InfraStore::InfraStore(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    // The answers of a short window (several event-loop turns) share one commit; see Journal.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(20);
    connect(&m_flushTimer, &QTimer::timeout, this, &InfraStore::flush);
}

InfraStore::~InfraStore()
{
    if (m_later.isEmpty())
        return;
    QSqlDatabase db = m_workspace->database();
    QMap<QString, QStringList> late;
    const bool ok = db.transaction() && writeNodes(takeLater(), &late, nullptr, true);
    finishNodeWrite(db, late, {}, ok, false); // no signals: the views may be gone already
}

bool InfraStore::create(const InfraRecord& infra, const QList<InfraNode>& nodes,
                        const QList<InfraSharedResource>& shared, QString* error)
{
    QSqlDatabase db = m_workspace->database();
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO infras (name, spec, target_action, target_status, created_ms, updated_ms, note)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const qint64 now = nowMs();
    q.addBindValue(infra.name);
    q.addBindValue(toText(infra.spec.toJson()));
    q.addBindValue(infra.targetAction);
    q.addBindValue(infra.targetStatus);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(text(infra.note));
    if (!q.exec()) {
        db.rollback();
        if (error)
            *error = tr("An infrastructure named '%1' already exists.").arg(infra.name);
        return false;
    }
    // The infra, every node and the shared rows in one commit: all planned, or nothing.
    QMap<QString, QStringList> late;
    QMap<QString, QStringList> touched;
    bool ok = writeNodes(takeLater(), &late, error, true) && writeNodes(nodes, &touched, error);
    for (const InfraSharedResource& s : shared) {
        // A shared resource another infra already planned or made is kept as it is.
        if (ok && !this->shared(s.connection, s.kind, s.owner))
            ok = writeShared(s, error);
    }
    if (!finishNodeWrite(db, late, touched, ok, false))
        return false;
    Q_EMIT infraChanged(infra.name);
    return true;
}

std::optional<InfraRecord> InfraStore::infra(const QString& name) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT name, spec, target_action, target_status, created_ms, updated_ms, note"
                             " FROM infras WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readInfra(q);
}

QList<InfraRecord> InfraStore::infras() const
{
    QList<InfraRecord> out;
    QSqlQuery q(m_workspace->database());
    if (!q.exec(QStringLiteral("SELECT name, spec, target_action, target_status, created_ms, updated_ms, note"
                               " FROM infras ORDER BY name")))
        return out;
    while (q.next())
        out.append(readInfra(q));
    return out;
}

bool InfraStore::setTarget(const QString& infra, const QString& action, const QString& status, const QString& note)
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("UPDATE infras SET target_action = ?, target_status = ?, note = ?, updated_ms = ?"
                             " WHERE name = ?"));
    q.addBindValue(action);
    q.addBindValue(status);
    q.addBindValue(text(note));
    q.addBindValue(nowMs());
    q.addBindValue(infra);
    if (!q.exec())
        return fail(q, nullptr);
    Q_EMIT const_cast<InfraStore*>(this)->infraChanged(infra);
    return true;
}

bool InfraStore::setSpec(const QString& infra, const InfraSpec& spec)
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("UPDATE infras SET spec = ?, updated_ms = ? WHERE name = ?"));
    q.addBindValue(toText(spec.toJson()));
    q.addBindValue(nowMs());
    q.addBindValue(infra);
    return q.exec() || fail(q, nullptr);
}

bool InfraStore::removeInfra(const QString& infra)
{
    flush(); // a row saved late must not come back after its delete
    QSqlDatabase db = m_workspace->database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM infra_nodes WHERE infra = ?"));
    q.addBindValue(infra);
    bool ok = q.exec();
    q.prepare(QStringLiteral("DELETE FROM infra_shared WHERE owner = ?"));
    q.addBindValue(infra);
    ok = q.exec() && ok;
    q.prepare(QStringLiteral("DELETE FROM infras WHERE name = ?"));
    q.addBindValue(infra);
    ok = q.exec() && ok;
    if (!ok) {
        db.rollback();
        nodesWritten(infra, {}, true, false);
        return fail(q, nullptr);
    }
    nodesWritten(infra, {}, true, db.commit());
    Q_EMIT infraRemoved(infra);
    return true;
}

qint64 InfraStore::validateCache(const QSqlDatabase& db) const
{
    // Both read before the rows: a write that lands in between invalidates the next call.
    const quint64 writes = g_nodeWrites.load();
    const qint64 version = dataVersion(db);
    if (version < 0 || version != m_cacheDataVersion || writes != m_cacheWrites) {
        m_nodeCache.clear();
        m_infrasCache.clear();
        m_cacheDataVersion = version;
        m_cacheWrites = writes;
    }
    return version;
}

QList<InfraNode> InfraStore::nodes(const QString& infra) const
{
    QSqlDatabase db = m_workspace->database();
    const qint64 version = validateCache(db);
    if (auto it = m_nodeCache.constFind(infra); it != m_nodeCache.constEnd())
        return it.value();
    QList<InfraNode> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM infra_nodes WHERE infra = ?").arg(kNodeColumns));
    q.addBindValue(infra);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readNode(q));
    // What saveNodesLater gathered and is not committed yet wins.
    for (const InfraNode& later : m_later) {
        if (later.infra == infra)
            patch(out, later);
    }
    std::sort(out.begin(), out.end(), nodeBefore);
    if (version >= 0)
        m_nodeCache.insert(infra, out);
    return out;
}

bool InfraStore::patch(QList<InfraNode>& nodes, const InfraNode& node)
{
    const auto at = std::find_if(nodes.begin(), nodes.end(), [&node](const InfraNode& n) { return n.name == node.name; });
    if (at != nodes.end()) {
        const bool moved = at->group != node.group;
        *at = node;
        return moved;
    }
    nodes.append(node);
    return true;
}

void InfraStore::nodesWritten(const QString& infra, const QStringList& names, bool removed, bool ok,
                              bool alreadyCached) const
{
    const quint64 before = g_nodeWrites.fetch_add(1);
    // Rows saved late were in the infra lists since saveNodesLater; other writes may add or
    // remove an infra's last row on a connection.
    if (!alreadyCached || !ok)
        m_infrasCache.clear();
    if (!ok || before != m_cacheWrites) {
        // A failed write, or another store wrote since this one last looked: read afresh.
        m_nodeCache.clear();
        m_cacheDataVersion = -1;
        return;
    }
    m_cacheWrites = before + 1;
    if (alreadyCached)
        return; // rows saved late: the cache has shown them since saveNodesLater
    auto it = m_nodeCache.find(infra);
    if (it == m_nodeCache.end())
        return;
    QList<InfraNode>& cached = it.value();
    if (removed) {
        if (names.isEmpty()) {
            m_nodeCache.erase(it); // the whole infra
            return;
        }
        const QSet<QString> gone(names.begin(), names.end());
        cached.removeIf([&gone](const InfraNode& n) { return gone.contains(n.name); });
        return;
    }
    if (names.size() > 32) {
        m_nodeCache.erase(it); // one SELECT of them all is cheaper than many of one
        return;
    }
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT %1 FROM infra_nodes WHERE infra = ? AND name = ?").arg(kNodeColumns));
    bool resort = false;
    for (const QString& name : names) {
        q.addBindValue(infra);
        q.addBindValue(name);
        if (!q.exec()) {
            m_nodeCache.erase(it);
            return;
        }
        const auto at = std::find_if(cached.begin(), cached.end(), [&name](const InfraNode& n) { return n.name == name; });
        if (!q.next()) {
            if (at != cached.end())
                cached.erase(at);
            continue;
        }
        InfraNode fresh = readNode(q);
        if (at == cached.end()) {
            cached.append(std::move(fresh));
            resort = true;
        } else {
            resort = resort || at->group != fresh.group;
            *at = std::move(fresh);
        }
    }
    if (resort)
        std::sort(cached.begin(), cached.end(), nodeBefore);
}

bool InfraStore::writeNodes(const QList<InfraNode>& nodes, QMap<QString, QStringList>* touched, QString* error,
                            bool late)
{
    if (nodes.isEmpty())
        return true;
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO infra_nodes (infra, name, node_group, connection, vm_name,"
                             " system_id, status, target_action, detail, error, updated_ms)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 now = nowMs();
    for (const InfraNode& n : nodes) {
        q.addBindValue(n.infra);
        q.addBindValue(n.name);
        q.addBindValue(text(n.group));
        q.addBindValue(n.connection);
        q.addBindValue(text(n.vmName));
        q.addBindValue(text(n.systemId));
        q.addBindValue(n.status);
        q.addBindValue(n.targetAction);
        q.addBindValue(toText(n.detailJson()));
        q.addBindValue(errorText(n.error));
        q.addBindValue(late ? n.updatedMs : now); // a late row keeps the time the cache shows
        if (!q.exec())
            return fail(q, error);
        QStringList& names = (*touched)[n.infra];
        if (!names.contains(n.name))
            names.append(n.name);
    }
    return true;
}

QList<InfraNode> InfraStore::takeLater()
{
    m_flushTimer.stop();
    QList<InfraNode> out = m_later.values();
    m_later.clear();
    return out;
}

bool InfraStore::finishNodeWrite(QSqlDatabase& db, const QMap<QString, QStringList>& late,
                                 const QMap<QString, QStringList>& touched, bool ok, bool emitChanged)
{
    const bool committed = ok && db.commit();
    if (!committed)
        db.rollback();
    for (auto it = late.cbegin(); it != late.cend(); ++it)
        nodesWritten(it.key(), it.value(), false, committed, true);
    for (auto it = touched.cbegin(); it != touched.cend(); ++it)
        nodesWritten(it.key(), it.value(), false, committed);
    if (committed && emitChanged) {
        QStringList infras = late.keys();
        for (const QString& infra : touched.keys()) {
            if (!late.contains(infra))
                infras.append(infra);
        }
        for (const QString& infra : std::as_const(infras))
            Q_EMIT infraChanged(infra);
    }
    return committed;
}

bool InfraStore::saveNodes(const QList<InfraNode>& nodes, QString* error)
{
    if (nodes.isEmpty() && m_later.isEmpty())
        return true;
    QSqlDatabase db = m_workspace->database();
    if (!db.transaction())
        return false;
    QMap<QString, QStringList> late;    // infra -> node names saved late
    QMap<QString, QStringList> touched; // infra -> node names saved now
    // Rows saved late first: this write then supersedes them and both share one commit.
    const bool ok = writeNodes(takeLater(), &late, error, true) && writeNodes(nodes, &touched, error);
    return finishNodeWrite(db, late, touched, ok, true);
}

void InfraStore::saveNodesLater(const QList<InfraNode>& nodes)
{
    const qint64 now = nowMs();
    for (InfraNode n : nodes) {
        n.updatedMs = now;
        // The cached rows show it from now on (nodes() answers as if it were committed).
        if (auto it = m_nodeCache.find(n.infra); it != m_nodeCache.end() && patch(it.value(), n))
            std::sort(it->begin(), it->end(), nodeBefore);
        if (auto it = m_infrasCache.find(n.connection); it != m_infrasCache.end() && !it->contains(n.infra)) {
            it->append(n.infra);
            it->sort();
        }
        m_later.insert(n.infra + QLatin1Char('/') + n.name, n);
    }
    if (!m_later.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

bool InfraStore::flush()
{
    return saveNodes({});
}

bool InfraStore::removeNodes(const QString& infra, const QStringList& names)
{
    if (names.isEmpty())
        return true;
    flush(); // a row saved late must not come back after its delete
    QSqlDatabase db = m_workspace->database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM infra_nodes WHERE infra = ? AND name = ?"));
    for (const QString& name : names) {
        q.addBindValue(infra);
        q.addBindValue(name);
        if (!q.exec()) {
            db.rollback();
            nodesWritten(infra, names, true, false);
            return fail(q, nullptr);
        }
    }
    nodesWritten(infra, names, true, db.commit());
    Q_EMIT infraChanged(infra);
    return true;
}

int InfraStore::nodesOnConnection(const QString& connection, const QString& exceptInfra) const
{
    const_cast<InfraStore*>(this)->flush();
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM infra_nodes WHERE connection = ? AND infra <> ?"));
    q.addBindValue(connection);
    q.addBindValue(text(exceptInfra));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList InfraStore::infrasOnConnection(const QString& connection) const
{
    // Asked on every listing of every connection: cached like the nodes.
    QSqlDatabase db = m_workspace->database();
    const qint64 version = validateCache(db);
    if (auto it = m_infrasCache.constFind(connection); it != m_infrasCache.constEnd())
        return it.value();
    QStringList out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT DISTINCT infra FROM infra_nodes WHERE connection = ? ORDER BY infra"));
    q.addBindValue(connection);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(q.value(0).toString());
    for (const InfraNode& later : m_later) {
        if (later.connection == connection && !out.contains(later.infra))
            out.append(later.infra);
    }
    out.sort();
    if (version >= 0)
        m_infrasCache.insert(connection, out);
    return out;
}

QList<InfraSharedResource> InfraStore::shared(const QString& connection) const
{
    QList<InfraSharedResource> out;
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT %1 FROM infra_shared WHERE connection = ? ORDER BY kind, owner").arg(kSharedColumns));
    q.addBindValue(connection);
    if (q.exec()) {
        while (q.next())
            out.append(readShared(q));
    }
    return out;
}

std::optional<InfraSharedResource> InfraStore::shared(const QString& connection, int kind, const QString& owner) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT %1 FROM infra_shared WHERE connection = ? AND kind = ? AND owner = ?")
                  .arg(kSharedColumns));
    q.addBindValue(connection);
    q.addBindValue(kind);
    q.addBindValue(text(owner));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readShared(q);
}

QList<InfraSharedResource> InfraStore::allShared() const
{
    QList<InfraSharedResource> out;
    QSqlQuery q(m_workspace->database());
    if (q.exec(QStringLiteral("SELECT %1 FROM infra_shared ORDER BY connection, kind, owner").arg(kSharedColumns))) {
        while (q.next())
            out.append(readShared(q));
    }
    return out;
}

bool InfraStore::saveShared(const InfraSharedResource& s)
{
    return writeShared(s, nullptr);
}

bool InfraStore::writeShared(const InfraSharedResource& s, QString* error)
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO infra_shared (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kSharedColumns));
    q.addBindValue(s.connection);
    q.addBindValue(s.kind);
    q.addBindValue(text(s.owner));
    q.addBindValue(text(s.nameId));
    q.addBindValue(text(s.systemId));
    q.addBindValue(s.state);
    q.addBindValue(toText(s.detail));
    q.addBindValue(errorText(s.error));
    q.addBindValue(nowMs());
    return q.exec() || fail(q, error);
}

bool InfraStore::removeShared(const QString& connection, int kind, const QString& owner)
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("DELETE FROM infra_shared WHERE connection = ? AND kind = ? AND owner = ?"));
    q.addBindValue(connection);
    q.addBindValue(kind);
    q.addBindValue(text(owner));
    return q.exec() || fail(q, nullptr);
}

} // namespace Barista
