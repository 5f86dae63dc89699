// SPDX-License-Identifier: GPL-3.0-or-later
// The ARM test server's own checks, through its request pipeline (handle(), no network), with a
// hand-written client: the identity platform's errors (tenant, client, secret, scope), the
// Bearer check (missing, tampered, expired), api-version, ResourceGroupNotFound, a VM's
// long-running create and power actions (Azure-AsyncOperation InProgress -> Succeeded, Location
// 202 -> 200), in-use conflicts, nextLink paging, injected 429 with Retry-After.

#include "tests/servers/azure/AzureArmTestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace Barista;

namespace {

const QString kSub = AzureArmTestServer::subscriptionId();

QByteArray form(const QString& secret, const QString& scope = QStringLiteral("https://management.azure.com/.default"),
    const QString& client = AzureArmTestServer::clientId())
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    q.addQueryItem(QStringLiteral("client_id"), client);
    q.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    q.addQueryItem(QStringLiteral("scope"), scope);
    return q.query(QUrl::FullyEncoded).toUtf8();
}

QJsonObject json(const AzureArmReply& reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

QByteArray header(const AzureArmReply& reply, const QByteArray& name)
{
    for (const auto& [n, v] : reply.headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

} // namespace

class TestAzureServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void tokenEndpointErrors();
    void bearerAndApiVersion();
    void vmLifecycleAndOperations();
    void conflictsPagingAndThrottling();

private:
    AzureArmReply call(const QByteArray& method, const QString& path, const QJsonObject& body = {},
        const QString& api = QStringLiteral("2024-07-01"), const QByteArray& token = {});
    AzureArmReply follow(const QByteArray& url);

    std::unique_ptr<AzureArmTestServer> m_server;
    QByteArray m_token;
    qint64 m_now = 1'800'000'000;
};

void TestAzureServer::init()
{
    m_server = std::make_unique<AzureArmTestServer>();
    m_server->tokens().setClock([this] { return m_now; });
    const AzureArmReply issued = m_server->handle("POST",
        QUrl(QStringLiteral("http://127.0.0.1/%1/oauth2/v2.0/token").arg(AzureArmTestServer::tenantId())), {},
        form(AzureArmTestServer::clientSecret()));
    QCOMPARE(issued.status, 200);
    QCOMPARE(json(issued).value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(json(issued).value(QStringLiteral("expires_in")).toInt(), 3599);
    m_token = json(issued).value(QStringLiteral("access_token")).toString().toLatin1();
    QVERIFY(!m_token.isEmpty());
}

AzureArmReply TestAzureServer::call(
    const QByteArray& method, const QString& path, const QJsonObject& body, const QString& api, const QByteArray& token)
{
    QUrl url(QStringLiteral("http://127.0.0.1:1") + path);
    if (!api.isEmpty()) {
        QUrlQuery q(url);
        q.addQueryItem(QStringLiteral("api-version"), api);
        url.setQuery(q);
    }
    return m_server->handle(method, url,
        { { "Authorization", "Bearer " + (token.isEmpty() ? m_token : token) }, { "Host", "127.0.0.1:1" } },
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
}

AzureArmReply TestAzureServer::follow(const QByteArray& url)
{
    return m_server->handle("GET", QUrl(QString::fromUtf8(url)), { { "Authorization", "Bearer " + m_token }, { "Host", "127.0.0.1:1" } }, {});
}

void TestAzureServer::tokenEndpointErrors()
{
    const QUrl url(QStringLiteral("http://127.0.0.1/%1/oauth2/v2.0/token").arg(AzureArmTestServer::tenantId()));
    const AzureArmReply wrong = m_server->handle("POST", url, {}, form(QStringLiteral("nope")));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(json(wrong).value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    QVERIFY(json(wrong).value(QStringLiteral("error_description")).toString().startsWith(QLatin1String("AADSTS7000215: ")));
    QCOMPARE(json(wrong).value(QStringLiteral("error_codes")).toArray().first().toInt(), 7000215);
    for (const char* key : { "timestamp", "trace_id", "correlation_id" })
        QVERIFY2(json(wrong).contains(QLatin1String(key)), key);
    const AzureArmReply scope = m_server->handle("POST", url, {}, form(AzureArmTestServer::clientSecret(), QStringLiteral("https://management.azure.com/user_impersonation")));
    QCOMPARE(json(scope).value(QStringLiteral("error")).toString(), QStringLiteral("invalid_scope"));
    const AzureArmReply client = m_server->handle("POST", url, {}, form(AzureArmTestServer::clientSecret(), QStringLiteral("x/.default"), QStringLiteral("other")));
    QVERIFY(json(client).value(QStringLiteral("error_description")).toString().startsWith(QLatin1String("AADSTS700016")));
    const AzureArmReply tenant = m_server->handle("POST", QUrl(QStringLiteral("http://127.0.0.1/contoso.example/oauth2/v2.0/token")), {},
        form(AzureArmTestServer::clientSecret()));
    QVERIFY(json(tenant).value(QStringLiteral("error_description")).toString().startsWith(QLatin1String("AADSTS90002")));
    QCOMPARE(m_server->tokenRequestCount(), 5); // init() asked once
}

void TestAzureServer::bearerAndApiVersion()
{
    const QString locations = QStringLiteral("/subscriptions/%1/locations").arg(kSub);
    QCOMPARE(call("GET", locations, {}, QStringLiteral("2022-12-01")).status, 200);
    const AzureArmReply none = m_server->handle("GET", QUrl(QStringLiteral("http://h") + locations + QStringLiteral("?api-version=1")), {}, {});
    QCOMPARE(none.status, 401);
    QCOMPARE(json(none).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("AuthenticationFailed"));
    QVERIFY(header(none, "WWW-Authenticate").startsWith("Bearer authorization_uri="));
    QByteArray tampered = m_token;
    tampered[tampered.size() - 2] = tampered[tampered.size() - 2] == 'A' ? 'B' : 'A';
    const AzureArmReply bad = call("GET", locations, {}, QStringLiteral("2022-12-01"), tampered);
    QCOMPARE(bad.status, 401);
    QCOMPARE(json(bad).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("InvalidAuthenticationToken"));
    const AzureArmReply noVersion = call("GET", locations, {}, QString());
    QCOMPARE(noVersion.status, 400);
    QCOMPARE(noVersion.errorCode, QStringLiteral("MissingApiVersionParameter"));
    m_now += 3600;
    const AzureArmReply expired = call("GET", locations, {}, QStringLiteral("2022-12-01"));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode, QStringLiteral("ExpiredAuthenticationToken"));
}

void TestAzureServer::vmLifecycleAndOperations()
{
    const QString rg = QStringLiteral("/subscriptions/%1/resourceGroups/rg1").arg(kSub);
    const AzureArmReply noGroup = call("PUT", rg + QStringLiteral("/providers/Microsoft.Compute/sshPublicKeys/k"), { { QStringLiteral("location"), QStringLiteral("eastus") } });
    QCOMPARE(noGroup.status, 404);
    QCOMPARE(noGroup.errorCode, QStringLiteral("ResourceGroupNotFound"));
    QCOMPARE(call("PUT", rg, { { QStringLiteral("location"), QStringLiteral("eastus") } }, QStringLiteral("2021-04-01")).status, 201);
    const QString net = rg + QStringLiteral("/providers/Microsoft.Network");
    const AzureArmReply vnet = call("PUT", net + QStringLiteral("/virtualNetworks/v"),
        QJsonDocument::fromJson(R"({"location":"eastus","properties":{"addressSpace":{"addressPrefixes":["10.0.0.0/16"]},"subnets":[{"name":"s","properties":{"addressPrefix":"10.0.1.0/24"}}]}})").object());
    QCOMPARE(vnet.status, 201);
    const QString subnet = json(vnet).value(QStringLiteral("properties")).toObject().value(QStringLiteral("subnets")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    QVERIFY(subnet.endsWith(QLatin1String("/virtualNetworks/v/subnets/s")));
    const AzureArmReply nic = call("PUT", net + QStringLiteral("/networkInterfaces/n"),
        QJsonObject { { QStringLiteral("location"), QStringLiteral("eastus") },
            { QStringLiteral("properties"), QJsonObject { { QStringLiteral("ipConfigurations"), QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("c") },
                { QStringLiteral("properties"), QJsonObject { { QStringLiteral("subnet"), QJsonObject { { QStringLiteral("id"), subnet } } } } } } } } } } });
    QCOMPARE(nic.status, 201);
    const QString vmPath = rg + QStringLiteral("/providers/Microsoft.Compute/virtualMachines/vm");
    QJsonObject vm = QJsonDocument::fromJson(R"({"location":"eastus","properties":{"hardwareProfile":{"vmSize":"Standard_B1s"},
        "storageProfile":{"imageReference":{"publisher":"Debian","offer":"debian-12","sku":"12-gen2","version":"latest"},"osDisk":{"createOption":"FromImage"}},
        "osProfile":{"adminUsername":"u","adminPassword":"never-echoed-1!"}}})").object();
    QJsonObject props = vm.value(QStringLiteral("properties")).toObject();
    props.insert(QStringLiteral("networkProfile"), QJsonObject { { QStringLiteral("networkInterfaces"), QJsonArray { QJsonObject { { QStringLiteral("id"), json(nic).value(QStringLiteral("id")) } } } } });
    vm.insert(QStringLiteral("properties"), props);
    const AzureArmReply created = call("PUT", vmPath, vm);
    QCOMPARE(created.status, 201);
    QVERIFY(!created.body.contains("never-echoed"));
    QCOMPARE(json(created).value(QStringLiteral("properties")).toObject().value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Creating"));
    const QByteArray op = header(created, "Azure-AsyncOperation");
    QVERIFY(op.startsWith("http://127.0.0.1:1/subscriptions/"));
    QCOMPARE(json(follow(op)).value(QStringLiteral("status")).toString(), QStringLiteral("InProgress"));
    QCOMPARE(json(follow(op)).value(QStringLiteral("status")).toString(), QStringLiteral("Succeeded"));
    const AzureArmReply view = call("GET", vmPath + QStringLiteral("/instanceView"));
    QCOMPARE(json(view).value(QStringLiteral("statuses")).toArray().at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("PowerState/running"));

    const AzureArmReply off = call("POST", vmPath + QStringLiteral("/powerOff"));
    QCOMPARE(off.status, 202);
    const QByteArray location = header(off, "Location");
    QCOMPARE(follow(location).status, 202);
    QCOMPARE(m_server->state().powerState(json(created).value(QStringLiteral("id")).toString()), QStringLiteral("stopping"));
    QCOMPARE(follow(location).status, 200);
    QCOMPARE(m_server->state().powerState(json(created).value(QStringLiteral("id")).toString()), QStringLiteral("stopped"));

    const AzureArmReply inUse = call("DELETE", net + QStringLiteral("/networkInterfaces/n"));
    QCOMPARE(inUse.status, 400);
    QCOMPARE(inUse.errorCode, QStringLiteral("NicInUse"));
    const AzureArmReply deleting = call("DELETE", vmPath);
    QCOMPARE(deleting.status, 202);
    follow(header(deleting, "Azure-AsyncOperation"));
    follow(header(deleting, "Azure-AsyncOperation"));
    QCOMPARE(call("GET", vmPath).errorCode, QStringLiteral("ResourceNotFound"));
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.Compute/disks")), 1); // deleteOption Detach: the OS disk stays
    QCOMPARE(call("DELETE", net + QStringLiteral("/networkInterfaces/n")).status, 200);
    QCOMPARE(call("DELETE", net + QStringLiteral("/networkInterfaces/n")).status, 204);
}

