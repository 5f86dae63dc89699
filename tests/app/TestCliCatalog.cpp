// SPDX-License-Identifier: GPL-3.0-or-later
// `barista catalog ...` as a user runs it: the built executable in a throw-away workspace.
#include "tests/support/CliRunner.h"
#include "tests/support/ScratchDir.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Barista;
using Barista::Test::CliRunner;
using Barista::Test::ScratchDir;

namespace {
QString explain(const CliRunner::Run& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out.left(2000), r.err.left(2000));
}

QSet<QString> regionKeys(const QJsonObject& result)
{
    QSet<QString> keys;
    for (const QJsonValue& v : result.value(QStringLiteral("regions")).toArray()) {
        const QJsonObject region = v.toObject();
        keys.insert(region.value(QStringLiteral("provider")).toString() + QLatin1Char('/')
                    + region.value(QStringLiteral("name")).toString());
    }
    return keys;
}
} // namespace

class TestCliCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void testRegionsListEveryRegionWithCoordinates();
    void testSeoulInKoreanAndEnglish_data();
    void testSeoulInKoreanAndEnglish();
    void testQueryErrorPointsAtColumn();
    void testGpuSearchAndRecommend();
    void testRefreshFromSimulatedCloud();
    void testImportSkyPilotCsv();

private:
    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliCatalog::init()
{
    m_dir = std::make_unique<ScratchDir>();
    m_cli = std::make_unique<CliRunner>(m_dir->path());
    m_cli->setEnv(QStringLiteral("BARISTA_SIM_TIME_SCALE"), QStringLiteral("0.01"));
}

void TestCliCatalog::testRegionsListEveryRegionWithCoordinates()
{
    const CliRunner::Run r = m_cli->run({QStringLiteral("catalog"), QStringLiteral("regions"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("regionCount")).toInt(), 196);
    QCOMPARE(json.value(QStringLiteral("zoneCount")).toInt(), 543);
    QMap<QString, int> perProvider;
    for (const QJsonValue& v : json.value(QStringLiteral("regions")).toArray()) {
        const QJsonObject region = v.toObject();
        QVERIFY(!region.value(QStringLiteral("displayName")).toString().isEmpty());
        QVERIFY(region.contains(QStringLiteral("latitude")) && region.contains(QStringLiteral("longitude")));
        perProvider[v.toObject().value(QStringLiteral("platform")).toString()] += 1;
    }
    // Counts per provider as in Cloud-Barista's cloudinfo.yaml (openstack has two entries).
    const QMap<QString, int> expected = {{QStringLiteral("alibaba"), 32}, {QStringLiteral("aws"), 33},
                                         {QStringLiteral("azure"), 48},   {QStringLiteral("gcp"), 43},
                                         {QStringLiteral("ibm"), 13},     {QStringLiteral("kt"), 1},
                                         {QStringLiteral("ncp"), 3},      {QStringLiteral("nhn"), 4},
                                         {QStringLiteral("openstack"), 2}, {QStringLiteral("tencent"), 17}};
    QCOMPARE(perProvider, expected);
}

void TestCliCatalog::testSeoulInKoreanAndEnglish_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("korean") << QStringLiteral("서울");
    QTest::newRow("english") << QStringLiteral("seoul");
}

