// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogWriter.h"

#include "models/catalog/CatalogSchema.h"

#include <QSqlError>

namespace Barista {

CatalogWriter::CatalogWriter(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

CatalogWriter::~CatalogWriter()
{
    close();
}

bool CatalogWriter::ensureOpen(QString* error)
{
    if (m_db.isOpen())
        return true;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        if (error)
            *error = m_db.lastError().text();
        close();
        return false;
    }
    if (!CatalogSchema::configure(m_db, true, error)) {
        close();
        return false;
    }
    return true;
}

void CatalogWriter::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace Barista
