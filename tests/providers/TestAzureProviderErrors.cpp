// SPDX-License-Identifier: GPL-3.0-or-later
// The Azure adapter's auth and error paths against the in-process ARM test server: a wrong
// secret is one token request and the identity platform's AADSTS text verbatim; the token is
// cached and renewed before expiry on the injected clock; an ARM 401 drops the token; 429 with
// Retry-After, quota (OperationNotAllowed), a failed long-running operation (AllocationFailed),
// ResourceNotFound verbatim; nothing left behind after a refused VM; TLS to the HTTPS server
// with the connection's CA bundle, refused without it; credentials from the secret store in
// az's names; the factory's native/azure driver.

#include "models/domain/Resource.h"
#include "providers/BuiltinProviderFactory.h"
#include "providers/azure/AzureAuth.h"
#include "providers/azure/AzureErrorParser.h"
#include "tests/providers/AzureTestSupport.h"
#include "tests/support/FakeClock.h"
#include "tests/support/MemorySecretStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Barista;
using namespace Barista::AzureTest;

class TestAzureProviderErrors : public QObject
{
    Q_OBJECT

private slots:
    void wrongSecretIsOneTokenRequestVerbatim();
    void tokenCachedAndRenewedBeforeExpiry();
    void armUnauthorizedDropsTheToken();
    void throttledWithRetryAfter();
    void quotaAndFailedOperation();
    void notFoundVerbatim();
    void tlsWithAndWithoutCaBundle();
    void secretStoreAndFactory();
    void parserClassifies();

private:
    Result<Resource> makeVm(AzureProvider& azure, const QString& name, const QString& size);
};

Result<Resource> TestAzureProviderErrors::makeVm(AzureProvider& azure, const QString& name, const QString& size)
{
    VpcInfo vpc;
    vpc.iid.nameId = QStringLiteral("net");
    vpc.ipv4Cidr = QStringLiteral("10.0.0.0/16");
    vpc.subnets.append(SubnetInfo { { QStringLiteral("sub"), {} }, {}, QStringLiteral("10.0.1.0/24"), {} });
    if (!await(azure.create(vpc, { QStringLiteral("net-tok"), {} })).ok())
        return CloudError::make(CloudError::Kind::Internal, QStringLiteral("Setup"), QStringLiteral("vpc"));
    KeyPairInfo key;
    key.iid.nameId = QStringLiteral("key");
    key.publicKey = publicKey();
    if (!await(azure.create(key, { QStringLiteral("key-tok"), {} })).ok())
        return CloudError::make(CloudError::Kind::Internal, QStringLiteral("Setup"), QStringLiteral("key"));
    VmInfo vm;
    vm.iid.nameId = name;
    vm.imageName = QStringLiteral("Debian:debian-12:12-gen2:latest");
    vm.specName = size;
    vm.vpcIid.nameId = QStringLiteral("net");
    vm.keyPairIid.nameId = QStringLiteral("key");
    return await(azure.create(vm, { name + QStringLiteral("-tok"), {} }));
}

void TestAzureProviderErrors::wrongSecretIsOneTokenRequestVerbatim()
{
    auto server = startServer();
    QVERIFY(server);
    auto azure = provider(*server, credentials(QStringLiteral("wrong~secret.value_0000000000000000000000")));
    const Result<ResourcePage> denied = await(azure->list(ResourceKind::Vm, {}));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().kind, CloudError::Kind::Auth);
    QCOMPARE(denied.error().providerCode, QStringLiteral("invalid_client"));
    QCOMPARE(denied.error().httpStatus, 401);
    QVERIFY(denied.error().message.startsWith(QLatin1String("AADSTS7000215: Invalid client secret provided.")));
    QCOMPARE(denied.error().message, lastServerMessage(*server)); // verbatim, trace ids and all
    QCOMPARE(server->tokenRequestCount(), 1);
    QCOMPARE(server->requests().size(), 1); // no ARM call without a token

    // Unknown tenant: AADSTS90002 as sent.
    AzureCredentials other = credentials();
    other.tenantId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    auto lost = provider(*server, other);
    const Result<ResourcePage> noTenant = await(lost->list(ResourceKind::Vpc, {}));
    QVERIFY(!noTenant.ok());
    QCOMPARE(noTenant.error().kind, CloudError::Kind::Auth);
    QVERIFY(noTenant.error().message.startsWith(QLatin1String("AADSTS90002")));
    QCOMPARE(server->tokenRequestCount(), 2);
}

void TestAzureProviderErrors::tokenCachedAndRenewedBeforeExpiry()
{
    auto server = startServer();
    QVERIFY(server);
    FakeClock clock(1000);
    auto azure = provider(*server, credentials(), &clock);
    for (int i = 0; i < 3; ++i)
        QVERIFY(await(azure->list(ResourceKind::Vpc, {})).ok());
    QCOMPARE(server->tokenRequestCount(), 1);
    clock.advance((3599 - 301) * 1000LL); // just before the 5-minute margin
    QVERIFY(await(azure->list(ResourceKind::Vpc, {})).ok());
    QCOMPARE(server->tokenRequestCount(), 1);
    clock.advance(2000); // inside the margin: renewed before ARM could refuse it
    QVERIFY(await(azure->list(ResourceKind::Vpc, {})).ok());
    QCOMPARE(server->tokenRequestCount(), 2);
    QCOMPARE(azure->tokensIssued(), 2);
    QCOMPARE(AzureAuth::refreshMarginMs(3599000), 300000);
}

