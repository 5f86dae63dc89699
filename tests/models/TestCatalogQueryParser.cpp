// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/QueryParser.h"

#include <QObject>
#include <QTest>

using namespace Barista;

class TestCatalogQueryParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testIssueExample();
    void testFreeTextAndQuotes();
    void testRanges_data();
    void testRanges();
    void testNearForms();
    void testSortKeys();
    void testKinds();
    void testEmptyQuery();
    void testErrors_data();
    void testErrors();
};

void TestCatalogQueryParser::testIssueExample()
{
    QueryError error;
    const auto query = QueryParser::parse(
        QStringLiteral("gpu:a100 vcpu>=8 mem>=32 provider:aws,gcp region:asia price<3 near:seoul sort:price"), &error);
    QVERIFY2(query, qPrintable(error.toString()));
    QCOMPARE(query->gpuModels, QStringList { QStringLiteral("a100") });
    QCOMPARE(query->vcpu.min, std::optional<double>(8));
    QVERIFY(query->vcpu.minInclusive);
    QVERIFY(!query->vcpu.max);
    QCOMPARE(query->memoryGiB.min, std::optional<double>(32));
    QCOMPARE(query->providers, (QStringList { QStringLiteral("aws"), QStringLiteral("gcp") }));
    QCOMPARE(query->regions, QStringList { QStringLiteral("asia") });
    QCOMPARE(query->price.max, std::optional<double>(3));
    QVERIFY(!query->price.maxInclusive);
    QCOMPARE(query->near, QStringLiteral("seoul"));
    QCOMPARE(query->nearColumn, 68);
    QCOMPARE(query->regionColumn, 50);
    QCOMPARE(query->sort.size(), 1);
    QCOMPARE(query->sort.first().field, SortKey::Price);
    QVERIFY(!query->sort.first().descending);
    QVERIFY(query->text.isEmpty());
    QVERIFY(query->wants(CatalogQuery::Kind::Specs));
    QVERIFY(!query->wants(CatalogQuery::Kind::Regions));
    QVERIFY(!query->wants(CatalogQuery::Kind::Images));
}

void TestCatalogQueryParser::testFreeTextAndQuotes()
{
    const auto query = QueryParser::parse(QStringLiteral("  서울  \"Canonical:ubuntu server\" c5 name:\"x\"  "));
    QVERIFY(!query);
    const auto ok = QueryParser::parse(QStringLiteral("  서울  \"Canonical:ubuntu server\" c5  os:\"red hat\""));
    QVERIFY(ok);
    QCOMPARE(ok->text,
        (QStringList { QStringLiteral("서울"), QStringLiteral("Canonical:ubuntu server"), QStringLiteral("c5") }));
    QCOMPARE(ok->operatingSystems, QStringList { QStringLiteral("red hat") });
    QVERIFY(ok->wants(CatalogQuery::Kind::Images));
    QVERIFY(!ok->wants(CatalogQuery::Kind::Specs));
}

void TestCatalogQueryParser::testRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("inside");
    QTest::newRow("closed range low edge") << "vcpu:8..16" << 8.0 << true;
    QTest::newRow("closed range high edge") << "vcpu:8..16" << 16.0 << true;
    QTest::newRow("closed range above") << "vcpu:8..16" << 17.0 << false;
    QTest::newRow("open low") << "vcpu:..4" << 2.0 << true;
    QTest::newRow("greater is strict") << "vcpu>8" << 8.0 << false;
    QTest::newRow("equality") << "vcpu=4" << 4.0 << true;
    QTest::newRow("equality other") << "vcpu:4" << 5.0 << false;
    QTest::newRow("memory unit") << "mem>=32g" << 32.0 << true;
    QTest::newRow("memory gib unit") << "mem<=16GiB" << 24.0 << false;
}

void TestCatalogQueryParser::testRanges()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(bool, inside);
    QueryError error;
    const auto query = QueryParser::parse(text, &error);
    QVERIFY2(query, qPrintable(error.toString()));
    const NumericRange& range = text.startsWith(QLatin1String("mem")) ? query->memoryGiB : query->vcpu;
    QCOMPARE(range.contains(value), inside);
}

