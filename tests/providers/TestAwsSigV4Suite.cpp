// SPDX-License-Identifier: GPL-3.0-or-later
// Every case of the AWS "Signature Version 4 Test Suite" in ../shared/testvectors (botocore's 34,
// including the four botocore itself skips, plus aws-c-auth's two corrected cases): canonical
// request, string to sign and Authorization must match byte for byte. No case is skipped; the
// only expected failures are aws-c-auth's stale .sts/.authz files (see suite()).

#include "providers/common/AwsSigV4Signer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Barista;

namespace {

QString vectorsDir()
{
    return QDir(QStringLiteral(BARISTA_SHARED_DIR)).filePath(QStringLiteral("testvectors"));
}

const QLatin1String kBotocore("aws-sig-v4-test-suite");
const QLatin1String kAwsCAuth("aws-sig-v4-test-suite-aws-c-auth");

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

struct ParsedRequest
{
    bool ok = false;
    AwsSigV4Request request;
};

// The suite's .req files are raw HTTP/1.1 requests, except that paths and queries may hold
// unencoded UTF-8 and spaces (get-utf8, get-space): the target is everything between the
// method and the last space before the version.
ParsedRequest parseRawRequest(const QByteArray& raw)
{
    ParsedRequest parsed;
    const QList<QByteArray> lines = raw.split('\n');
    if (lines.isEmpty())
        return parsed;
    const QByteArray requestLine = lines.first();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace || !requestLine.mid(lastSpace + 1).startsWith("HTTP/"))
        return parsed;
    AwsSigV4Request& request = parsed.request;
    request.method = requestLine.left(firstSpace);
    const QByteArray target = requestLine.mid(firstSpace + 1, lastSpace - firstSpace - 1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    if (question >= 0) {
        for (const QByteArray& pair : target.mid(question + 1).split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            const QByteArray name = eq < 0 ? pair : pair.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            request.query.append({ QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                QString::fromUtf8(QByteArray::fromPercentEncoding(value)) });
        }
    }
    qsizetype i = 1;
    for (; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (line.isEmpty())
            break;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !request.headers.isEmpty()) {
            request.headers.last().second += '\n' + line; // obs-fold continuation
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return parsed;
        request.headers.append({ line.left(colon), line.mid(colon + 1) });
    }
    if (i + 1 < lines.size())
        request.body = lines.mid(i + 1).join('\n');
    parsed.ok = true;
    return parsed;
}

// The value of the first "name:value" line (name compared case-insensitively).
QByteArray headerLine(const QByteArray& text, const QByteArray& name)
{
    for (const QByteArray& line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

class TestAwsSigV4Suite : public QObject
{
    Q_OBJECT

private slots:
    void suiteIsComplete();
    void suite_data();
    void suite();
    void parserReadsObsFoldAndBody();
};

void TestAwsSigV4Suite::suiteIsComplete()
{
    if (!QFileInfo::exists(vectorsDir()))
        QSKIP("../shared/testvectors is not present beside the checkout");
    // A truncated copy must fail loudly instead of quietly running fewer cases.
    int count = 0;
    QDirIterator it(vectorsDir(), { QStringLiteral("*.req") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    QCOMPARE(count, 36); // 34 from botocore + 2 corrected by aws-c-auth
}

void TestAwsSigV4Suite::suite_data()
{
    if (!QFileInfo::exists(vectorsDir()))
        QSKIP("../shared/testvectors is not present beside the checkout");
    QTest::addColumn<QString>("base"); // path without extension: DIR/NAME
    QStringList bases;
    for (const QLatin1String suiteName : { kBotocore, kAwsCAuth }) {
        const QDir suiteDir(QDir(vectorsDir()).filePath(suiteName));
        QDirIterator it(suiteDir.path(), { QStringLiteral("*.req") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            bases.append(it.next().chopped(4));
    }
    std::sort(bases.begin(), bases.end());
    for (const QString& base : bases) {
        const QString tag = QDir(vectorsDir()).relativeFilePath(QFileInfo(base).path());
        QTest::newRow(qPrintable(tag)) << base;
    }
}

void TestAwsSigV4Suite::suite()
{
    QFETCH(QString, base);
    const QString name = QFileInfo(base).fileName();
    const bool awsCAuth = QDir(vectorsDir()).relativeFilePath(base).startsWith(QString(kAwsCAuth) + QLatin1Char('/'));
    const QByteArray expectedCreq = readFile(base + QStringLiteral(".creq"));
    const QByteArray expectedSts = readFile(base + QStringLiteral(".sts"));
    const QByteArray expectedAuthz = readFile(base + QStringLiteral(".authz"));
    const QByteArray signedRequest = readFile(base + QStringLiteral(".sreq"));
    QVERIFY(!expectedCreq.isEmpty() && !expectedSts.isEmpty() && !expectedAuthz.isEmpty());

    ParsedRequest parsed = parseRawRequest(readFile(base + QStringLiteral(".req")));
    QVERIFY2(parsed.ok, "unparsable .req");
    AwsSigV4Request& request = parsed.request;
    // The suite's fixed inputs (README): key, secret, region, service and time.
    request.service = QStringLiteral("service");
    request.region = QStringLiteral("us-east-1");
    request.timestamp = QDateTime(QDate(2015, 8, 30), QTime(12, 36, 0), QTimeZone::utc());
    request.credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    request.credentials.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    // Session-token cases: signed when the canonical request lists the token, otherwise added
    // after signing when only the signed request carries it (post-sts-header-after).
    AwsSigV4Options options;
    const QByteArray token = headerLine(expectedCreq, "x-amz-security-token");
    if (!token.isEmpty()) {
        request.credentials.sessionToken = QString::fromUtf8(token);
    } else if (const QByteArray late = headerLine(signedRequest, "x-amz-security-token"); !late.isEmpty()) {
        request.credentials.sessionToken = QString::fromUtf8(late);
        options.signSessionToken = false;
    }

    const AwsSigV4Result result = AwsSigV4Signer::sign(request, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.canonicalRequest, expectedCreq);

    // aws-c-auth corrected the .req and .creq of its two form-urlencoded cases (Content-Length,
    // charset=utf-8) but kept botocore's .sts and .authz: the files contradict each other, which
    // the first check proves from the data alone. Our canonical request matches the corrected
    // .creq above; the stale hash and signature are expected to differ (an XPASS would fail).
    const bool staleSts = awsCAuth && !expectedSts.endsWith(AwsSigV4Signer::sha256Hex(expectedCreq));
    if (awsCAuth)
        QVERIFY2(staleSts, "the aws-c-auth vector became consistent: remove the expected failure");
    if (staleSts)
        QEXPECT_FAIL("", "upstream .sts/.authz not regenerated after the .creq fix", Continue);
    QCOMPARE(result.stringToSign, expectedSts);
    if (staleSts)
        QEXPECT_FAIL("", "upstream .sts/.authz not regenerated after the .creq fix", Continue);
    QCOMPARE(result.authorization, expectedAuthz);
    if (staleSts)
        return;

    // Every header we add must appear with that value in the suite's signed request, except
    // where the .sreq contradicts the case's own .authz (get-vanilla-with-session-token's
    // .sreq carries get-vanilla's signature).
    const bool staleSreq = headerLine(signedRequest, "authorization") != expectedAuthz;
    QCOMPARE(staleSreq, name == QLatin1String("get-vanilla-with-session-token"));
    for (const auto& [headerName, value] : result.headersToAdd) {
        if (staleSreq && headerName == "authorization")
            continue;
        QCOMPARE(headerLine(signedRequest, headerName.toLower()), value);
    }
}

void TestAwsSigV4Suite::parserReadsObsFoldAndBody()
{
    const ParsedRequest parsed
        = parseRawRequest(QByteArrayLiteral("POST /a b?x=%E1%88%B4&y HTTP/1.1\nHost:h\nA:1\n  2\n\nbody\nmore"));
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.request.method, QByteArray("POST"));
    QCOMPARE(parsed.request.path, QByteArray("/a b"));
    QCOMPARE(parsed.request.query.size(), 2);
    QCOMPARE(parsed.request.query.at(0).second, QString(QChar(0x1234)));
    QCOMPARE(parsed.request.query.at(1), qMakePair(QStringLiteral("y"), QString()));
    QCOMPARE(parsed.request.headers.size(), 2);
    QCOMPARE(parsed.request.headers.at(1).second, QByteArray("1\n  2"));
    QCOMPARE(parsed.request.body, QByteArray("body\nmore"));
}

QTEST_GUILESS_MAIN(TestAwsSigV4Suite)
#include "TestAwsSigV4Suite.moc"