void TestAzureProviderErrors::armUnauthorizedDropsTheToken()
{
    auto server = startServer();
    QVERIFY(server);
    auto azure = provider(*server);
    QVERIFY(await(azure->list(ResourceKind::Vpc, {})).ok());
    server->failNext({ QStringLiteral("virtualNetworks"), {}, 401, QStringLiteral("InvalidAuthenticationToken"),
        QStringLiteral("The access token is invalid."), 1, -1 });
    const Result<ResourcePage> refused = await(azure->list(ResourceKind::Vpc, {}));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CloudError::Kind::Auth);
    QCOMPARE(refused.error().providerCode, QStringLiteral("InvalidAuthenticationToken"));
    QCOMPARE(server->requestCount(QStringLiteral("virtualNetworks")), 2); // not retried by the adapter
    QVERIFY(await(azure->list(ResourceKind::Vpc, {})).ok());
    QCOMPARE(server->tokenRequestCount(), 2); // the next call asked for a new token
}

void TestAzureProviderErrors::throttledWithRetryAfter()
{
    auto server = startServer();
    QVERIFY(server);
    auto azure = provider(*server);
    server->failNext({ QStringLiteral("sshPublicKeys"), "GET", 429, QStringLiteral("TooManyRequests"),
        QStringLiteral("The request is being throttled."), 1, 7 });
    const Result<ResourcePage> throttled = await(azure->list(ResourceKind::KeyPair, {}));
    QVERIFY(!throttled.ok());
    QCOMPARE(throttled.error().kind, CloudError::Kind::Throttled);
    QCOMPARE(throttled.error().providerCode, QStringLiteral("TooManyRequests"));
    QCOMPARE(throttled.error().message, QStringLiteral("The request is being throttled."));
    QCOMPARE(throttled.error().retryAfterMs, 7000);
    QCOMPARE(server->requestCount(QStringLiteral("sshPublicKeys")), 1);
}

void TestAzureProviderErrors::quotaAndFailedOperation()
{
    auto server = startServer();
    QVERIFY(server);
    server->state().setCoreQuota(2);
    auto azure = provider(*server);
    const Result<Resource> over = makeVm(*azure, QStringLiteral("big"), QStringLiteral("Standard_D4s_v5"));
    QVERIFY(!over.ok());
    QCOMPARE(over.error().kind, CloudError::Kind::QuotaExceeded);
    QCOMPARE(over.error().providerCode, QStringLiteral("OperationNotAllowed"));
    QCOMPARE(over.error().message, lastServerMessage(*server));
    QVERIFY(over.error().message.contains(QLatin1String("Total Regional Cores quota")));
    // The refused VM's NIC and public IP were removed again.
    QCOMPARE(server->state().count(QStringLiteral("Microsoft.Network/networkInterfaces")), 0);
    QCOMPARE(server->state().count(QStringLiteral("Microsoft.Network/publicIPAddresses")), 0);

    server->state().failNextOperation(QStringLiteral("AllocationFailed"),
        QStringLiteral("Allocation failed. We do not have sufficient capacity for the requested VM size in this region."));
    const Result<Resource> failed = makeVm(*azure, QStringLiteral("small"), QStringLiteral("Standard_B1s"));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, CloudError::Kind::QuotaExceeded);
    QCOMPARE(failed.error().providerCode, QStringLiteral("AllocationFailed"));
    QVERIFY(failed.error().message.startsWith(QLatin1String("Allocation failed.")));
    const Result<Resource> shown = await(azure->get(ResourceKind::Vm, QStringLiteral("small")));
    QVERIFY2(shown.ok(), why(shown));
    QCOMPARE(shown.value().as<VmInfo>()->status, VmStatus::Failed);
    QVERIFY(await(azure->remove(ResourceKind::Vm, shown.value().iid(), {})).ok());
    QCOMPARE(server->state().count(QStringLiteral("Microsoft.Network/networkInterfaces")), 0);
}

