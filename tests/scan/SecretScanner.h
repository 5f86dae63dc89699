// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/scan/SecretCatalog.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Barista::Test {

/// Looks for every secret of a SecretCatalog in bytes, files, SQLite databases (bytes and
/// every text/blob cell) and whole trees. Each text is searched as written and in three decoded
/// views (URL percent-decoded, the same with '+' as space, JSON-unescaped), so a secret found
/// there was written URL-encoded or JSON-escaped. Findings name the place and the secret's
/// name, never its value.
class SecretScanner
{
public:
    struct Finding
    {
        QString where; ///< file, or "file: table T row R column C"
        qint64 offset; ///< byte offset in the file or cell (in the decoded view when form says so)
        QString secret; ///< the secret's name from the catalog
        QString form; ///< e.g. "raw", "base64", "URL-encoded", "base64 in JSON-escaped text"
    };

    explicit SecretScanner(const SecretCatalog& catalog);

    /// Also flags PEM private keys ("PRIVATE KEY-----") except in a file that is nothing but a
    /// key (a key file a test wrote on purpose): in a database, a settings file or test output
    /// any private key is a leak, whatever its value.
    void setFlagPrivateKeys(bool on) { m_flagPrivateKeys = on; }

    void scanBytes(const QByteArray& data, const QString& where);
    /// Bytes, plus every cell when the file is an SQLite database. False if it cannot be read.
    bool scanFile(const QString& path, const QString& displayName);
    /// Every file below dir (hidden ones too; symlinks are not followed), and each file's
    /// relative path. Returns the number of files scanned.
    int scanTree(const QString& dir);

    const QList<Finding>& findings() const { return m_findings; }
    const QStringList& problems() const { return m_problems; }
    qint64 bytesScanned() const { return m_bytes; }
    int databasesScanned() const { return m_databases; }

private:
    void scanText(const QByteArray& data, const QString& where);
    void scanView(const QByteArray& data, const QString& where, const QString& view, QSet<int>* foundRaw);
    void scanSqlite(const QString& path, const QString& displayName);

    SecretCatalog m_catalog;
    QList<SecretCatalog::Pattern> m_patterns;
    QHash<quint32, QList<int>> m_byPrefix; ///< first four bytes -> indexes into m_patterns
    QByteArray m_firstTwo; ///< 65536 flags: can a pattern start with these two bytes
    bool m_flagPrivateKeys = true;
    QList<Finding> m_findings;
    QStringList m_problems;
    qint64 m_bytes = 0;
    int m_databases = 0;
};

} // namespace Barista::Test
