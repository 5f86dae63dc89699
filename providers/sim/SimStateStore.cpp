// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimStateStore.h"

#include "providers/sim/SimLifecycle.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace Barista {

namespace {

constexpr int kSchemaVersion = 1;
constexpr QChar kRefSeparator = QChar(0x1f);

const char* const kColumns = "serial, scope, body, target, due_ms, expire_ms, token, request_hash, vcpu, created_ms, "
                             "(SELECT group_concat(ref_id, char(31)) FROM refs WHERE refs.serial = resources.serial)";

QString kindName(ResourceKind kind)
{
    return resourceKindName(kind);
}

/// QSQLITE binds a null QString as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

SimStateStore::SimStateStore(const QString& path)
    : m_path(path)
{
    static std::atomic<int> counter { 0 };
    m_connectionName = QStringLiteral("barista-sim-%1").arg(++counter);
}

SimStateStore::~SimStateStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SimStateStore::open(QString* error)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // Several processes share the file: wait for a writer instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    m_failed = false;
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        || !exec(QStringLiteral("PRAGMA busy_timeout=10000")) || !createSchema()) {
        *error = m_lastError;
        db.close();
        return false;
    }
    return true;
}

bool SimStateStore::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool SimStateStore::exec(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql)) {
        fail(sql, query.lastError().text());
        return false;
    }
    return true;
}

void SimStateStore::fail(const QString& what, const QString& detail)
{
    if (!m_failed)
        m_lastError = what + QStringLiteral(": ") + detail;
    m_failed = true;
}

bool SimStateStore::createSchema()
{
    if (!begin())
        return false;
    QSqlQuery version(QSqlDatabase::database(m_connectionName, false));
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        fail(QStringLiteral("user_version"), version.lastError().text());
        rollback();
        return false;
    }
    const int current = version.value(0).toInt();
    version.finish();
    if (current > kSchemaVersion) {
        fail(m_path, QStringLiteral("written by a newer version (schema %1)").arg(current));
        rollback();
        return false;
    }
    const QStringList statements {
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
        QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES('serial', 0)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS resources("
                       "serial INTEGER PRIMARY KEY, scope TEXT NOT NULL, kind TEXT NOT NULL, name_id TEXT NOT NULL,"
                       " system_id TEXT NOT NULL, status TEXT NOT NULL DEFAULT '', target TEXT NOT NULL DEFAULT '',"
                       " due_ms INTEGER NOT NULL DEFAULT 0, expire_ms INTEGER NOT NULL DEFAULT 0,"
                       " token TEXT NOT NULL DEFAULT '', request_hash TEXT NOT NULL DEFAULT '',"
                       " vcpu INTEGER NOT NULL DEFAULT 0, created_ms INTEGER NOT NULL, body TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS resources_scope_kind ON resources(scope, kind)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS resources_due ON resources(due_ms) WHERE due_ms > 0"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS resources_expire ON resources(expire_ms) WHERE expire_ms > 0"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS refs(serial INTEGER NOT NULL, ref_id TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS refs_ref ON refs(ref_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS refs_serial ON refs(serial)"),
        QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion),
    };
    for (const QString& sql : statements) {
        if (!exec(sql)) {
            rollback();
            return false;
        }
    }
    return commit();
}

bool SimStateStore::begin()
{
    m_failed = false;
    m_lastError.clear();
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool SimStateStore::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void SimStateStore::rollback()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.exec(QStringLiteral("ROLLBACK"));
}

CloudError SimStateStore::storeError() const
{
    CloudError e;
    e.kind = CloudError::Kind::Transient;
    e.providerCode = QStringLiteral("InternalError");
    e.message = QStringLiteral("The simulated cloud's state store failed: %1").arg(m_lastError);
    e.httpStatus = 500;
    return e;
}

