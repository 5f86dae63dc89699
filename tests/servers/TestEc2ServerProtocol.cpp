// SPDX-License-Identifier: GPL-3.0-or-later
// The EC2 test server over real HTTP (QNetworkAccessManager): signature rejection with EC2's
// error bodies, GET and POST forms, DescribeInstances pagination and filters, RunInstances
// ClientToken idempotency. Time is a fake clock shared by client and server.

#include "tests/servers/ec2/Ec2TestServer.h"
#include "tests/servers/support/Ec2TestClient.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Barista;

namespace {

const QString kKey = QStringLiteral("AKIDTESTSERVER01");
const QString kSecret = QStringLiteral("test/Secret+Key/0123456789abcdefghij");
const QString kImage = QStringLiteral("ami-0a1b2c3d4e5f60001");

Ec2Params runParams(int count, const QString& token, const QString& env = QStringLiteral("prod"))
{
    return { { QStringLiteral("ImageId"), kImage }, { QStringLiteral("InstanceType"), QStringLiteral("t3.micro") },
        { QStringLiteral("MinCount"), QString::number(count) }, { QStringLiteral("MaxCount"), QString::number(count) },
        { QStringLiteral("ClientToken"), token },
        { QStringLiteral("TagSpecification.1.ResourceType"), QStringLiteral("instance") },
        { QStringLiteral("TagSpecification.1.Tag.1.Key"), QStringLiteral("Env") },
        { QStringLiteral("TagSpecification.1.Tag.1.Value"), env } };
}

} // namespace

class TestEc2ServerProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void acceptsSignedPostAndGet();
    void rejectsBadSignatures();
    void unknownActionAndMissingAction();
    void paginatesDescribeInstances();
    void rejectsBadPaginationInput();
    void filtersByTagsAndState();
    void clientTokenIsIdempotent();

private:
    QDateTime m_now;
    std::unique_ptr<Ec2TestServer> m_server;
    std::unique_ptr<Ec2TestClient> m_client;
};

void TestEc2ServerProtocol::init()
{
    m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
    m_server = std::make_unique<Ec2TestServer>();
    m_server->addCredential(kKey, kSecret);
    m_server->setClock([this] { return m_now; });
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<Ec2TestClient>(m_server->endpoint(), kKey, kSecret);
    m_client->setClock([this] { return m_now; });
}

void TestEc2ServerProtocol::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestEc2ServerProtocol::acceptsSignedPostAndGet()
{
    const Ec2TestResponse post = m_client->call(QStringLiteral("DescribeRegions"));
    QCOMPARE(post.status, 200);
    QVERIFY(post.body.contains("<DescribeRegionsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"));
    QVERIFY(post.texts(QStringLiteral("regionName")).contains(QStringLiteral("ap-northeast-2")));
    QCOMPARE(post.text(QStringLiteral("requestId")).toLatin1(), post.requestIdHeader);

    const Ec2TestResponse get = m_client->callGet(QStringLiteral("DescribeAvailabilityZones"));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.texts(QStringLiteral("zoneName")).first(), QStringLiteral("us-east-1a"));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().last().region, QStringLiteral("us-east-1"));
}

