// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/CatalogResultModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Barista;
using Model = CatalogResultModel;

namespace {

CatalogSpec makeSpec(int i, std::optional<double> price)
{
    CatalogSpec row;
    row.spec.provider = (i % 2) ? QStringLiteral("aws") : QStringLiteral("gcp");
    row.spec.region = QStringLiteral("r%1").arg(i % 3);
    row.spec.name = QStringLiteral("spec-%1").arg(i, 5, 10, QLatin1Char('0'));
    row.spec.vcpu = 1 + (i % 16);
    row.spec.memoryGiB = 2.0 * row.spec.vcpu;
    row.spec.costPerHour = price;
    row.source = QStringLiteral("test");
    row.regionDisplayName = QStringLiteral("Region %1").arg(i % 3);
    row.regionNameKo = (i % 3 == 0) ? QStringLiteral("서울") : QString();
    return row;
}

/// n specs; every third has no price, the others a price that falls with i.
CatalogSearchResult makeResult(int n)
{
    CatalogSearchResult result;
    for (int i = 0; i < n; ++i)
        result.specs.append(makeSpec(i, (i % 3 == 1) ? std::nullopt : std::optional<double>(1000.0 - i)));
    return result;
}

void fetchAll(Model& model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

QVariant cell(const Model& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role);
}

} // namespace

class TestCatalogResultModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchesInBatches();
    void unknownPriceIsNotZero();
    void sortPutsUnknownPriceLastBothWays();
    void sortResetsBatchesAndMinusOneRestoresQueryOrder();
    void sortKeptAcrossNewResult();
    void koreanRegionNames();
    void regionOnlyResultShowsRegions();
};

void TestCatalogResultModel::fetchesInBatches()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResult(makeResult(450));
    QCOMPARE(model.totalCount(), 450);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore(QModelIndex()));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 200);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 400);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(inserted.last().at(1).toInt(), 400);
    QCOMPARE(inserted.last().at(2).toInt(), 449);
    QCOMPARE(cell(model, 449, Model::SpecIdColumn).toString(), QStringLiteral("aws+r2+spec-00449"));
    QCOMPARE(cell(model, 449, 0, Model::SpecIdRole).toString(), QStringLiteral("aws+r2+spec-00449"));

    model.setBatchSize(1000);
    model.setResult(makeResult(1500));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 1000);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

void TestCatalogResultModel::unknownPriceIsNotZero()
{
    Model model;
    model.setResult(makeResult(3));
    fetchAll(model);
    QCOMPARE(cell(model, 1, Model::PriceColumn).toString(), QStringLiteral("unknown"));
    QVERIFY(!cell(model, 1, 0, Model::PriceRole).isValid());
    QCOMPARE(cell(model, 0, 0, Model::PriceRole).toDouble(), 1000.0);
    QVERIFY(cell(model, 0, Model::PriceColumn).toString().contains(QStringLiteral("USD")));
    QCOMPARE(cell(model, 2, 0, Model::VcpuRole).toInt(), 3);
}

void TestCatalogResultModel::sortPutsUnknownPriceLastBothWays()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResult(makeResult(600));
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        model.sort(Model::PriceColumn, order);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 600);
        const int known = 400; // i % 3 != 1
        double previous = order == Qt::AscendingOrder ? -1 : 1e9;
        for (int row = 0; row < known; ++row) {
            const QVariant price = cell(model, row, 0, Model::PriceRole);
            QVERIFY2(price.isValid(), qPrintable(QString::number(row)));
            if (order == Qt::AscendingOrder)
                QVERIFY(price.toDouble() >= previous);
            else
                QVERIFY(price.toDouble() <= previous);
            previous = price.toDouble();
        }
        for (int row = known; row < 600; ++row)
            QVERIFY(!cell(model, row, 0, Model::PriceRole).isValid());
    }
    model.sort(Model::PriceColumn, Qt::AscendingOrder);
    fetchAll(model);
    QCOMPARE(cell(model, 0, 0, Model::PriceRole).toDouble(), 1000.0 - 599);
}

void TestCatalogResultModel::sortResetsBatchesAndMinusOneRestoresQueryOrder()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResult(makeResult(300));
    fetchAll(model);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(Model::VcpuColumn, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    model.fetchMore(QModelIndex());
    QCOMPARE(cell(model, 0, 0, Model::VcpuRole).toInt(), 16);
    QCOMPARE(model.sortColumn(), int(Model::VcpuColumn));

    model.sort(-1);
    fetchAll(model);
    for (int row = 0; row < 300; ++row)
        QCOMPARE(model.specAt(row)->spec.name, QStringLiteral("spec-%1").arg(row, 5, 10, QLatin1Char('0')));
}

void TestCatalogResultModel::sortKeptAcrossNewResult()
{
    Model model;
    model.sort(Model::PriceColumn, Qt::AscendingOrder);
    model.setResult(makeResult(10));
    fetchAll(model);
    QCOMPARE(cell(model, 0, 0, Model::PriceRole).toDouble(), 1000.0 - 9);
    QVERIFY(!cell(model, 9, 0, Model::PriceRole).isValid());
}

void TestCatalogResultModel::koreanRegionNames()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResult(makeResult(2));
    fetchAll(model);
    QCOMPARE(cell(model, 0, Model::RegionColumn).toString(), QStringLiteral("Region 0"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setKoreanNames(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(model, 0, Model::RegionColumn).toString(), QStringLiteral("서울"));
    // No Korean name known: the English one, not an empty cell.
    QCOMPARE(cell(model, 1, Model::RegionColumn).toString(), QStringLiteral("Region 1"));
}

void TestCatalogResultModel::regionOnlyResultShowsRegions()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CatalogSearchResult result;
    for (const auto& [provider, name] :
        { std::pair { "gcp", "asia-northeast3" }, std::pair { "aws", "ap-northeast-2" } }) {
        CatalogRegion region;
        region.region.provider = QLatin1String(provider);
        region.region.name = QLatin1String(name);
        region.region.displayName = QStringLiteral("Seoul");
        region.nameKo = QStringLiteral("서울");
        result.regions.append(region);
    }
    model.setResult(result);
    fetchAll(model);
    QCOMPARE(model.rowKind(), Model::RowKind::Region);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.specAt(0));
    QVERIFY(!cell(model, 0, 0, Model::SpecIdRole).isValid());
    QCOMPARE(cell(model, 0, 0, Model::RegionKeyRole).toString(), QStringLiteral("gcp-asia-northeast3"));
    QCOMPARE(model.headerData(Model::SpecIdColumn, Qt::Horizontal).toString(), QStringLiteral("Region id"));
    model.sort(Model::ProviderColumn, Qt::AscendingOrder);
    fetchAll(model);
    QCOMPARE(model.regionAt(0)->region.provider, QStringLiteral("aws"));

    // Specs win when a result has both.
    result.specs.append(makeSpec(0, 1.0));
    model.setResult(result);
    QCOMPARE(model.rowKind(), Model::RowKind::Spec);
    QCOMPARE(model.totalCount(), 1);
}

QTEST_GUILESS_MAIN(TestCatalogResultModel)
#include "TestCatalogResultModel.moc"