void TestCliCatalog::testSeoulInKoreanAndEnglish()
{
    QFETCH(QString, query);
    const CliRunner::Run r
        = m_cli->run({QStringLiteral("catalog"), QStringLiteral("search"), query, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
    const QSet<QString> expected = {QStringLiteral("aws/ap-northeast-2"), QStringLiteral("alibaba/ap-northeast-2"),
                                    QStringLiteral("gcp/asia-northeast3"), QStringLiteral("azure/koreacentral"),
                                    QStringLiteral("tencent/ap-seoul"),    QStringLiteral("ncp/KR"),
                                    QStringLiteral("kt/KR1")};
    QCOMPARE(regionKeys(r.json()), expected);
}

void TestCliCatalog::testQueryErrorPointsAtColumn()
{
    const CliRunner::Run r = m_cli->run({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("vcpu>=8 mem>>4")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("column 13")), qPrintable(explain(r)));
    QVERIFY2(r.err.contains(QLatin1String("            ^")), qPrintable(explain(r)));
}

void TestCliCatalog::testGpuSearchAndRecommend()
{
    const CliRunner::Run r = m_cli->run({QStringLiteral("catalog"), QStringLiteral("search"), QStringLiteral("gpu:a100"),
                                         QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
    const QJsonArray specs = r.json().value(QStringLiteral("specs")).toArray();
    QVERIFY(!specs.isEmpty());
    for (const QJsonValue& v : specs) {
        const QJsonObject spec = v.toObject();
        QVERIFY2(spec.value(QStringLiteral("gpuModel")).toString().contains(QLatin1String("A100"), Qt::CaseInsensitive),
                 qPrintable(spec.value(QStringLiteral("name")).toString()));
    }
    // The bundled Tumblebug specs carry prices but no vCPU counts: a refresh from the
    // (simulated) provider brings them.
    const CliRunner::Run refreshed = m_cli->run({QStringLiteral("catalog"), QStringLiteral("refresh"),
                                                 QStringLiteral("--connection"), QStringLiteral("aws-ap-northeast-2")});
    QVERIFY2(refreshed.exitCode == 0, qPrintable(explain(refreshed)));
    const CliRunner::Run rec = m_cli->run({QStringLiteral("catalog"), QStringLiteral("recommend"), QStringLiteral("--vcpu"),
                                           QStringLiteral("2:"), QStringLiteral("--provider"), QStringLiteral("aws"),
                                           QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json")});
    QVERIFY2(rec.exitCode == 0, qPrintable(explain(rec)));
    const QJsonArray items = rec.json().value(QStringLiteral("recommendations")).toArray();
    QVERIFY2(!items.isEmpty() && items.size() <= 5, qPrintable(rec.out));
    double previous = 0;
    for (const QJsonValue& v : items) {
        const QJsonObject spec = v.toObject();
        QVERIFY2(spec.value(QStringLiteral("vcpu")).toInt() >= 2, qPrintable(rec.out));
        // Cost priority: cheapest first.
        QVERIFY(spec.value(QStringLiteral("costPerHour")).toDouble() >= previous);
        previous = spec.value(QStringLiteral("costPerHour")).toDouble();
    }
    const CliRunner::Run bad = m_cli->run({QStringLiteral("catalog"), QStringLiteral("recommend"), QStringLiteral("--vcpu"),
                                           QStringLiteral("two")});
    QCOMPARE(bad.exitCode, 2);
}

void TestCliCatalog::testRefreshFromSimulatedCloud()
{
    const CliRunner::Run r = m_cli->run({QStringLiteral("catalog"), QStringLiteral("refresh"), QStringLiteral("--connection"),
                                         QStringLiteral("gcp-asia-northeast3"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
    const QJsonObject report = r.json().value(QStringLiteral("refreshed")).toArray().first().toObject();
    QVERIFY2(report.value(QStringLiteral("kinds")).toObject().contains(QStringLiteral("specs")), qPrintable(r.out));
    const CliRunner::Run stats = m_cli->run({QStringLiteral("catalog"), QStringLiteral("stats")});
    QVERIFY2(stats.exitCode == 0, qPrintable(explain(stats)));
    QVERIFY2(stats.out.contains(QLatin1String("gcp")), qPrintable(stats.out));
    // The refresh ran as jobs, visible like any other.
    const CliRunner::Run jobs = m_cli->run({QStringLiteral("jobs")});
    QVERIFY2(jobs.out.contains(QLatin1String("List VM specs on gcp-asia-northeast3")), qPrintable(jobs.out));
}

void TestCliCatalog::testImportSkyPilotCsv()
{
    const QString file = QStringLiteral(BARISTA_SHARED_DIR "/reference/skypilot-format-catalog-anycloud/azure/vms.csv");
    if (!QFileInfo::exists(file))
        QSKIP("../shared is not beside the checkout: the test-only SkyPilot CSVs are not here");
    const CliRunner::Run r = m_cli->run({QStringLiteral("catalog"), QStringLiteral("import"), file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
    const QJsonObject report = r.json().value(QStringLiteral("import")).toObject();
    QVERIFY(report.value(QStringLiteral("rowsRead")).toInteger() > 0);
    QCOMPARE(report.value(QStringLiteral("rowsImported")).toInteger() + report.value(QStringLiteral("rowsSkipped")).toInteger(),
             report.value(QStringLiteral("rowsRead")).toInteger());
}

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "TestCliCatalog.moc"
