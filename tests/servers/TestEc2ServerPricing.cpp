// SPDX-License-Identifier: GPL-3.0-or-later
// The EC2 test server's Price List Query API (AWS JSON 1.1 beside the EC2 Query API): the error
// shape of the JSON protocol (__type with a namespace, "message" from the front end, "Message"
// from the service, x-amzn-ErrorType), its own SigV4 check for service "pricing", GetProducts'
// validation and paging. Requests go through the server's pipeline without the network.

#include "providers/common/AwsSigV4Signer.h"
#include "tests/servers/ec2/Ec2PriceCatalog.h"
#include "tests/servers/ec2/Ec2PricingService.h"
#include "tests/servers/ec2/Ec2TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Barista;

namespace {

const QString kKey = QStringLiteral("AKIDPRICINGTEST01");
const QString kSecret = QStringLiteral("pricing/Secret+Key/0123456789abcdefgh");

QByteArray header(const Ec2Reply& reply, const QByteArray& name)
{
    for (const auto& [key, value] : reply.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

class TestEc2ServerPricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void unsignedIsTheFrontEndsJsonError();
    void signatureIsCheckedForPricing();
    void unknownOperationAndBadInput();
    void pagesAreDisjointAndComplete();

private:
    /// A GetProducts-style call signed for `service` in `region` (the client side may use the
    /// adapters' signer; the server checks with its own code).
    Ec2Reply call(const QJsonObject& input, const QString& operation = QStringLiteral("GetProducts"),
        const QString& service = QStringLiteral("pricing"), const QString& region = QStringLiteral("us-east-1"));
    static QJsonObject body(const Ec2Reply& reply) { return QJsonDocument::fromJson(reply.body).object(); }

    QDateTime m_now;
    std::unique_ptr<Ec2TestServer> m_server;
};

void TestEc2ServerPricing::init()
{
    m_now = QDateTime(QDate(2026, 11, 26), QTime(3, 0), QTimeZone::utc());
    m_server = std::make_unique<Ec2TestServer>();
    m_server->addCredential(kKey, kSecret);
    m_server->setClock([this] { return m_now; });
}

Ec2Reply TestEc2ServerPricing::call(
    const QJsonObject& input, const QString& operation, const QString& service, const QString& region)
{
    const QUrl url(QStringLiteral("http://127.0.0.1:8080/"));
    QList<QPair<QByteArray, QByteArray>> headers { { QByteArrayLiteral("Host"), QByteArrayLiteral("127.0.0.1:8080") },
        { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-amz-json-1.1") },
        { QByteArrayLiteral("X-Amz-Target"), QByteArrayLiteral("AWSPriceListService.") + operation.toLatin1() } };
    const QByteArray payload = QJsonDocument(input).toJson(QJsonDocument::Compact);
    AwsSigV4Request signing;
    signing.method = QByteArrayLiteral("POST");
    for (const auto& [name, value] : headers)
        signing.headers.append({ name.toLower(), value });
    signing.body = payload;
    signing.service = service;
    signing.region = region;
    signing.timestamp = m_now;
    signing.credentials = { kKey, kSecret, QString() };
    const AwsSigV4Result signature = AwsSigV4Signer::sign(signing);
    headers += signature.headersToAdd;
    return m_server->handle(QByteArrayLiteral("POST"), url, headers, payload);
}

void TestEc2ServerPricing::unsignedIsTheFrontEndsJsonError()
{
    const Ec2Reply reply = m_server->handle(QByteArrayLiteral("POST"), QUrl(QStringLiteral("http://127.0.0.1/")),
        { { QByteArrayLiteral("X-Amz-Target"), QByteArrayLiteral("AWSPriceListService.GetProducts") },
            { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-amz-json-1.1") } },
        QByteArrayLiteral("{\"ServiceCode\":\"AmazonEC2\"}"));
    QCOMPARE(reply.httpStatus, 400);
    QCOMPARE(reply.contentType, QByteArrayLiteral("application/x-amz-json-1.1"));
    QVERIFY(header(reply, "x-amzn-ErrorType").startsWith("MissingAuthenticationTokenException:"));
    QVERIFY(body(reply)
                .value(QStringLiteral("__type"))
                .toString()
                .endsWith(QLatin1String("#MissingAuthenticationTokenException")));
    QCOMPARE(body(reply).value(QStringLiteral("message")).toString(), QStringLiteral("Missing Authentication Token"));
    QCOMPARE(m_server->requestCount(QStringLiteral("GetProducts")), 1);
}

void TestEc2ServerPricing::signatureIsCheckedForPricing()
{
    const QJsonObject input { { QStringLiteral("ServiceCode"), QStringLiteral("AmazonEC2") },
        { QStringLiteral("MaxResults"), 1 } };
    QCOMPARE(call(input).httpStatus, 200);
    const Ec2Reply ec2Scope = call(input, QStringLiteral("GetProducts"), QStringLiteral("ec2"));
    QCOMPARE(ec2Scope.httpStatus, 400);
    QCOMPARE(body(ec2Scope).value(QStringLiteral("__type")).toString().section(QLatin1Char('#'), -1),
        QStringLiteral("InvalidSignatureException"));
    const Ec2Reply otherRegion
        = call(input, QStringLiteral("GetProducts"), QStringLiteral("pricing"), QStringLiteral("eu-west-1"));
    QCOMPARE(body(otherRegion).value(QStringLiteral("__type")).toString().section(QLatin1Char('#'), -1),
        QStringLiteral("InvalidSignatureException"));
    // The API's other two endpoints' regions are accepted.
    QCOMPARE(
        call(input, QStringLiteral("GetProducts"), QStringLiteral("pricing"), QStringLiteral("ap-south-1")).httpStatus,
        200);
}

void TestEc2ServerPricing::unknownOperationAndBadInput()
{
    const QJsonObject input { { QStringLiteral("ServiceCode"), QStringLiteral("AmazonEC2") } };
    const Ec2Reply unknown = call(input, QStringLiteral("DescribeServices"));
    QCOMPARE(header(unknown, "x-amzn-ErrorType").split(':').value(0), QByteArrayLiteral("UnknownOperationException"));

    const Ec2Reply tooMany = call(
        { { QStringLiteral("ServiceCode"), QStringLiteral("AmazonEC2") }, { QStringLiteral("MaxResults"), 101 } });
    QCOMPARE(tooMany.httpStatus, 400);
    QCOMPARE(body(tooMany).value(QStringLiteral("__type")).toString(),
        QStringLiteral("com.amazonaws.awspricing#InvalidParameterException"));
    QVERIFY(!body(tooMany).value(QStringLiteral("Message")).toString().isEmpty()); // the model's member name

    const QJsonArray notTermMatch { QJsonObject { { QStringLiteral("Type"), QStringLiteral("CONTAINS") },
        { QStringLiteral("Field"), QStringLiteral("regionCode") },
        { QStringLiteral("Value"), QStringLiteral("us") } } };
    const Ec2Reply badFilter = call({ { QStringLiteral("ServiceCode"), QStringLiteral("AmazonEC2") },
        { QStringLiteral("Filters"), notTermMatch } });
    QCOMPARE(header(badFilter, "x-amzn-ErrorType").split(':').value(0), QByteArrayLiteral("InvalidParameterException"));

    const Ec2Reply noService = call({ { QStringLiteral("ServiceCode"), QStringLiteral("AmazonS4") } });
    QCOMPARE(header(noService, "x-amzn-ErrorType").split(':').value(0), QByteArrayLiteral("NotFoundException"));
}

void TestEc2ServerPricing::pagesAreDisjointAndComplete()
{
    const QJsonArray filters { QJsonObject { { QStringLiteral("Type"), QStringLiteral("TERM_MATCH") },
        { QStringLiteral("Field"), QStringLiteral("regionCode") },
        { QStringLiteral("Value"), QStringLiteral("eu-west-1") } } };
    QJsonObject input { { QStringLiteral("ServiceCode"), QStringLiteral("AmazonEC2") },
        { QStringLiteral("FormatVersion"), QStringLiteral("aws_v1") }, { QStringLiteral("Filters"), filters },
        { QStringLiteral("MaxResults"), 25 } };
    QSet<QString> skus;
    int pages = 0;
    QString token;
    do {
        if (!token.isEmpty())
            input.insert(QStringLiteral("NextToken"), token);
        const Ec2Reply reply = call(input);
        QCOMPARE(reply.httpStatus, 200);
        const QJsonObject answer = body(reply);
        QCOMPARE(answer.value(QStringLiteral("FormatVersion")).toString(), QStringLiteral("aws_v1"));
        for (const QJsonValue& item : answer.value(QStringLiteral("PriceList")).toArray()) {
            QVERIFY(item.isString());
            const QJsonObject product = QJsonDocument::fromJson(item.toString().toUtf8())
                                            .object()
                                            .value(QStringLiteral("product"))
                                            .toObject();
            QCOMPARE(
                product.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("regionCode")).toString(),
                QStringLiteral("eu-west-1"));
            const QString sku = product.value(QStringLiteral("sku")).toString();
            QVERIFY2(!skus.contains(sku), qPrintable(sku));
            skus.insert(sku);
        }
        token = answer.value(QStringLiteral("NextToken")).toString();
        ++pages;
    } while (!token.isEmpty() && pages < 50);
    int expected = 0;
    for (const QJsonObject& product : Ec2PriceCatalog::products())
        expected += product.value(QStringLiteral("product"))
                        .toObject()
                        .value(QStringLiteral("attributes"))
                        .toObject()
                        .value(QStringLiteral("regionCode"))
            == QLatin1String("eu-west-1");
    QCOMPARE(skus.size(), expected);
    QCOMPARE(pages, (expected + 24) / 25);

    // A token is only good for the query that made it.
    input.insert(QStringLiteral("NextToken"), QStringLiteral("MjU6MDAwMDAwMDAwMDAw"));
    QCOMPARE(
        header(call(input), "x-amzn-ErrorType").split(':').value(0), QByteArrayLiteral("InvalidNextTokenException"));
}

QTEST_GUILESS_MAIN(TestEc2ServerPricing)
#include "TestEc2ServerPricing.moc"
