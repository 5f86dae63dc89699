// SPDX-License-Identifier: GPL-3.0-or-later
// The credentials scan's scanner must be able to fail: a secret planted in each form it knows
// (raw, URL-encoded, form-encoded, JSON-escaped, base64 at every alignment, hex, in a file name,
// in an SQLite cell and in its write-ahead log) is found and named without its value; a clean
// tree, and near misses, are clean.

#include "tests/scan/SecretScanner.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Barista::Test;

class TestSecretScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testCatalogFile();
    void testForms_data();
    void testForms();
    void testNearMissesAreClean_data();
    void testNearMissesAreClean();
    void testTree();
    void testSqliteCells();
    void testPrivateKeys();

private:
    static QByteArray json(const QByteArray& value);
    SecretCatalog m_catalog;
};

namespace {

// Made up for this test only (not in tests/data/test-secrets.txt, so no other test's output
// can hold them by accident).
const QByteArray Slashy("sc4n/Planted+Secret=Value/0042");
const QByteArray Spaced("planted \"quoted\" pass\\phrase");
const QByteArray Binaryish("sc4n?\?\?>>>planted"); // its base64 has '/' and '+' at every alignment

void write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

void TestSecretScanner::initTestCase()
{
    m_catalog.add(QStringLiteral("slashy"), Slashy);
    m_catalog.add(QStringLiteral("spaced"), Spaced);
    m_catalog.add(QStringLiteral("binaryish"), Binaryish);
}

QByteArray TestSecretScanner::json(const QByteArray& value)
{
    QByteArray out;
    for (char c : value) {
        if (c == '"' || c == '\\' || c == '/')
            out.append('\\');
        out.append(c);
    }
    return out;
}

void TestSecretScanner::testCatalogFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.txt"));
    write(path, "# comment\n\nfirst  value with spaces \nsecond abcdefgh\r\n");
    SecretCatalog catalog;
    QString error;
    QVERIFY2(catalog.load(path, &error), qPrintable(error));
    QCOMPARE(catalog.secrets().size(), 2);
    QCOMPARE(catalog.secrets().at(0).name, QStringLiteral("first"));
    QCOMPARE(catalog.secrets().at(0).value, QByteArray(" value with spaces ")); // the rest of the line, as is
    QCOMPARE(catalog.secrets().at(1).value, QByteArray("abcdefgh"));

    write(path, "short abc\n");
    QVERIFY(!SecretCatalog().load(path, &error));
    QVERIFY(error.contains(QStringLiteral("short")));
    QVERIFY(!error.contains(QStringLiteral("abc\""))); // names the entry, not its value
    write(path, "twice abcdefgh\ntwice ijklmnop\n");
    QVERIFY(!SecretCatalog().load(path, &error));
    write(path, "# nothing\n");
    QVERIFY(!SecretCatalog().load(path, &error));
}

void TestSecretScanner::testForms_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("form");
    QTest::addColumn<qint64>("offset");
    const QByteArray pre("log line: x=");
    QTest::newRow("raw") << pre + Slashy + " end"
                         << "slashy"
                         << "raw" << qint64(pre.size());
    QTest::newRow("url full") << pre + QUrl::toPercentEncoding(QString::fromUtf8(Slashy)) << "slashy"
                              << "URL-encoded" << qint64(pre.size());
    QTest::newRow("url partial lower hex") << QByteArray("q=sc4n/Planted%2bSecret%3dValue/0042") << "slashy"
                                           << "URL-encoded" << qint64(2);
    QTest::newRow("form") << QByteArray("a=1&p=planted+%22quoted%22+pass%5Cphrase") << "spaced"
                          << "form-encoded" << qint64(6);
    QTest::newRow("json") << QByteArray("{\"k\":\"") + json(Slashy) + "\"}"
                          << "slashy"
                          << "JSON-escaped" << qint64(6);
    QTest::newRow("json quotes") << QByteArray("{\"k\":\"") + json(Spaced) + "\"}"
                                 << "spaced"
                                 << "JSON-escaped" << qint64(6);
    QTest::newRow("json unicode") << QByteArray("\"sc4n\\/Planted\\u002bSecret=Value\\/0042\"") << "slashy"
                                  << "JSON-escaped" << qint64(1);
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray basic = QByteArray(QByteArray(shift, 'u') + ":" + Slashy + ":tail").toBase64();
        QTest::addRow("base64 shift %d", shift) << "Authorization: Basic " + basic << "slashy"
                                                << "base64" << qint64(-1);
        const QByteArray urlSafe = QByteArray(QByteArray(shift, 'u') + Spaced).toBase64(QByteArray::Base64UrlEncoding);
        const QByteArray urlSafeSlashes
            = QByteArray(QByteArray(shift, 'u') + Binaryish).toBase64(QByteArray::Base64UrlEncoding);
        QTest::addRow("base64url slashes shift %d", shift) << "t=" + urlSafeSlashes << "binaryish"
                                                           << "base64url" << qint64(-1);
        QTest::addRow("base64url shift %d", shift) << "token=" + urlSafe << "spaced"
                                                   << "base64*" << qint64(-1);
    }
    QTest::newRow("hex") << "k=" + Spaced.toHex() << "spaced"
                         << "hex" << qint64(2);
    QTest::newRow("HEX") << "k=" + Slashy.toHex().toUpper() << "slashy"
                         << "hex" << qint64(2);
    QTest::newRow("base64 in json") << QByteArray("{\"b\":\"") + json(QByteArray("xy" + Binaryish).toBase64()) + "\"}"
                                    << "binaryish"
                                    << "base64 in JSON-escaped text" << qint64(-1);
}

