// SPDX-License-Identifier: GPL-3.0-or-later
// Differential test: our AwsSigV4Signer against the official AWS signer (@smithy/signature-v4).
// Generates seeded random requests, signs them with our code, and hands requests plus our
// results to sigv4-referee.mjs, which signs them again with the SDK and compares.
// Exit code: the node script's (0 = all matched), 77 when node or the npm packages are missing
// (1 instead when BARISTA_REQUIRE_CONFORMANCE=1, so that CI cannot skip silently).

#include "providers/common/AwsSigV4Signer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

using namespace Barista;

namespace {

constexpr int kSkipCode = 77; // CTest SKIP_RETURN_CODE

int skipOrFail(QTextStream& out, const QString& reason)
{
    const bool required = qEnvironmentVariableIntValue("BARISTA_REQUIRE_CONFORMANCE") == 1;
    out << (required ? "FAIL (BARISTA_REQUIRE_CONFORMANCE=1): " : "SKIP: ") << reason << '\n';
    return required ? 1 : kSkipCode;
}

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {
    }

    template <typename T> const T& pick(const QList<T>& list)
    {
        return list.at(int(m_rng.bounded(quint32(list.size()))));
    }
    bool chance(int percent) { return int(m_rng.bounded(100u)) < percent; }
    int between(int low, int high) { return low + int(m_rng.bounded(quint32(high - low + 1))); }

    QString text(const QStringList& alphabet, int minLength, int maxLength)
    {
        QString out;
        const int length = between(minLength, maxLength);
        for (int i = 0; i < length; ++i)
            out += pick(alphabet);
        return out;
    }

    QByteArray bytes(int length)
    {
        QByteArray out(length, Qt::Uninitialized);
        for (char& c : out)
            c = char(m_rng.bounded(256u));
        return out;
    }

private:
    QRandomGenerator m_rng;
};

// Characters chosen to hit every encoding rule: unreserved, reserved, space, percent,
// two-, three- and four-byte UTF-8 (no lone surrogates: they have no UTF-8 form).
const QStringList kChars = {
    QStringLiteral("a"),
    QStringLiteral("Z"),
    QStringLiteral("0"),
    QStringLiteral("-"),
    QStringLiteral("_"),
    QStringLiteral("."),
    QStringLiteral("~"),
    QStringLiteral(" "),
    QStringLiteral("!"),
    QStringLiteral("$"),
    QStringLiteral("&"),
    QStringLiteral("'"),
    QStringLiteral("("),
    QStringLiteral(")"),
    QStringLiteral("*"),
    QStringLiteral("+"),
    QStringLiteral(","),
    QStringLiteral(";"),
    QStringLiteral("="),
    QStringLiteral(":"),
    QStringLiteral("@"),
    QStringLiteral("%"),
    QStringLiteral("%41"),
    QStringLiteral("?"),
    QStringLiteral("#"),
    QStringLiteral("["),
    QStringLiteral("]"),
    QStringLiteral("\""),
    QStringLiteral("<"),
    QStringLiteral("|"),
    QString(QChar(0xe9)),
    QString(QChar(0x1234)),
    QString(QChar(0x65e5)),
    QString(QChar(0x672c)),
    QString::fromUtf8("\xf0\x9f\x98\x80"),
    QStringLiteral("key"),
    QStringLiteral("Value"),
};
const QStringList kWordChars = { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("X"), QStringLiteral("9"),
    QStringLiteral("-"), QStringLiteral("_") };
const QStringList kValueChars = {
    QStringLiteral("a"),
    QStringLiteral("B"),
    QStringLiteral("7"),
    QStringLiteral(" "),
    QStringLiteral("  "),
    QStringLiteral("\t"),
    QStringLiteral("\""),
    QStringLiteral(","),
    QStringLiteral(";"),
    QStringLiteral("="),
    QStringLiteral("/"),
    QStringLiteral(":"),
    QString(QChar(0xe9)),
    QString(QChar(0x1234)),
};
const QStringList kHeaderNames = {
    QStringLiteral("Content-Type"),
    QStringLiteral("content-type"),
    QStringLiteral("My-Header1"),
    QStringLiteral("my-header1"),
    QStringLiteral("MY-HEADER1"),
    QStringLiteral("X-Custom"),
    QStringLiteral("x-custom"),
    QStringLiteral("X-Amz-Target"),
    QStringLiteral("X-Amz-Meta-Tag"),
    QStringLiteral("Accept"),
    QStringLiteral("Content-MD5"),
    QStringLiteral("Range"),
    QStringLiteral("If-Match"),
    QStringLiteral("Content-Length"),
    // Unsignable by the SDK's rules: both signers must leave them out.
    QStringLiteral("User-Agent"),
    QStringLiteral("Connection"),
    QStringLiteral("Expect"),
    QStringLiteral("X-Amzn-Trace-Id"),
    QStringLiteral("Proxy-Thing"),
    QStringLiteral("Sec-Fetch-Mode"),
    // Replaced by the signer's own values.
    QStringLiteral("Authorization"),
    QStringLiteral("X-Amz-Date"),
};
const QStringList kMethods = { QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
    QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("PATCH"), QStringLiteral("OPTIONS") };
