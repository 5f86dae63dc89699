// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CsvReader.h"

#include <QBuffer>
#include <QObject>
#include <QTest>

using namespace Barista;

class TestCatalogCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRecordsAndLines();
    void testQuotesAcrossChunks();
    void testUnclosedQuote();
    void testBomAndNoTrailingNewline();
};

void TestCatalogCsvReader::testRecordsAndLines()
{
    QByteArray data = "a,b,c\r\n1,\"x,y\",3\n\"two\nlines\",\"say \"\"hi\"\"\",\n\nlast,,\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QList<QByteArray> fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, (QList<QByteArray> { "a", "b", "c" }));
    QCOMPARE(reader.recordLine(), 1);
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, (QList<QByteArray> { "1", "x,y", "3" }));
    QCOMPARE(reader.recordLine(), 2);
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, (QList<QByteArray> { "two\nlines", "say \"hi\"", "" }));
    QCOMPARE(reader.recordLine(), 3);
    QVERIFY(reader.readRecord(fields)); // the blank line
    QCOMPARE(fields, QList<QByteArray> { "" });
    QCOMPARE(reader.recordLine(), 5);
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, (QList<QByteArray> { "last", "", "" }));
    QCOMPARE(reader.recordLine(), 6);
    QVERIFY(!reader.readRecord(fields));
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.bytesConsumed(), data.size());
}

void TestCatalogCsvReader::testQuotesAcrossChunks()
{
    // A quoted field longer than the reader's 1 MiB chunk, with an escaped quote at the seam.
    QByteArray big(1 << 20, 'x');
    big[(1 << 20) - 4] = '"'; // data offset 2^20 - 1: the last byte of the first chunk
    big[(1 << 20) - 3] = '"';
    QByteArray data = "h\n\"" + big + "\",tail\nnext\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QList<QByteArray> fields;
    QVERIFY(reader.readRecord(fields));
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(0).size(), (1 << 20) - 1);
    QCOMPARE(fields.at(1), QByteArray("tail"));
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, QList<QByteArray> { "next" });
    QCOMPARE(reader.recordLine(), 3);
}

void TestCatalogCsvReader::testUnclosedQuote()
{
    QByteArray data = "a,b\n1,2\n3,\"open\nstill open\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QList<QByteArray> fields;
    QVERIFY(reader.readRecord(fields));
    QVERIFY(reader.readRecord(fields));
    QVERIFY(!reader.readRecord(fields));
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorLine(), 3);
}

void TestCatalogCsvReader::testBomAndNoTrailingNewline()
{
    QByteArray data = "\xEF\xBB\xBFname,value\nx,1";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QList<QByteArray> fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields.first(), QByteArray("name"));
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, (QList<QByteArray> { "x", "1" }));
    QVERIFY(!reader.readRecord(fields));
    QVERIFY(!reader.hasError());
}

QTEST_GUILESS_MAIN(TestCatalogCsvReader)
#include "TestCatalogCsvReader.moc"
