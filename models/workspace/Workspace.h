// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace Barista {

/// A user's data folder: workspace.sqlite (connections and the operation journal, WAL,
/// synchronous=FULL so an intent is on disk before its call is sent) and a session lock that
/// tells other processes this one is alive. Secrets never go here.
///
/// Location: --workspace DIR, else $BARISTA_WORKSPACE, else QStandardPaths::AppDataLocation.
class Workspace final
{
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    static constexpr int SCHEMA_VERSION = 2;

    /// The folder to use when none is given on the command line.
    static QString defaultPath();

    explicit Workspace(const QString& path);
    ~Workspace();

    /// Creates the folder and schema as needed. False with *error set on failure.
    bool open(QString* error = nullptr);
    bool isOpen() const;
    QString path() const { return m_path; }
    /// True when open() created the database (a first start: the app seeds sample connections).
    bool isNew() const { return m_isNew; }

    /// This process's session id; journal intents record it, so reconciliation only touches
    /// intents whose session is gone.
    QString sessionId() const { return m_sessionId; }
    /// True when the session that wrote an intent is still running (its lock is held).
    bool isSessionAlive(const QString& sessionId) const;

    /// The connection for the calling thread (Qt SQL connections are per thread).
    QSqlDatabase database() const;

private:
    bool migrate(QString* error);

    QString m_path;
    QString m_connectionName;
    QString m_sessionId;
    std::unique_ptr<QLockFile> m_sessionLock;
    bool m_isNew = false;
    bool m_open = false;
};

} // namespace Barista
