// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/scan/SecretCatalog.h"

#include <QFile>
#include <QSet>

namespace Barista::Test {

namespace {

/// The base64 characters that depend only on `value` when it sits `shift` bytes (0..2) into a
/// longer base64-encoded text: the first and last characters also hold neighbouring bits.
QByteArray alignedBase64(const QByteArray& value, int shift, QByteArray::Base64Options options)
{
    const QByteArray padded = QByteArray(shift, '\0') + value;
    const QByteArray encoded = padded.toBase64(options | QByteArray::OmitTrailingEquals);
    const qsizetype first = (8 * shift + 5) / 6;
    const qsizetype end = (8 * (shift + value.size())) / 6;
    return encoded.mid(first, end - first);
}

} // namespace

bool SecretCatalog::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QSet<QString> names;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        QByteArray line = file.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith('#'))
            continue;
        const qsizetype space = line.indexOf(' ');
        const QString name = QString::fromUtf8(line.left(space));
        const QByteArray value = space < 0 ? QByteArray() : line.mid(space + 1);
        if (value.size() < MinimumLength || names.contains(name)) {
            *error = QStringLiteral("%1:%2: \"%3\" is a duplicate name or its value is shorter than %4 bytes")
                         .arg(path)
                         .arg(lineNumber)
                         .arg(name)
                         .arg(MinimumLength);
            return false;
        }
        names.insert(name);
        add(name, value);
    }
    if (m_secrets.isEmpty()) {
        *error = QStringLiteral("%1 lists no secret").arg(path);
        return false;
    }
    return true;
}

void SecretCatalog::add(const QString& name, const QByteArray& value)
{
    m_secrets.append({ name, value });
}

QList<SecretCatalog::Pattern> SecretCatalog::patterns() const
{
    QList<Pattern> result;
    for (int i = 0; i < m_secrets.size(); ++i) {
        const QByteArray& value = m_secrets.at(i).value;
        QSet<QByteArray> seen;
        const auto add = [&](const QString& form, const QByteArray& bytes) {
            if (!seen.contains(bytes)) {
                seen.insert(bytes);
                result.append({ i, form, bytes });
            }
        };
        add(QStringLiteral("raw"), value);
        for (int shift = 0; shift < 3; ++shift) {
            add(QStringLiteral("base64"), alignedBase64(value, shift, QByteArray::Base64Encoding));
            add(QStringLiteral("base64url"), alignedBase64(value, shift, QByteArray::Base64UrlEncoding));
        }
        add(QStringLiteral("hex"), value.toHex());
        add(QStringLiteral("hex"), value.toHex().toUpper());
    }
    return result;
}

} // namespace Barista::Test
