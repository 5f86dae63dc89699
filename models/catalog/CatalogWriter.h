// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace Barista {

/// The catalog's single write connection. Lives on CatalogStore's private writer thread; every
/// write job runs there, one after another, so SQLite never sees two writers and the caller's
/// thread never waits for a write.
class CatalogWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogWriter)

public:
    CatalogWriter(QString path, QString connectionName);
    ~CatalogWriter() override;

    /// Opens and configures the connection on first use (on the writer thread).
    bool ensureOpen(QString* error);
    QSqlDatabase& database() { return m_db; }
    /// Closes and unregisters the connection; call on the writer thread before it ends.
    void close();

private:
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace Barista
