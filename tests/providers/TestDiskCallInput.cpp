// SPDX-License-Identifier: GPL-3.0-or-later
// The disk anyCall functions' shared input check (DiskCallInput): which functions it takes,
// which inputs each needs, and the error for each missing or wrong input.

#include "providers/common/DiskCallInput.h"

#include <QTest>

using namespace Barista;

class TestDiskCallInput : public QObject
{
    Q_OBJECT

private slots:
    void testFunctions();
    void testValid_data();
    void testValid();
    void testInvalid_data();
    void testInvalid();
    void testUnknownFunction();
};

using Inputs = QMap<QString, QString>;

namespace {

Inputs in(std::initializer_list<std::pair<const char*, const char*>> pairs)
{
    Inputs result;
    for (const auto& [key, value] : pairs)
        result.insert(QString::fromLatin1(key), QString::fromLatin1(value));
    return result;
}

} // namespace

void TestDiskCallInput::testFunctions()
{
    QCOMPARE(DiskCallInput::functions(),
        QStringList({ QStringLiteral("AttachDisk"), QStringLiteral("DetachDisk"), QStringLiteral("ResizeDisk") }));
    QVERIFY(DiskCallInput::handles(QStringLiteral("ResizeDisk")));
    QVERIFY(!DiskCallInput::handles(QStringLiteral("GetQuota")));
    QVERIFY(!DiskCallInput::handles(QStringLiteral("attachdisk"))); // function ids are case-sensitive
}

void TestDiskCallInput::testValid_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<Inputs>("inputs");
    QTest::addColumn<QString>("disk");
    QTest::addColumn<QString>("vm");
    QTest::addColumn<int>("sizeGb");
    QTest::newRow("attach") << "AttachDisk" << in({ { "disk", "vol-1" }, { "vm", "i-2" } }) << "vol-1"
                            << "i-2" << 0;
    QTest::newRow("attach trims") << "AttachDisk" << in({ { "disk", " data " }, { "vm", "web\t" } }) << "data"
                                  << "web" << 0;
    QTest::newRow("detach without vm") << "DetachDisk" << in({ { "disk", "vol-1" } }) << "vol-1"
                                       << "" << 0;
    QTest::newRow("detach with vm") << "DetachDisk" << in({ { "disk", "d" }, { "vm", "v" } }) << "d"
                                    << "v" << 0;
    QTest::newRow("resize") << "ResizeDisk" << in({ { "disk", "d" }, { "sizeGb", "20" } }) << "d"
                            << "" << 20;
    // sizeGb is read only by ResizeDisk: a stray one elsewhere is ignored, not an error.
    QTest::newRow("attach ignores size") << "AttachDisk" << in({ { "disk", "d" }, { "vm", "v" }, { "sizeGb", "x" } })
                                         << "d"
                                         << "v" << 0;
}

void TestDiskCallInput::testValid()
{
    QFETCH(QString, function);
    QFETCH(Inputs, inputs);
    const Result<DiskCallInput> parsed = DiskCallInput::parse({ function, inputs });
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed.value().functionId, function);
    QTEST(parsed.value().disk, "disk");
    QTEST(parsed.value().vm, "vm");
    QTEST(parsed.value().sizeGb, "sizeGb");
}

void TestDiskCallInput::testInvalid_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<Inputs>("inputs");
    QTest::addColumn<QString>("message");
    QTest::newRow("attach no disk") << "AttachDisk" << in({ { "vm", "v" } }) << "AttachDisk needs the input \"disk\".";
    QTest::newRow("detach blank disk") << "DetachDisk" << in({ { "disk", "  " } })
                                       << "DetachDisk needs the input \"disk\".";
    QTest::newRow("resize no disk") << "ResizeDisk" << in({ { "sizeGb", "5" } })
                                    << "ResizeDisk needs the input \"disk\".";
    QTest::newRow("attach no vm") << "AttachDisk" << in({ { "disk", "d" } }) << "AttachDisk needs the input \"vm\".";
    QTest::newRow("resize no size") << "ResizeDisk" << in({ { "disk", "d" } })
                                    << "ResizeDisk needs a positive \"sizeGb\".";
    QTest::newRow("resize zero") << "ResizeDisk" << in({ { "disk", "d" }, { "sizeGb", "0" } })
                                 << "ResizeDisk needs a positive \"sizeGb\".";
    QTest::newRow("resize negative") << "ResizeDisk" << in({ { "disk", "d" }, { "sizeGb", "-3" } })
                                     << "ResizeDisk needs a positive \"sizeGb\".";
    QTest::newRow("resize not a number") << "ResizeDisk" << in({ { "disk", "d" }, { "sizeGb", "10GB" } })
                                         << "ResizeDisk needs a positive \"sizeGb\".";
}

void TestDiskCallInput::testInvalid()
{
    QFETCH(QString, function);
    QFETCH(Inputs, inputs);
    QFETCH(QString, message);
    const Result<DiskCallInput> parsed = DiskCallInput::parse({ function, inputs });
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(parsed.error().providerCode, QStringLiteral("InvalidInput"));
    QCOMPARE(parsed.error().message, message);
}

void TestDiskCallInput::testUnknownFunction()
{
    const Result<DiskCallInput> parsed
        = DiskCallInput::parse({ QStringLiteral("GetQuota"), { { QStringLiteral("disk"), QStringLiteral("d") } } });
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, CloudError::Kind::Unsupported);
    QCOMPARE(parsed.error().providerCode, QStringLiteral("UnknownFunction"));
    QVERIFY2(parsed.error().message.contains(QStringLiteral("\"GetQuota\"")), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestDiskCallInput)
#include "TestDiskCallInput.moc"
