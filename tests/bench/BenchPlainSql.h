// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogSearch.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace Barista::Bench {

/// Runs the statements the catalog sent to SQLite (CatalogSearch::lastStatements()) again through
/// the plain sqlite3 C API: prepare, bind, step every row, read every column, finalize. The
/// difference to the catalog's own time is what QtSql, the query parser and the catalog add.
class BenchPlainSql
{
public:
    explicit BenchPlainSql(const QString& path);
    ~BenchPlainSql();
    BenchPlainSql(const BenchPlainSql&) = delete;
    BenchPlainSql& operator=(const BenchPlainSql&) = delete;

    static bool available();
    bool isOpen() const { return m_db != nullptr; }
    /// Rows read, or -1 on an error.
    qint64 run(const QList<CatalogSearch::TracedStatement>& statements);
    /// Each statement with its bound values and SQLite's EXPLAIN QUERY PLAN.
    QString explain(const QList<CatalogSearch::TracedStatement>& statements);

private:
    sqlite3* m_db = nullptr;
};

} // namespace Barista::Bench