void TestCatalogQueryParser::testNearForms()
{
    auto query = QueryParser::parse(QStringLiteral("near:37.5665,126.978 within:800"));
    QVERIFY(query);
    QVERIFY(query->nearPoint);
    QCOMPARE(query->nearPoint->latitude, 37.5665);
    QCOMPARE(query->nearPoint->longitude, 126.978);
    QCOMPARE(query->withinKm, std::optional<double>(800));
    QVERIFY(query->near.isEmpty());

    query = QueryParser::parse(QStringLiteral("near:서울"));
    QVERIFY(query);
    QCOMPARE(query->near, QStringLiteral("서울"));
    QVERIFY(!query->nearPoint);

    query = QueryParser::parse(QStringLiteral("near:aws/ap-northeast-2"));
    QVERIFY(query);
    QCOMPARE(query->near, QStringLiteral("aws/ap-northeast-2"));
    QVERIFY(query->wants(CatalogQuery::Kind::Regions));
}

void TestCatalogQueryParser::testSortKeys()
{
    const auto query = QueryParser::parse(QStringLiteral("sort:price,-vcpu,+mem limit:7"));
    QVERIFY(query);
    QCOMPARE(query->sort.size(), 3);
    QCOMPARE(query->sort.at(0), (SortKey { SortKey::Price, false }));
    QCOMPARE(query->sort.at(1), (SortKey { SortKey::Vcpu, true }));
    QCOMPARE(query->sort.at(2), (SortKey { SortKey::Memory, false }));
    QCOMPARE(query->limit, 7);
}

void TestCatalogQueryParser::testKinds()
{
    auto query = QueryParser::parse(QStringLiteral("seoul"));
    QVERIFY(query);
    QVERIFY(query->wants(CatalogQuery::Kind::Regions));
    QVERIFY(query->wants(CatalogQuery::Kind::Specs));
    QVERIFY(query->wants(CatalogQuery::Kind::Images));

    query = QueryParser::parse(QStringLiteral("in:regions seoul"));
    QVERIFY(query);
    QVERIFY(query->wants(CatalogQuery::Kind::Regions));
    QVERIFY(!query->wants(CatalogQuery::Kind::Specs));

    query = QueryParser::parse(QStringLiteral("gpu>=2"));
    QVERIFY(query);
    QCOMPARE(query->gpuCount.min, std::optional<double>(2));
    QVERIFY(query->gpuModels.isEmpty());
}

void TestCatalogQueryParser::testEmptyQuery()
{
    QueryError error { 3, QStringLiteral("stale") };
    const auto query = QueryParser::parse(QStringLiteral("   "), &error);
    QVERIFY(query);
    QCOMPARE(error.column, 0);
    QVERIFY(query->text.isEmpty());
    QCOMPARE(query->kind, CatalogQuery::Kind::Any);
}

void TestCatalogQueryParser::testErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::newRow("unknown field") << "foo:bar" << 1;
    QTest::newRow("unknown field later") << "gpu:a100 colour:red" << 10;
    QTest::newRow("not a number") << "gpu:a100 vcpu>=x" << 16;
    QTest::newRow("operator on a list field") << "provider>aws" << 9;
    QTest::newRow("unknown sort key") << "sort:price,speed" << 12;
    QTest::newRow("after hangul") << "서울 vcpu>=abc" << 10;
    QTest::newRow("after emoji (one code point)") << "\U0001F600 foo:bar" << 3;
    QTest::newRow("unclosed quote") << "gpu:a100 \"seoul" << 10;
    QTest::newRow("bad range end") << "mem:32..abc" << 9;
    QTest::newRow("empty range") << "vcpu:16..8" << 6;
    QTest::newRow("latitude out of range") << "near:91,0" << 6;
    QTest::newRow("limit zero") << "limit:0" << 7;
    QTest::newRow("missing value") << "vcpu>= 8" << 7;
    QTest::newRow("comparison without a field") << "x >=8" << 3;
    QTest::newRow("specs and images at once") << "os:ubuntu gpu:a100" << 11;
    QTest::newRow("spec filter on images") << "in:images vcpu>=2" << 11;
    QTest::newRow("empty list item") << "provider:aws,,gcp" << 14;
    QTest::newRow("near twice") << "near:seoul near:tokyo" << 17;
    QTest::newRow("not-equal unsupported") << "vcpu!=4" << 5;
    QTest::newRow("bad currency") << "currency:WON2" << 10;
}

void TestCatalogQueryParser::testErrors()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QueryError error;
    const auto query = QueryParser::parse(text, &error);
    QVERIFY(!query);
    QCOMPARE(error.column, column);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.toString().contains(QString::number(column)));
}

QTEST_GUILESS_MAIN(TestCatalogQueryParser)
#include "TestCatalogQueryParser.moc"
