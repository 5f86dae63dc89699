// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestSecrets.h"

#include <QFile>
#include <QHash>
#include <QTest>

namespace Barista::Test {

QString TestSecrets::value(const QString& name)
{
    static const QHash<QString, QString> values = [] {
        QHash<QString, QString> result;
        QFile file(QStringLiteral(BARISTA_TEST_DATA_DIR "/test-secrets.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return result;
        while (!file.atEnd()) {
            QByteArray line = file.readLine();
            if (line.endsWith('\n'))
                line.chop(1);
            if (line.trimmed().isEmpty() || line.trimmed().startsWith('#'))
                continue;
            const qsizetype space = line.indexOf(' ');
            if (space > 0)
                result.insert(QString::fromUtf8(line.left(space)), QString::fromUtf8(line.mid(space + 1)));
        }
        return result;
    }();
    const auto it = values.constFind(name);
    if (it == values.constEnd()) {
        QTest::qFail(qPrintable(QStringLiteral("no secret \"%1\" in tests/data/test-secrets.txt").arg(name)), __FILE__,
            __LINE__);
        return QString();
    }
    return *it;
}

} // namespace Barista::Test
