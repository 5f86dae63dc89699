// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/scan/SecretScanner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

namespace Barista::Test {

namespace {

const QByteArray PrivateKeyMarker("PRIVATE KEY-----");

quint32 prefixOf(const char* p)
{
    return quint32(uchar(p[0])) | quint32(uchar(p[1])) << 8 | quint32(uchar(p[2])) << 16 | quint32(uchar(p[3])) << 24;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray urlDecoded(const QByteArray& data, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '%' && i + 2 < data.size() && hexValue(data.at(i + 1)) >= 0 && hexValue(data.at(i + 2)) >= 0) {
            out.append(char(hexValue(data.at(i + 1)) * 16 + hexValue(data.at(i + 2))));
            i += 2;
        } else {
            out.append(plusIsSpace && c == '+' ? ' ' : c);
        }
    }
    return out;
}

/// JSON string escapes undone wherever they appear (\" \\ \/ \n \t \uXXXX, the latter as UTF-8).
QByteArray jsonUnescaped(const QByteArray& data)
{
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c != '\\' || i + 1 >= data.size()) {
            out.append(c);
            continue;
        }
        const char e = data.at(++i);
        switch (e) {
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case 'r':
            out.append('\r');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'u': {
            bool ok = i + 4 < data.size();
            ushort code = 0;
            for (int k = 1; ok && k <= 4; ++k) {
                const int v = hexValue(data.at(i + k));
                ok = v >= 0;
                code = ushort(code * 16 + v);
            }
            if (ok) {
                out.append(QString(QChar(code)).toUtf8());
                i += 4;
            } else {
                out.append("\\u");
            }
            break;
        }
        default:
            out.append(e);
            break; // \" \\ \/ and anything else: the character itself
        }
    }
    return out;
}

bool isSqlite(const QByteArray& data)
{
    static const QByteArray header("SQLite format 3", 16); // with its terminating NUL
    return data.startsWith(header);
}

/// A file that holds only PEM blocks (a key a test wrote on purpose) is not a leak by itself.
bool isKeyFile(const QByteArray& data)
{
    return data.trimmed().startsWith("-----BEGIN ");
}

} // namespace

SecretScanner::SecretScanner(const SecretCatalog& catalog)
    : m_catalog(catalog)
    , m_patterns(catalog.patterns())
    , m_firstTwo(65536, '\0')
{
    for (int i = 0; i < m_patterns.size(); ++i) {
        const QByteArray& bytes = m_patterns.at(i).bytes;
        if (bytes.size() < 4)
            continue; // SecretCatalog's minimum length makes every pattern longer than this
        m_byPrefix[prefixOf(bytes.constData())].append(i);
        m_firstTwo[uchar(bytes.at(0)) | uchar(bytes.at(1)) << 8] = 1;
    }
}

void SecretScanner::scanBytes(const QByteArray& data, const QString& where)
{
    m_bytes += data.size();
    scanText(data, where);
}

void SecretScanner::scanText(const QByteArray& data, const QString& where)
{
    QSet<int> foundRaw;
    scanView(data, where, QString(), &foundRaw);
    // The decoded views repeat what the raw view saw for secrets without special characters.
    const QByteArray url = urlDecoded(data, false);
    if (url != data)
        scanView(url, where, QStringLiteral("URL-encoded"), &foundRaw);
    const QByteArray form = urlDecoded(data, true);
    if (form != data && form != url)
        scanView(form, where, QStringLiteral("form-encoded"), &foundRaw);
    const QByteArray json = jsonUnescaped(data);
    if (json != data)
        scanView(json, where, QStringLiteral("JSON-escaped"), &foundRaw);
    if (m_flagPrivateKeys && !isKeyFile(data)) {
        const qsizetype at = data.indexOf(PrivateKeyMarker);
        if (at >= 0)
            m_findings.append({ where, at, QStringLiteral("a PEM private key"), QStringLiteral("raw") });
    }
}

void SecretScanner::scanView(const QByteArray& data, const QString& where, const QString& view, QSet<int>* found)
{
    const char* p = data.constData();
    const qsizetype n = data.size();
    for (qsizetype i = 0; i + 4 <= n; ++i) {
        if (!m_firstTwo.at(uchar(p[i]) | uchar(p[i + 1]) << 8))
            continue;
        const auto hit = m_byPrefix.constFind(prefixOf(p + i));
        if (hit == m_byPrefix.constEnd())
            continue;
        for (int index : *hit) {
            const SecretCatalog::Pattern& pattern = m_patterns.at(index);
            const qsizetype size = pattern.bytes.size();
            if (found->contains(pattern.secret) || i + size > n || memcmp(p + i, pattern.bytes.constData(), size) != 0)
                continue;
            // One finding per secret and place: the first form seen is enough to act on.
            found->insert(pattern.secret);
            QString form = pattern.form;
            if (!view.isEmpty())
                form = pattern.form == QLatin1String("raw") ? view
                                                            : QStringLiteral("%1 in %2 text").arg(pattern.form, view);
            m_findings.append({ where, i, m_catalog.secrets().at(pattern.secret).name, form });
        }
    }
}

bool SecretScanner::scanFile(const QString& path, const QString& displayName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.append(QStringLiteral("%1: cannot read: %2").arg(displayName, file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    scanBytes(data, displayName);
    if (isSqlite(data))
        scanSqlite(path, displayName);
    return true;
}

void SecretScanner::scanSqlite(const QString& path, const QString& displayName)
{
    // A copy, so that opening it can neither change the scanned tree nor wait on a lock; its
    // write-ahead log comes along, since recent rows may be only there.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("db.sqlite"));
    if (!QFile::copy(path, copy)) {
        m_problems.append(QStringLiteral("%1: cannot copy the database to read its cells").arg(displayName));
        return;
    }
    if (QFile::exists(path + QStringLiteral("-wal")))
        QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    ++m_databases;
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(copy);
        if (!db.open()) {
            m_problems.append(QStringLiteral("%1: cannot open as SQLite: %2").arg(displayName, db.lastError().text()));
        } else {
            const QStringList tables = db.tables(QSql::AllTables);
            for (const QString& table : tables) {
                QSqlQuery query(db);
                query.setForwardOnly(true);
                if (!query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
                    m_problems.append(QStringLiteral("%1: cannot read table %2").arg(displayName, table));
                    continue;
                }
                qint64 row = 0;
                while (query.next()) {
                    ++row;
                    const QSqlRecord record = query.record();
                    for (int c = 0; c < record.count(); ++c) {
                        const QVariant value = query.value(c);
                        if (value.isNull() || value.typeId() == QMetaType::LongLong
                            || value.typeId() == QMetaType::Double)
                            continue;
                        const QByteArray bytes
                            = value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
                        // Not added to bytesScanned(): these bytes were counted as the file's.
                        scanText(bytes,
                            QStringLiteral("%1: table %2 row %3 column %4")
                                .arg(displayName, table)
                                .arg(row)
                                .arg(record.fieldName(c)));
                    }
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

int SecretScanner::scanTree(const QString& dir)
{
    const QDir root(dir);
    int files = 0;
    QDirIterator it(
        dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        scanText(relative.toUtf8(), QStringLiteral("file name %1").arg(relative));
        if (it.fileInfo().isSymLink())
            continue;
        scanFile(path, relative);
        ++files;
    }
    return files;
}

} // namespace Barista::Test