void TestAzureServer::conflictsPagingAndThrottling()
{
    const QString rg = QStringLiteral("/subscriptions/%1/resourceGroups/rg2").arg(kSub);
    QCOMPARE(call("PUT", rg, { { QStringLiteral("location"), QStringLiteral("koreacentral") } }, QStringLiteral("2021-04-01")).status, 201);
    m_server->state().setPageSize(2);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(call("PUT", rg + QStringLiteral("/providers/Microsoft.Compute/sshPublicKeys/k%1").arg(i),
                     QJsonDocument::fromJson(R"({"location":"koreacentral","properties":{"publicKey":"ssh-ed25519 AAAA x"}})").object()).status, 201);
    const AzureArmReply first = call("GET", rg + QStringLiteral("/providers/Microsoft.Compute/sshPublicKeys"));
    QCOMPARE(json(first).value(QStringLiteral("value")).toArray().size(), 2);
    const QString next = json(first).value(QStringLiteral("nextLink")).toString();
    QVERIFY(next.contains(QLatin1String("api-version=2024-07-01")));
    const AzureArmReply second = follow(next.toUtf8());
    QCOMPARE(json(second).value(QStringLiteral("value")).toArray().size(), 1);
    QVERIFY(!json(second).contains(QStringLiteral("nextLink")));

    m_server->failNext({ QStringLiteral("sshPublicKeys"), "GET", 429, QStringLiteral("TooManyRequests"), QStringLiteral("slow down"), 1, 3 });
    const AzureArmReply throttled = call("GET", rg + QStringLiteral("/providers/Microsoft.Compute/sshPublicKeys"));
    QCOMPARE(throttled.status, 429);
    QCOMPARE(header(throttled, "Retry-After"), QByteArray("3"));
    QCOMPARE(call("GET", rg + QStringLiteral("/providers/Microsoft.Compute/sshPublicKeys")).status, 200);
    const AzureArmReply badRule = call("PUT", rg + QStringLiteral("/providers/Microsoft.Network/networkSecurityGroups/g"),
        QJsonDocument::fromJson(R"({"location":"koreacentral","properties":{"securityRules":[{"name":"r","properties":{"protocol":"Tcp","direction":"Inbound","access":"Allow","priority":5}}]}})").object(),
        QStringLiteral("2023-09-01"));
    QCOMPARE(badRule.status, 400);
    QCOMPARE(badRule.errorCode, QStringLiteral("SecurityRuleInvalidPriority"));
}

QTEST_GUILESS_MAIN(TestAzureServer)
#include "TestAzureServer.moc"
