// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Barista::Test {

/// The secret values the test suite uses (tests/data/test-secrets.txt), and the byte patterns
/// under which each could be written somewhere: raw, and base64 at each of the three alignments
/// it can have inside a longer base64 text (std and URL-safe alphabets), and hex. URL-encoded
/// and JSON-escaped copies are found by SecretScanner decoding the scanned text instead, so that
/// partial escaping ("a/b%2Bc") is found too.
class SecretCatalog
{
public:
    struct Secret
    {
        QString name; ///< printed in findings; the value never is
        QByteArray value; ///< UTF-8
    };
    struct Pattern
    {
        int secret = 0; ///< index into secrets()
        QString form; ///< "raw", "base64", "base64url", "hex"
        QByteArray bytes;
    };

    /// Shorter values would match by chance (and their base64 chunks even more so).
    static constexpr int MinimumLength = 8;

    /// One "name value" per line (the value is the rest of the line, spaces included); '#'
    /// comments and blank lines are skipped. Fails on a duplicate name or a too short value.
    bool load(const QString& path, QString* error);
    void add(const QString& name, const QByteArray& value);

    const QList<Secret>& secrets() const { return m_secrets; }
    QList<Pattern> patterns() const;

private:
    QList<Secret> m_secrets;
};

} // namespace Barista::Test