QList<SimRow> SimStateStore::select(const QString& where, const QVariantList& bindings)
{
    QList<SimRow> out;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT %1 FROM resources WHERE %2").arg(QLatin1String(kColumns), where));
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(where, query.lastError().text());
        return out;
    }
    while (query.next()) {
        SimRow row;
        row.serial = query.value(0).toLongLong();
        row.scope = query.value(1).toString();
        const QJsonObject body = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        if (!Resource::fromJson(body, &row.resource))
            continue; // a row this version cannot read is invisible rather than fatal
        row.target = query.value(3).toString();
        row.dueMs = query.value(4).toLongLong();
        row.expireMs = query.value(5).toLongLong();
        row.token = query.value(6).toString();
        row.requestHash = query.value(7).toString();
        row.vcpu = query.value(8).toInt();
        row.createdMs = query.value(9).toLongLong();
        const QString refs = query.value(10).toString();
        if (!refs.isEmpty())
            row.refs = refs.split(kRefSeparator);
        out.append(row);
    }
    return out;
}

QList<SimRow> SimStateStore::rows(const QString& scope, ResourceKind kind)
{
    return select(QStringLiteral("scope = ? AND kind = ? ORDER BY serial"), { scope, kindName(kind) });
}

std::optional<SimRow> SimStateStore::find(const QString& scope, ResourceKind kind, const QString& id)
{
    if (id.isEmpty())
        return std::nullopt;
    const QList<SimRow> found = select(QStringLiteral("scope = ? AND kind = ? AND (name_id = ? OR system_id = ?)"
                                                      " ORDER BY (status = 'Terminated'), serial DESC LIMIT 1"),
        { scope, kindName(kind), id, id });
    return found.isEmpty() ? std::nullopt : std::optional<SimRow>(found.first());
}

std::optional<SimRow> SimStateStore::findByToken(const QString& scope, ResourceKind kind, const QString& token)
{
    if (token.isEmpty())
        return std::nullopt;
    const QList<SimRow> found
        = select(QStringLiteral("scope = ? AND kind = ? AND token = ? ORDER BY serial DESC LIMIT 1"),
            { scope, kindName(kind), token });
    return found.isEmpty() ? std::nullopt : std::optional<SimRow>(found.first());
}

QList<SimRow> SimStateStore::dependents(const QString& systemId, const QList<ResourceKind>& kinds)
{
    QList<SimRow> out;
    const QList<SimRow> candidates
        = select(QStringLiteral(
                     "serial IN (SELECT serial FROM refs WHERE ref_id = ?) AND status != 'Terminated' ORDER BY serial"),
            { systemId });
    for (const SimRow& row : candidates) {
        if (kinds.contains(row.kind()))
            out.append(row);
    }
    return out;
}

qint64 SimStateStore::nextSerial()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("UPDATE meta SET value = value + 1 WHERE key = 'serial'"))) {
        fail(QStringLiteral("serial"), query.lastError().text());
        return 0;
    }
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'serial'")) || !query.next()) {
        fail(QStringLiteral("serial"), query.lastError().text());
        return 0;
    }
    return query.value(0).toLongLong();
}

void SimStateStore::insert(SimRow& row)
{
    if (row.serial == 0)
        row.serial = nextSerial();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "INSERT INTO resources(serial, scope, kind, name_id, system_id, status, target, due_ms, expire_ms, token,"
        " request_hash, vcpu, created_ms, body) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values { row.serial, text(row.scope), kindName(row.kind()), text(row.nameId()),
        text(row.systemId()), text(row.status()), text(row.target), row.dueMs, row.expireMs, text(row.token),
        text(row.requestHash), row.vcpu, row.createdMs,
        QString::fromUtf8(QJsonDocument(row.resource.toJson()).toJson(QJsonDocument::Compact)) };
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(QStringLiteral("insert"), query.lastError().text());
        return;
    }
    writeRefs(row);
}