const QStringList kServices = { QStringLiteral("ec2"), QStringLiteral("s3"), QStringLiteral("sts"),
    QStringLiteral("execute-api"), QStringLiteral("service") };
const QStringList kRegions = { QStringLiteral("us-east-1"), QStringLiteral("eu-central-1"),
    QStringLiteral("ap-northeast-2"), QStringLiteral("cn-north-1"), QStringLiteral("us-gov-west-1") };

QJsonArray pairsToJson(const QList<QPair<QString, QString>>& pairs)
{
    QJsonArray out;
    for (const auto& [a, b] : pairs)
        out.append(QJsonArray { a, b });
    return out;
}

QJsonArray pairsToJson(const AwsHeaderList& pairs)
{
    QJsonArray out;
    for (const auto& [a, b] : pairs)
        out.append(QJsonArray { QString::fromUtf8(a), QString::fromUtf8(b) });
    return out;
}

QJsonObject makeCase(Generator& g, int id)
{
    const bool presign = g.chance(15);
    AwsSigV4Request request;
    AwsSigV4Options options;
    options.normalizePath = !g.chance(15);
    options.addContentSha256Header = !presign && g.chance(25);
    options.unsignedPayload = options.addContentSha256Header && g.chance(40);

    request.method = g.pick(kMethods).toLatin1();
    QString path;
    const int segments = g.between(0, 5);
    for (int i = 0; i < segments; ++i) {
        path += QLatin1Char('/');
        if (options.normalizePath && g.chance(10))
            path += g.pick(QStringList { QStringLiteral("."), QStringLiteral(".."), QString() });
        else
            path += g.text(kChars, 0, 6).remove(QLatin1Char('/'));
    }
    if (path.isEmpty() || g.chance(20))
        path += QLatin1Char('/');
    request.path = path.toUtf8();

    const int queryCount = g.chance(30) ? 0 : g.between(1, 6);
    for (int i = 0; i < queryCount; ++i) {
        QString name = (i > 0 && g.chance(20)) ? request.query.at(i - 1).first : g.text(kChars, 0, 5);
        // The SDK skips X-Amz-Signature and (presigning) owns every X-Amz- parameter.
        if (name.startsWith(QLatin1String("x-amz-"), Qt::CaseInsensitive) || name == QLatin1String("__proto__"))
            name = QStringLiteral("k");
        const QString value = g.chance(20) ? QString() : g.text(kChars, 1, 6);
        request.query.append({ name, value });
    }

    request.headers.append({ QByteArrayLiteral("Host"),
        g.chance(80) ? QByteArrayLiteral("example.amazonaws.com") : QByteArrayLiteral("localhost:8443") });
    const int headerCount = g.between(0, 6);
    for (int i = 0; i < headerCount; ++i) {
        const QString name = g.pick(kHeaderNames);
        if (presign
            && (name.startsWith(QLatin1String("x-amz-"), Qt::CaseInsensitive)
                || name == QLatin1String("Authorization")))
            continue; // the SDK's presigner moves or drops these; ours leaves that to the caller
        QString value = g.text(kValueChars, 0, 8);
        if (g.chance(10))
            value = QStringLiteral(" folded\n   line ");
        request.headers.append({ name.toUtf8(), value.toUtf8() });
    }

    switch (g.between(0, 3)) {
    case 0:
        break;
    case 1:
        request.body = g.text(kChars, 1, 40).toUtf8();
        break;
    case 2:
        request.body = g.bytes(g.between(1, 64));
        break;
    default:
        request.body = QByteArrayLiteral("Action=DescribeRegions&Version=2016-11-15");
        break;
    }

    request.service = g.pick(kServices);
    request.region = g.pick(kRegions);
    const qint64 seconds = 946684800 + qint64(g.between(0, 1100000000)); // 2000 .. 2034
    request.timestamp = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    request.credentials.accessKeyId
        = g.pick(QStringList { QStringLiteral("AKIA"), QStringLiteral("ASIA") }) + g.text(kWordChars, 12, 16).toUpper();
    request.credentials.secretAccessKey = g.text(
        { QStringLiteral("a"), QStringLiteral("Z"), QStringLiteral("5"), QStringLiteral("/"), QStringLiteral("+") }, 30,
        40);
    if (g.chance(30))
        request.credentials.sessionToken = g.text(
            { QStringLiteral("A"), QStringLiteral("z"), QStringLiteral("/"), QStringLiteral("+"), QStringLiteral("=") },
            20, 120);

    const int expires = g.between(1, 7 * 24 * 3600);
    const AwsSigV4Result result
        = presign ? AwsSigV4Signer::presign(request, expires, options) : AwsSigV4Signer::sign(request, options);

    QJsonObject json {
        { QStringLiteral("id"), id },
        { QStringLiteral("mode"), presign ? QStringLiteral("presign") : QStringLiteral("sign") },
        { QStringLiteral("method"), QString::fromLatin1(request.method) },
        { QStringLiteral("path"), QString::fromUtf8(request.path) },
        { QStringLiteral("query"), pairsToJson(request.query) },
        { QStringLiteral("headers"), pairsToJson(request.headers) },
        { QStringLiteral("bodyBase64"), QString::fromLatin1(request.body.toBase64()) },
        { QStringLiteral("service"), request.service },
        { QStringLiteral("region"), request.region },
        { QStringLiteral("epochSeconds"), seconds },
        { QStringLiteral("accessKeyId"), request.credentials.accessKeyId },
        { QStringLiteral("secretAccessKey"), request.credentials.secretAccessKey },
        { QStringLiteral("sessionToken"), request.credentials.sessionToken },
        { QStringLiteral("normalizePath"), options.normalizePath },
        { QStringLiteral("unsignedPayload"), options.unsignedPayload },
        { QStringLiteral("addContentSha256Header"), options.addContentSha256Header },
        { QStringLiteral("expires"), expires },
    };
    json.insert(QStringLiteral("expected"),
        QJsonObject { { QStringLiteral("error"), result.error },
            { QStringLiteral("canonicalRequest"), QString::fromUtf8(result.canonicalRequest) },
            { QStringLiteral("signature"), QString::fromLatin1(result.signature) },
            { QStringLiteral("headersToAdd"), pairsToJson(result.headersToAdd) },
            { QStringLiteral("queryToAdd"), pairsToJson(result.queryToAdd) } });
    return json;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int count = option(QStringLiteral("--count"), QStringLiteral("1500")).toInt();
    const quint32 seed = option(QStringLiteral("--seed"), QStringLiteral("20150830")).toUInt();
    const QString keep = option(QStringLiteral("--keep"), QString());

    const QDir harness(QStringLiteral(BARISTA_CONFORMANCE_DIR));
    QString node = qEnvironmentVariable("BARISTA_NODE");
    if (node.isEmpty())
        node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        return skipOrFail(
            out, QStringLiteral("node (Node.js >= 18) was not found on PATH; the SigV4 referee needs it."));
    if (!QFileInfo::exists(harness.filePath(QStringLiteral("node_modules/@smithy/signature-v4/package.json"))))
        return skipOrFail(out,
            QStringLiteral("the referee's npm packages are not installed; run: npm ci --prefix ")
                + QDir::toNativeSeparators(harness.path()));

    QTemporaryDir dir;
    const QString casesPath = keep.isEmpty() ? dir.filePath(QStringLiteral("sigv4-cases.jsonl")) : keep;
    QFile cases(casesPath);
    if (!dir.isValid() || !cases.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        out << "FAIL: cannot write " << casesPath << '\n';
        return 1;
    }
    Generator generator(seed);
    for (int i = 0; i < count; ++i)
        cases.write(QJsonDocument(makeCase(generator, i)).toJson(QJsonDocument::Compact) + '\n');
    cases.close();
    out << "Generated " << count << " random requests (seed " << seed << ")\n";
    out.flush();

    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(node, { harness.filePath(QStringLiteral("sigv4-referee.mjs")), casesPath });
    if (!process.waitForStarted() || !process.waitForFinished(240000)) {
        out << "FAIL: could not run " << node << '\n';
        return 1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 1;
}