void TestAzureProviderErrors::notFoundVerbatim()
{
    auto server = startServer();
    QVERIFY(server);
    auto azure = provider(*server);
    KeyPairInfo key;
    key.iid.nameId = QStringLiteral("k");
    key.publicKey = publicKey();
    QVERIFY(await(azure->create(key, {})).ok());
    const Result<Resource> missing = await(azure->get(ResourceKind::Vm, QStringLiteral("nope")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(missing.error().providerCode, QStringLiteral("ResourceNotFound"));
    QCOMPARE(missing.error().message,
        QStringLiteral("The Resource 'Microsoft.Compute/virtualMachines/nope' under resource group 'barista-koreacentral' "
                       "was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix"));
    const Result<Done> again = await(azure->remove(ResourceKind::Disk, { QStringLiteral("never"), {} }, {}));
    QVERIFY2(again.ok(), why(again)); // ARM's DELETE of an absent resource is 204
}

void TestAzureProviderErrors::tlsWithAndWithoutCaBundle()
{
    auto server = startServer(true);
    QVERIFY2(server, "the HTTPS test server did not start");
    QCOMPARE(server->endpoint().scheme(), QStringLiteral("https"));
    QTemporaryDir dir;
    const QString caPath = dir.filePath(QStringLiteral("test-ca.pem"));
    QFile file(caPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(server->caCertificatePem());
    file.close();

    ConnectionConfig trusted = connection(*server);
    trusted.caBundle = caPath;
    AzureProvider withCa(trusted, AzureCredentialSource::fixed(credentials()), fastOptions());
    const Result<ResourcePage> regions = await(withCa.list(ResourceKind::Region, {}));
    QVERIFY2(regions.ok(), why(regions));
    QCOMPARE(regions.value().items.size(), 4);
    const int seen = int(server->requests().size());
    QCOMPARE(seen, 2); // token + locations, both over TLS

    AzureProvider withoutCa(connection(*server), AzureCredentialSource::fixed(credentials()), fastOptions());
    const Result<ResourcePage> refused = await(withoutCa.list(ResourceKind::Region, {}));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(refused.error().providerCode, QStringLiteral("TlsHandshakeFailed"));
    QCOMPARE(int(server->requests().size()), seen); // the secret never reached an untrusted server
}

void TestAzureProviderErrors::secretStoreAndFactory()
{
    auto server = startServer();
    QVERIFY(server);
    MemorySecretStore store;
    // `az ad sp create-for-rbac` output plus the subscription.
    const QByteArray az = QStringLiteral(R"({"appId":"%1","displayName":"barista","password":"%2","tenant":"%3","subscriptionId":"%4"})")
                              .arg(AzureArmTestServer::clientId(), AzureArmTestServer::clientSecret(), AzureArmTestServer::tenantId(),
                                  AzureArmTestServer::subscriptionId())
                              .toUtf8();
    QVERIFY(await(store.write(QStringLiteral("connection/azure-test"), az)).ok());
    AzureProvider azure(connection(*server), AzureCredentialSource::forConnection(connection(*server), &store), fastOptions());
    const Result<ResourcePage> listed = await(azure.list(ResourceKind::Vpc, {}));
    QVERIFY2(listed.ok(), why(listed));

    const Result<AzureCredentials> spider = AzureCredentialSource::fromSecret(
        R"({"ClientId":"c","ClientSecret":"s","TenantId":"t","SubscriptionId":"x","ResourceGroup":"rg1"})", QStringLiteral("r"));
    QVERIFY(spider.ok());
    QCOMPARE(spider.value().resourceGroup, QStringLiteral("rg1"));
    const Result<AzureCredentials> bad = AzureCredentialSource::fromSecret("{\"clientId\":\"c\"}", QStringLiteral("ref-1"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, CloudError::Kind::Auth);
    QVERIFY(bad.error().message.contains(QLatin1String("ref-1")));

    QTemporaryDir dir;
    BuiltinProviderFactory factory(dir.path());
    factory.setSecretStore(&store);
    QString error;
    const std::shared_ptr<CloudProvider> made = factory.create(connection(*server), &error);
    QVERIFY2(made, qPrintable(error));
    QVERIFY(dynamic_cast<AzureProvider*>(made.get()));
    ConnectionConfig noRegion = connection(*server);
    noRegion.region.clear();
    QVERIFY(!factory.create(noRegion, &error));
    QVERIFY(error.contains(QLatin1String("region")));
}

void TestAzureProviderErrors::parserClassifies()
{
    const auto kindOf = [](const char* body) { return AzureErrorParser::parse(400, body).kind; };
    QCOMPARE(kindOf(R"({"error":{"code":"ResourceGroupNotFound","message":"m"}})"), CloudError::Kind::NotFound);
    QCOMPARE(kindOf(R"({"error":{"code":"OperationNotAllowed","message":"Disk d is attached to VM v."}})"), CloudError::Kind::Conflict);
    QCOMPARE(kindOf(R"({"error":{"code":"OperationNotAllowed","message":"exceeding approved standardDSv5Family Cores quota"}})"),
        CloudError::Kind::QuotaExceeded);
    QCOMPARE(kindOf(R"({"error":{"code":"MissingApiVersionParameter","message":"m"}})"), CloudError::Kind::InvalidRequest);
    QCOMPARE(kindOf(R"({"error":"invalid_client","error_description":"AADSTS7000215: x"})"), CloudError::Kind::Auth);
    QCOMPARE(AzureErrorParser::parse(401, R"({"error":"invalid_client","error_description":"AADSTS7000215: x"})").message,
        QStringLiteral("AADSTS7000215: x"));
}

QTEST_GUILESS_MAIN(TestAzureProviderErrors)
#include "TestAzureProviderErrors.moc"
