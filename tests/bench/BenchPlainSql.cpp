// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchPlainSql.h"

#include <QVariant>

#ifdef BENCH_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace Barista::Bench {

#ifdef BENCH_HAVE_SQLITE3

BenchPlainSql::BenchPlainSql(const QString& path)
{
    // Read-write like the catalog's readers: the replayed statements fill TEMP tables.
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    // The same cache size as the catalog's reader connections.
    sqlite3_exec(m_db, "PRAGMA cache_size = -32768", nullptr, nullptr, nullptr);
    sqlite3_exec(m_db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr);
}

BenchPlainSql::~BenchPlainSql()
{
    sqlite3_close(m_db);
}

bool BenchPlainSql::available()
{
    return true;
}

namespace {
void bind(sqlite3_stmt* statement, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            sqlite3_bind_int64(statement, i + 1, value.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(statement, i + 1, value.toDouble());
            break;
        default:
            if (value.isNull()) {
                sqlite3_bind_null(statement, i + 1);
            } else {
                const QByteArray text = value.toString().toUtf8();
                sqlite3_bind_text(statement, i + 1, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
            }
        }
    }
}
} // namespace

QString BenchPlainSql::explain(const QList<CatalogSearch::TracedStatement>& statements)
{
    QString text;
    for (const CatalogSearch::TracedStatement& traced : statements) {
        text += QStringLiteral("  SQL: %1\n  values:").arg(traced.sql.left(600));
        for (const QVariant& value : traced.values.mid(0, 12))
            text += QLatin1Char(' ') + value.toString();
        text += QLatin1Char('\n');
        sqlite3_stmt* statement = nullptr;
        const QByteArray sql = "EXPLAIN QUERY PLAN " + traced.sql.toUtf8();
        if (!m_db || sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
            continue;
        bind(statement, traced.values);
        while (sqlite3_step(statement) == SQLITE_ROW)
            text += QStringLiteral("    plan: %1\n")
                        .arg(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 3))));
        sqlite3_finalize(statement);
    }
    return text;
}

qint64 BenchPlainSql::run(const QList<CatalogSearch::TracedStatement>& statements)
{
    if (!m_db)
        return -1;
    qint64 rows = 0;
    for (const CatalogSearch::TracedStatement& traced : statements) {
        sqlite3_stmt* statement = nullptr;
        const QByteArray sql = traced.sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, sql.constData(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK)
            return -1;
        bind(statement, traced.values);
        int result = SQLITE_ROW;
        while ((result = sqlite3_step(statement)) == SQLITE_ROW) {
            ++rows;
            const int columns = sqlite3_column_count(statement);
            for (int c = 0; c < columns; ++c) {
                // Read each value as its own type, as a caller would.
                switch (sqlite3_column_type(statement, c)) {
                case SQLITE_INTEGER:
                    (void)sqlite3_column_int64(statement, c);
                    break;
                case SQLITE_FLOAT:
                    (void)sqlite3_column_double(statement, c);
                    break;
                case SQLITE_TEXT:
                    (void)sqlite3_column_text(statement, c);
                    break;
                default:
                    break;
                }
            }
        }
        sqlite3_finalize(statement);
        if (result != SQLITE_DONE)
            return -1;
    }
    return rows;
}

#else

BenchPlainSql::BenchPlainSql(const QString&) { }
BenchPlainSql::~BenchPlainSql() = default;
bool BenchPlainSql::available()
{
    return false;
}
qint64 BenchPlainSql::run(const QList<CatalogSearch::TracedStatement>&)
{
    return -1;
}
QString BenchPlainSql::explain(const QList<CatalogSearch::TracedStatement>&)
{
    return QString();
}

#endif

} // namespace Barista::Bench