void SimStateStore::update(const SimRow& row)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE resources SET name_id = ?, system_id = ?, status = ?, target = ?, due_ms = ?,"
                                 " expire_ms = ?, vcpu = ?, body = ? WHERE serial = ?"));
    const QVariantList values {
        text(row.nameId()),
        text(row.systemId()),
        text(row.status()),
        text(row.target),
        row.dueMs,
        row.expireMs,
        row.vcpu,
        QString::fromUtf8(QJsonDocument(row.resource.toJson()).toJson(QJsonDocument::Compact)),
        row.serial,
    };
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(QStringLiteral("update"), query.lastError().text());
        return;
    }
    writeRefs(row);
}

void SimStateStore::writeRefs(const SimRow& row)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM refs WHERE serial = ?"));
    query.addBindValue(row.serial);
    if (!query.exec()) {
        fail(QStringLiteral("refs"), query.lastError().text());
        return;
    }
    for (const QString& ref : row.refs) {
        query.prepare(QStringLiteral("INSERT INTO refs(serial, ref_id) VALUES(?, ?)"));
        query.addBindValue(row.serial);
        query.addBindValue(ref);
        if (!query.exec()) {
            fail(QStringLiteral("refs"), query.lastError().text());
            return;
        }
    }
}

void SimStateStore::remove(const SimRow& row)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    for (const QString& sql : { QStringLiteral("DELETE FROM resources WHERE serial = ?"),
             QStringLiteral("DELETE FROM refs WHERE serial = ?") }) {
        query.prepare(sql);
        query.addBindValue(row.serial);
        if (!query.exec()) {
            fail(QStringLiteral("remove"), query.lastError().text());
            return;
        }
    }
}

void SimStateStore::usage(const QString& scope, int* vms, int* vcpus)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(vcpu), 0) FROM resources"
                                 " WHERE scope = ? AND kind = ? AND status != 'Terminated'"));
    query.addBindValue(scope);
    query.addBindValue(kindName(ResourceKind::Vm));
    if (!query.exec() || !query.next()) {
        fail(QStringLiteral("usage"), query.lastError().text());
        *vms = 0;
        *vcpus = 0;
        return;
    }
    *vms = query.value(0).toInt();
    *vcpus = query.value(1).toInt();
}

void SimStateStore::detachDisksOf(const SimRow& vm)
{
    const QList<SimRow> disks
        = select(QStringLiteral("kind = ? AND scope = ? AND serial IN (SELECT serial FROM refs WHERE ref_id = ?)"),
            { kindName(ResourceKind::Disk), vm.scope, vm.systemId() });
    for (SimRow disk : disks) {
        auto* info = disk.resource.as<DiskInfo>();
        if (!info || info->ownerVm.systemId != vm.systemId())
            continue;
        info->ownerVm = Iid();
        if (disk.target == diskStatusName(DiskStatus::Attached))
            disk.target = diskStatusName(DiskStatus::Available);
        if (info->status == DiskStatus::Attached)
            info->status = DiskStatus::Available;
        disk.refs.clear();
        update(disk);
    }
}

void SimStateStore::applyDue(qint64 nowMs)
{
    // A due transition may start the next one (Terminating -> Terminated -> gone), so loop;
    // the bound only guards against a corrupt row that never settles.
    for (int round = 0; round < 16 && !m_failed; ++round) {
        const QList<SimRow> due
            = select(QStringLiteral("due_ms > 0 AND due_ms <= ? ORDER BY due_ms, serial"), { nowMs });
        if (due.isEmpty())
            break;
        for (SimRow row : due) {
            SimLifecycle::reachTarget(row);
            update(row);
            const auto* vm = row.resource.as<VmInfo>();
            if (vm && vm->status == VmStatus::Terminated)
                detachDisksOf(row);
        }
    }
    const QList<SimRow> expired = select(QStringLiteral("expire_ms > 0 AND expire_ms <= ?"), { nowMs });
    for (const SimRow& row : expired)
        remove(row);
}

} // namespace Barista
