// SPDX-License-Identifier: GPL-3.0-or-later
// The aggregated infra status follows CB-Tumblebug's rules exactly: users compare the strings.
#include "models/infra/InfraNode.h"
#include "models/infra/InfraStatus.h"

#include <QTest>

using namespace Barista;

class TestInfraStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aggregate_data();
    void aggregate();
    void targetActionIsCarried();
};

namespace {
QList<InfraNode> nodes(const QStringList& statuses)
{
    QList<InfraNode> out;
    for (const QString& s : statuses) {
        InfraNode n;
        n.name = QStringLiteral("n-%1").arg(out.size() + 1);
        n.status = s;
        out.append(n);
    }
    return out;
}
} // namespace

void TestInfraStatus::aggregate_data()
{
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QString>("text");
    QTest::newRow("all running") << QStringList{QStringLiteral("Running"), QStringLiteral("Running")}
                                 << QStringLiteral("Running:2 (R:2/2)");
    QTest::newRow("partial") << QStringList{QStringLiteral("Running"), QStringLiteral("Running"), QStringLiteral("Failed")}
                             << QStringLiteral("Partial-Running:2 (R:2/3)");
    // A tie goes to the earlier of Tumblebug's order: Failed before Running.
    QTest::newRow("tie") << QStringList{QStringLiteral("Running"), QStringLiteral("Failed")}
                         << QStringLiteral("Partial-Failed:1 (R:1/2)");
    QTest::newRow("planned counts as creating")
        << QStringList{QStringLiteral("Planned"), QStringLiteral("Creating"), QStringLiteral("Running")}
        << QStringLiteral("Partial-Creating:2 (R:1/3)");
    QTest::newRow("unknown word is undefined") << QStringList{QStringLiteral("Weird")} << QStringLiteral("Undefined:1 (R:0/1)");
    QTest::newRow("empty") << QStringList{} << QStringLiteral("Empty:0 (R:0/0)");
}

void TestInfraStatus::aggregate()
{
    QFETCH(QStringList, statuses);
    QFETCH(QString, text);
    QCOMPARE(InfraStatus::aggregate(nodes(statuses), QString(), QString()).text, text);
}

void TestInfraStatus::targetActionIsCarried()
{
    const InfraStatus s = InfraStatus::aggregate(nodes({QStringLiteral("Suspending")}), QStringLiteral("Suspend"),
                                                 QStringLiteral("Suspended"));
    QCOMPARE(s.targetAction, QStringLiteral("Suspend"));
    QCOMPARE(s.targetStatus, QStringLiteral("Suspended"));
    QCOMPARE(s.counts.value(QStringLiteral("Suspending")), 1);
    QCOMPARE(s.toJson().value(QStringLiteral("status")).toString(), QStringLiteral("Suspending:1 (R:0/1)"));
}

QTEST_GUILESS_MAIN(TestInfraStatus)
#include "TestInfraStatus.moc"