void TestEc2ServerProtocol::rejectsBadSignatures()
{
    // Wrong secret: the documented EC2 error document, 403, nothing else happens.
    m_client->setSecret(QStringLiteral("wrong"));
    Ec2TestResponse r = m_client->call(QStringLiteral("RunInstances"), runParams(1, QStringLiteral("t1")));
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.startsWith("<?xml"));
    QVERIFY(r.body.contains("<Response><Errors><Error><Code>SignatureDoesNotMatch</Code>"));
    QVERIFY(r.errorMessage().startsWith(QStringLiteral("The request signature we calculated does not match")));
    QVERIFY(!r.text(QStringLiteral("RequestID")).isEmpty());
    QVERIFY(m_server->state().region(QStringLiteral("us-east-1")).instances.isEmpty());
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().first().errorCode, QStringLiteral("SignatureDoesNotMatch"));

    m_client->setSecret(kSecret);
    m_client->setAccessKeyId(QStringLiteral("AKIDUNKNOWN"));
    r = m_client->call(QStringLiteral("DescribeRegions"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("AuthFailure"));

    m_client->setAccessKeyId(kKey);
    r = m_client->call(QStringLiteral("DescribeRegions"), {}, [](QByteArray& body) { body += "&DryRun=true"; });
    QCOMPARE(r.errorCode(), QStringLiteral("SignatureDoesNotMatch"));

    r = m_client->callUnsigned(QStringLiteral("DescribeRegions"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("MissingAuthenticationToken"));

    // A request signed 20 minutes ago is stale.
    m_client->setClock([this] { return m_now.addSecs(-20 * 60); });
    r = m_client->call(QStringLiteral("DescribeRegions"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("RequestExpired"));
    QCOMPARE(m_server->requestCount(), 5);
}

void TestEc2ServerProtocol::unknownActionAndMissingAction()
{
    Ec2TestResponse r = m_client->call(QStringLiteral("LaunchRocket"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidAction"));
    QCOMPARE(r.errorMessage(), QStringLiteral("The action LaunchRocket is not valid for this web service."));
    r = m_client->call(QStringLiteral("RunInstances"), { { QStringLiteral("MinCount"), QStringLiteral("1") } });
    QCOMPARE(r.errorCode(), QStringLiteral("MissingParameter"));
    QCOMPARE(r.errorMessage(), QStringLiteral("The request must contain the parameter ImageId"));
}

void TestEc2ServerProtocol::paginatesDescribeInstances()
{
    QCOMPARE(m_client->call(QStringLiteral("RunInstances"), runParams(7, QStringLiteral("a"))).status, 200);
    QCOMPARE(m_client->call(QStringLiteral("RunInstances"), runParams(5, QStringLiteral("b"))).status, 200);

    QStringList seen;
    QList<int> pageSizes;
    QString token;
    do {
        Ec2Params params { { QStringLiteral("MaxResults"), QStringLiteral("5") } };
        if (!token.isEmpty())
            params.append({ QStringLiteral("NextToken"), token });
        const Ec2TestResponse page = m_client->call(QStringLiteral("DescribeInstances"), params);
        QCOMPARE(page.status, 200);
        const QStringList ids = page.texts(QStringLiteral("instanceId"));
        pageSizes << int(ids.size());
        seen += ids;
        token = page.text(QStringLiteral("nextToken"));
        QVERIFY(pageSizes.size() < 10);
    } while (!token.isEmpty());
    QCOMPARE(pageSizes, (QList<int> { 5, 5, 2 }));
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 12);

    // The second page straddles both reservations and groups its instances under each.
    const Ec2TestResponse first = m_client->call(
        QStringLiteral("DescribeInstances"), { { QStringLiteral("MaxResults"), QStringLiteral("5") } });
    const Ec2TestResponse second = m_client->call(QStringLiteral("DescribeInstances"),
        { { QStringLiteral("MaxResults"), QStringLiteral("5") },
            { QStringLiteral("NextToken"), first.text(QStringLiteral("nextToken")) } });
    QCOMPARE(second.texts(QStringLiteral("reservationId")).size(), 2);

    // Without MaxResults everything comes at once.
    QCOMPARE(m_client->call(QStringLiteral("DescribeInstances")).texts(QStringLiteral("instanceId")).size(), 12);
}

void TestEc2ServerProtocol::rejectsBadPaginationInput()
{
    QCOMPARE(m_client->call(QStringLiteral("RunInstances"), runParams(1, QStringLiteral("a"))).status, 200);
    const QString id = m_client->call(QStringLiteral("DescribeInstances")).text(QStringLiteral("instanceId"));
    Ec2TestResponse r = m_client->call(
        QStringLiteral("DescribeInstances"), { { QStringLiteral("MaxResults"), QStringLiteral("3") } });
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidParameterValue"));
    r = m_client->call(QStringLiteral("DescribeInstances"),
        { { QStringLiteral("MaxResults"), QStringLiteral("5") },
            { QStringLiteral("NextToken"), QStringLiteral("garbage") } });
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidPaginationToken"));
    r = m_client->call(QStringLiteral("DescribeInstances"),
        { { QStringLiteral("MaxResults"), QStringLiteral("5") }, { QStringLiteral("InstanceId.1"), id } });
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidParameterCombination"));
    r = m_client->call(QStringLiteral("DescribeInstances"),
        { { QStringLiteral("InstanceId.1"), id },
            { QStringLiteral("InstanceId.2"), QStringLiteral("i-0123456789abcdef0") } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidInstanceID.NotFound"));
    QCOMPARE(r.errorMessage(), QStringLiteral("The instance ID 'i-0123456789abcdef0' does not exist"));
    r = m_client->call(
        QStringLiteral("DescribeInstances"), { { QStringLiteral("InstanceId.1"), QStringLiteral("web-1") } });
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidInstanceID.Malformed"));
}

void TestEc2ServerProtocol::filtersByTagsAndState()
{
    m_server->state().setTransitionDescribes(100); // everything stays "pending" here
    m_client->call(QStringLiteral("RunInstances"), runParams(3, QStringLiteral("p"), QStringLiteral("prod")));
    m_client->call(QStringLiteral("RunInstances"), runParams(2, QStringLiteral("d"), QStringLiteral("dev")));
    const auto count = [this](const Ec2Params& filters) {
        return int(
            m_client->call(QStringLiteral("DescribeInstances"), filters).texts(QStringLiteral("instanceId")).size());
    };
    QCOMPARE(count({ { QStringLiteral("Filter.1.Name"), QStringLiteral("tag:Env") },
                 { QStringLiteral("Filter.1.Value.1"), QStringLiteral("prod") } }),
        3);
    QCOMPARE(count({ { QStringLiteral("Filter.1.Name"), QStringLiteral("tag:Env") },
                 { QStringLiteral("Filter.1.Value.1"), QStringLiteral("prod") },
                 { QStringLiteral("Filter.1.Value.2"), QStringLiteral("d*") } }),
        5);
    QCOMPARE(count({ { QStringLiteral("Filter.1.Name"), QStringLiteral("tag-key") },
                 { QStringLiteral("Filter.1.Value.1"), QStringLiteral("Owner") } }),
        0);
    QCOMPARE(count({ { QStringLiteral("Filter.1.Name"), QStringLiteral("instance-state-name") },
                 { QStringLiteral("Filter.1.Value.1"), QStringLiteral("pending") },
                 { QStringLiteral("Filter.2.Name"), QStringLiteral("tag:Env") },
                 { QStringLiteral("Filter.2.Value.1"), QStringLiteral("dev") } }),
        2);
    const Ec2TestResponse bad = m_client->call(QStringLiteral("DescribeInstances"),
        { { QStringLiteral("Filter.1.Name"), QStringLiteral("colour") },
            { QStringLiteral("Filter.1.Value.1"), QStringLiteral("x") } });
    QCOMPARE(bad.errorCode(), QStringLiteral("InvalidParameterValue"));
}

void TestEc2ServerProtocol::clientTokenIsIdempotent()
{
    const Ec2TestResponse first
        = m_client->call(QStringLiteral("RunInstances"), runParams(2, QStringLiteral("token-1")));
    QCOMPARE(first.status, 200);
    const Ec2TestResponse again
        = m_client->call(QStringLiteral("RunInstances"), runParams(2, QStringLiteral("token-1")));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.text(QStringLiteral("reservationId")), first.text(QStringLiteral("reservationId")));
    QCOMPARE(again.texts(QStringLiteral("instanceId")), first.texts(QStringLiteral("instanceId")));
    QCOMPARE(m_server->state().region(QStringLiteral("us-east-1")).instances.size(), 2);

    const Ec2TestResponse other = m_client->call(
        QStringLiteral("RunInstances"), runParams(2, QStringLiteral("token-1"), QStringLiteral("dev")));
    QCOMPARE(other.status, 400);
    QCOMPARE(other.errorCode(), QStringLiteral("IdempotentParameterMismatch"));
    QCOMPARE(m_server->state().region(QStringLiteral("us-east-1")).instances.size(), 2);

    // Tokens are per region, like the reservations they name.
    Ec2TestClient seoul(m_server->endpoint(), kKey, kSecret, QStringLiteral("ap-northeast-2"));
    seoul.setClock([this] { return m_now; });
    const Ec2TestResponse elsewhere
        = seoul.call(QStringLiteral("RunInstances"), runParams(2, QStringLiteral("token-1")));
    QCOMPARE(elsewhere.status, 200);
    QVERIFY(elsewhere.text(QStringLiteral("reservationId")) != first.text(QStringLiteral("reservationId")));
    QCOMPARE(elsewhere.text(QStringLiteral("availabilityZone")), QStringLiteral("ap-northeast-2a"));
}

QTEST_GUILESS_MAIN(TestEc2ServerProtocol)
#include "TestEc2ServerProtocol.moc"
