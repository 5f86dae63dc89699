// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace Barista {

namespace {
const char* const ENV_WORKSPACE = "BARISTA_WORKSPACE";

QString lockPath(const QString& workspace, const QString& session)
{
    return workspace + QStringLiteral("/sessions/") + session + QStringLiteral(".lock");
}

bool exec(QSqlQuery& q, const QString& sql, QString* error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(sql.left(60), q.lastError().text());
    return false;
}
} // namespace

QString Workspace::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable(ENV_WORKSPACE);
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Workspace::Workspace(const QString& path)
    : m_path(QDir(path).absolutePath())
    , m_connectionName(QStringLiteral("barista-workspace-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Workspace::~Workspace()
{
    // Connections of other threads are closed by those threads' owners; ours we remove.
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString& name : names) {
        if (name.startsWith(m_connectionName)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
    if (m_sessionLock)
        m_sessionLock->unlock();
}

bool Workspace::open(QString* error)
{
    if (m_open)
        return true;
    if (!QDir().mkpath(m_path + QStringLiteral("/sessions"))) {
        if (error)
            *error = QCoreApplication::translate("Workspace", "Cannot create the workspace folder %1.").arg(m_path);
        return false;
    }
    // The session lock says "this process is alive" to any other process reading the journal.
    m_sessionLock = std::make_unique<QLockFile>(lockPath(m_path, m_sessionId));
    m_sessionLock->setStaleLockTime(0);
    if (!m_sessionLock->tryLock(0)) {
        if (error)
            *error = QCoreApplication::translate("Workspace", "Cannot lock the session file in %1.").arg(m_path);
        return false;
    }

    QSqlDatabase db = database();
    if (!db.isOpen()) {
        if (error)
            *error = QCoreApplication::translate("Workspace", "Cannot open %1: %2").arg(db.databaseName(), db.lastError().text());
        return false;
    }
    if (!migrate(error))
        return false;
    m_open = true;
    return true;
}

bool Workspace::isOpen() const
{
    return m_open;
}

bool Workspace::isSessionAlive(const QString& sessionId) const
{
    if (sessionId == m_sessionId)
        return true;
    // QLockFile treats a lock whose process is gone as stale and takes it over; a lock held
    // by a live process cannot be taken.
    QLockFile probe(lockPath(m_path, sessionId));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock(); // also removes the stale file
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

QSqlDatabase Workspace::database() const
{
    const QString name = m_connectionName + QLatin1Char('-')
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path + QStringLiteral("/workspace.sqlite"));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        // FULL: an intent must be durable before the call it announces is sent.
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    return db;
}

bool Workspace::migrate(QString* error)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    // IMMEDIATE: two processes opening a new workspace at once must not both create it.
    if (!exec(q, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    if (!exec(q, QStringLiteral("PRAGMA user_version"), error) || !q.next()) {
        db.rollback();
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > SCHEMA_VERSION) {
        q.exec(QStringLiteral("ROLLBACK"));
        if (error)
            *error = QCoreApplication::translate("Workspace", "The workspace %1 was written by a newer Barista "
                                                             "Console (schema %2; this one knows %3).")
                         .arg(m_path)
                         .arg(version)
                         .arg(SCHEMA_VERSION);
        return false;
    }
    const QStringList v1 = {
        QStringLiteral("CREATE TABLE connections (name TEXT PRIMARY KEY, config TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE journal ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT, created_ms INTEGER NOT NULL,"
                       " updated_ms INTEGER NOT NULL, session TEXT NOT NULL, operation TEXT NOT NULL,"
                       " connection TEXT NOT NULL, kind TEXT NOT NULL, name_id TEXT, system_id TEXT,"
                       " token TEXT NOT NULL UNIQUE, request TEXT, state TEXT NOT NULL, outcome TEXT,"
                       " error TEXT, note TEXT)"),
        QStringLiteral("CREATE INDEX journal_state ON journal(state)"),
        QStringLiteral("CREATE TABLE jobs ("
                       " session TEXT NOT NULL, job_id INTEGER NOT NULL, title TEXT NOT NULL, connection TEXT,"
                       " provider TEXT, mutating INTEGER NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL,"
                       " error TEXT, queued_ms INTEGER NOT NULL, finished_ms INTEGER,"
                       " PRIMARY KEY (session, job_id))"),
        QStringLiteral("PRAGMA user_version = 1"),
    };
    // v2: multi-cloud infrastructures. A node row is written before its VM is asked for, so
    // a crash never leaves a VM the workspace does not know it wanted; `detail` holds the
    // node's spec, image, addresses and labels as JSON (read whole, never queried by field).
    const QStringList v2 = {
        QStringLiteral("CREATE TABLE infras (name TEXT PRIMARY KEY, spec TEXT NOT NULL,"
                       " target_action TEXT NOT NULL, target_status TEXT NOT NULL, created_ms INTEGER NOT NULL,"
                       " updated_ms INTEGER NOT NULL, note TEXT)"),
        QStringLiteral("CREATE TABLE infra_nodes (infra TEXT NOT NULL REFERENCES infras(name) ON DELETE CASCADE,"
                       " name TEXT NOT NULL, node_group TEXT NOT NULL, connection TEXT NOT NULL,"
                       " vm_name TEXT NOT NULL, system_id TEXT, status TEXT NOT NULL, target_action TEXT NOT NULL,"
                       " detail TEXT NOT NULL, error TEXT, updated_ms INTEGER NOT NULL, PRIMARY KEY (infra, name))"),
        QStringLiteral("CREATE INDEX infra_nodes_connection ON infra_nodes(connection)"),
        QStringLiteral("CREATE TABLE infra_shared (connection TEXT NOT NULL, kind TEXT NOT NULL, owner TEXT NOT NULL,"
                       " name_id TEXT NOT NULL, system_id TEXT, state TEXT NOT NULL, detail TEXT, error TEXT,"
                       " updated_ms INTEGER NOT NULL, PRIMARY KEY (connection, kind, owner))"),
        QStringLiteral("PRAGMA user_version = 2"),
    };
    m_isNew = version == 0;
    const QList<const QStringList*> steps = {&v1, &v2};
    for (int step = version; step < steps.size(); ++step) {
        for (const QString& sql : *steps.at(step)) {
            if (!exec(q, sql, error)) {
                q.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
    }
    return exec(q, QStringLiteral("COMMIT"), error);
}

} // namespace Barista