void TestSecretScanner::testForms()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, secret);
    QFETCH(QString, form);
    QFETCH(qint64, offset);
    SecretScanner scanner(m_catalog);
    scanner.scanBytes(text, QStringLiteral("here"));
    QCOMPARE(scanner.findings().size(), 1);
    const SecretScanner::Finding f = scanner.findings().first();
    QCOMPARE(f.where, QStringLiteral("here"));
    QCOMPARE(f.secret, secret);
    if (form.endsWith(QLatin1Char('*'))) // an alignment without '+' or '/' reads the same in both alphabets
        QVERIFY2(f.form.startsWith(form.chopped(1)), qPrintable(f.form));
    else
        QCOMPARE(f.form, form);
    if (offset >= 0)
        QCOMPARE(f.offset, offset);
}

void TestSecretScanner::testNearMissesAreClean_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte changed") << QByteArray("sc4n/Planted+Secret=Value/0043");
    QTest::newRow("truncated") << Slashy.left(Slashy.size() - 1);
    QTest::newRow("other case") << Slashy.toUpper();
    QTest::newRow("redacted") << QByteArray("{\"password\": \"<redacted>\", \"Authorization\": \"Basic <redacted>\"}");
    QTest::newRow("binary noise") << QByteArray(4096, '\xff') + QByteArray(4096, '\0');
}

void TestSecretScanner::testNearMissesAreClean()
{
    QFETCH(QByteArray, text);
    SecretScanner scanner(m_catalog);
    scanner.scanBytes(text, QStringLiteral("here"));
    QVERIFY2(scanner.findings().isEmpty(), qPrintable(scanner.findings().value(0).form));
}

void TestSecretScanner::testTree()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("config/Barista/settings.conf")), "[General]\nlastConnection=aws-dev\n");
    write(dir.filePath(QStringLiteral("tmp/ws-1/.hidden/log.txt")), "nothing to see\n");
    SecretScanner clean(m_catalog);
    QCOMPARE(clean.scanTree(dir.path()), 2);
    QVERIFY(clean.findings().isEmpty());
    QVERIFY(clean.problems().isEmpty());

    write(dir.filePath(QStringLiteral("tmp/ws-1/.hidden/log.txt")), "nothing to see\nexcept " + Spaced + "\n");
    write(dir.filePath(QStringLiteral("home/") + QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(Slashy)))),
        "x");
    SecretScanner dirty(m_catalog);
    QCOMPARE(dirty.scanTree(dir.path()), 3);
    QCOMPARE(dirty.findings().size(), 2);
    QStringList places;
    for (const SecretScanner::Finding& f : dirty.findings()) {
        places.append(f.where + QLatin1Char('/') + f.secret + QLatin1Char('/') + f.form);
        QVERIFY(!f.where.contains(QString::fromUtf8(Spaced)));
    }
    places.sort();
    QVERIFY2(places.at(0).startsWith(QStringLiteral("file name home/sc4n%2FPlanted")), qPrintable(places.at(0)));
    QVERIFY2(places.at(0).endsWith(QStringLiteral("/slashy/URL-encoded")), qPrintable(places.at(0)));
    QCOMPARE(places.at(1), QStringLiteral("tmp/ws-1/.hidden/log.txt/spaced/raw"));
}

void TestSecretScanner::testSqliteCells()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workspace.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plant"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE connections (id INTEGER, name TEXT, detail TEXT)")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO connections VALUES (1, 'dev', ?)")));
        // Long enough to spill onto overflow pages: the raw bytes alone might split the secret.
        q.addBindValue(QString(QString(5000, QLatin1Char('a')) + QString::fromUtf8(json(Slashy))));
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE clean (v TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO clean VALUES ('nothing')")));
        // Left open: the rows are still in the -wal file only, as in a crashed or running app.
        SecretScanner scanner(m_catalog);
        scanner.scanFile(path, QStringLiteral("workspace.sqlite"));
        QVERIFY2(scanner.problems().isEmpty(), qPrintable(scanner.problems().join(QLatin1Char('\n'))));
        QCOMPARE(scanner.databasesScanned(), 1);
        QCOMPARE(scanner.findings().size(), 1);
        QCOMPARE(scanner.findings().first().where,
            QStringLiteral("workspace.sqlite: table connections row 1 column detail"));
        QCOMPARE(scanner.findings().first().form, QStringLiteral("JSON-escaped"));
        QCOMPARE(scanner.findings().first().offset, qint64(5000));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plant"));
    QVERIFY(QFile::exists(path)); // scanning a copy left the database alone
}

void TestSecretScanner::testPrivateKeys()
{
    const QByteArray pem("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n");
    SecretScanner scanner(m_catalog);
    scanner.scanBytes(pem, QStringLiteral("id_test")); // a key file a test wrote: not a leak by itself
    QVERIFY(scanner.findings().isEmpty());
    scanner.scanBytes("{\"privateKey\": \"" + pem + "\"}", QStringLiteral("row"));
    QCOMPARE(scanner.findings().size(), 1);
    QCOMPARE(scanner.findings().first().secret, QStringLiteral("a PEM private key"));
    SecretScanner quiet(m_catalog);
    quiet.setFlagPrivateKeys(false);
    quiet.scanBytes("x " + pem, QStringLiteral("row"));
    QVERIFY(quiet.findings().isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretScanner)
#include "TestSecretScanner.moc"
