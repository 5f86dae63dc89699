// SPDX-License-Identifier: GPL-3.0-or-later
// The AWS adapter's error paths against the in-process EC2 test server: throttling,
// capacity and vCPU limits with EC2's code and message verbatim, a wrong secret (Auth, one
// request), NotFound, DependencyViolation and a reused ClientToken (Conflict), credentials read
// from the secret store, and the factory's "native"/"aws" driver.

#include "providers/BuiltinProviderFactory.h"
#include "providers/aws/AwsErrorParser.h"
#include "tests/providers/AwsTestSupport.h"
#include "tests/support/MemorySecretStore.h"
#include "tests/support/ScratchDir.h"

#include <QTest>

using namespace Barista;
using namespace Barista::AwsTest;
using Barista::Test::ScratchDir;

Q_DECLARE_METATYPE(Barista::CloudError::Kind)

class TestAwsProviderErrors : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void throttlingIsThrottledWithTheCode();
    void capacityAndVcpuLimitVerbatim();
    void wrongSecretIsAuthInOneRequest();
    void notFoundConflictAndMismatch();
    void secretStoreCredentials();
    void factoryMakesTheAdapter();
    void errorCodesClassified_data();
    void errorCodesClassified();

private:
    Result<Resource> runVm(const QString& token, const QString& spec = QStringLiteral("t3.micro"));

    std::unique_ptr<Ec2TestServer> m_server;
    std::unique_ptr<AwsProvider> m_aws;
};

void TestAwsProviderErrors::init()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_aws = provider(*m_server);
}

void TestAwsProviderErrors::cleanup()
{
    m_aws.reset();
    m_server.reset();
}

Result<Resource> TestAwsProviderErrors::runVm(const QString& token, const QString& spec)
{
    VmInfo vm;
    vm.iid.nameId = QStringLiteral("vm-") + token;
    vm.imageName = QStringLiteral("ami-0a1b2c3d4e5f60003");
    vm.specName = spec;
    vm.zone = QStringLiteral("ap-northeast-2a");
    return await(m_aws->create(vm, MutationContext { token, {} }));
}

void TestAwsProviderErrors::throttlingIsThrottledWithTheCode()
{
    m_server->faults().failNext(QStringLiteral("DescribeVpcs"), Ec2Error::requestLimitExceeded());
    const Result<ResourcePage> throttled = await(m_aws->list(ResourceKind::Vpc, {}));
    QVERIFY(!throttled.ok());
    QCOMPARE(throttled.error().kind, CloudError::Kind::Throttled);
    QCOMPARE(throttled.error().providerCode, QStringLiteral("RequestLimitExceeded"));
    QCOMPARE(throttled.error().message, QStringLiteral("Request limit exceeded."));
    QCOMPARE(throttled.error().httpStatus, 503);
    QCOMPARE(m_server->requestCount(QStringLiteral("DescribeVpcs")), 1); // the adapter never retries

    m_server->faults().failNext(QStringLiteral("DescribeVpcs"), Ec2Error::internalError());
    const Result<ResourcePage> broken = await(m_aws->list(ResourceKind::Vpc, {}));
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().kind, CloudError::Kind::Transient);
    QCOMPARE(broken.error().providerCode, QStringLiteral("InternalError"));
    QCOMPARE(m_server->requestCount(QStringLiteral("DescribeVpcs")), 2);

    const Result<ResourcePage> fine = await(m_aws->list(ResourceKind::Vpc, {}));
    QVERIFY2(fine.ok(), why(fine));
    QCOMPARE(fine.value().items.size(), 1); // the account's default VPC
    QCOMPARE(fine.value().items.first().as<VpcInfo>()->subnets.size(), 4);
}

void TestAwsProviderErrors::capacityAndVcpuLimitVerbatim()
{
    const Ec2Error capacity
        = Ec2Error::insufficientCapacity(QStringLiteral("t3.micro"), QStringLiteral("ap-northeast-2a"));
    m_server->faults().failNext(QStringLiteral("RunInstances"), capacity);
    const Result<Resource> noCapacity = runVm(QStringLiteral("cap-1"));
    QVERIFY(!noCapacity.ok());
    QCOMPARE(noCapacity.error().kind, CloudError::Kind::QuotaExceeded);
    QCOMPARE(noCapacity.error().providerCode, QStringLiteral("InsufficientInstanceCapacity"));
    QCOMPARE(noCapacity.error().message, capacity.message);
    QCOMPARE(noCapacity.error().httpStatus, 500);
    QVERIFY(!noCapacity.error().isRetryable());

    m_server->state().setVcpuLimit(1);
    const Result<Resource> overLimit = runVm(QStringLiteral("cap-2"));
    QVERIFY(!overLimit.ok());
    QCOMPARE(overLimit.error().kind, CloudError::Kind::QuotaExceeded);
    QCOMPARE(overLimit.error().providerCode, QStringLiteral("VcpuLimitExceeded"));
    QCOMPARE(overLimit.error().message, Ec2Error::vcpuLimitExceeded(1).message);
    QVERIFY(m_server->state().region(region()).instances.isEmpty());
}

void TestAwsProviderErrors::wrongSecretIsAuthInOneRequest()
{
    m_aws = provider(*m_server, QStringLiteral("not-the-secret-key-at-all"));
    m_server->clearRequests();
    const Result<ResourcePage> denied = await(m_aws->list(ResourceKind::Vm, {}));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().kind, CloudError::Kind::Auth);
    QCOMPARE(denied.error().providerCode, QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(denied.error().httpStatus, 403);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().errorCode, QStringLiteral("SignatureDoesNotMatch"));
    QVERIFY(denied.error().message.startsWith(QStringLiteral("The request signature we calculated does not match")));
    QVERIFY(!denied.error().message.contains(QStringLiteral("not-the-secret-key-at-all")));

    // An unknown key id is AuthFailure, EC2's own word for it.
    m_server.reset();
    m_server = startServer();
    auto stranger = std::make_unique<AwsProvider>(connection(*m_server),
        AwsCredentialSource::fixed({ QStringLiteral("AKIDUNKNOWN0000"), secretKey(), QString() }), fastOptions());
    const Result<ResourcePage> unknown = await(stranger->list(ResourceKind::Vm, {}));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, CloudError::Kind::Auth);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(unknown.error().providerCode, m_server->requests().first().errorCode);
}

void TestAwsProviderErrors::notFoundConflictAndMismatch()
{
    const Result<Resource> noVm = await(m_aws->get(ResourceKind::Vm, QStringLiteral("i-0123456789abcdef0")));
    QVERIFY(!noVm.ok());
    QCOMPARE(noVm.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(noVm.error().providerCode, QStringLiteral("InvalidInstanceID.NotFound"));
    QCOMPARE(noVm.error().message, QStringLiteral("The instance ID 'i-0123456789abcdef0' does not exist"));
    const Result<Done> noDisk
        = await(m_aws->remove(ResourceKind::Disk, Iid { QString(), QStringLiteral("vol-00000000000000001") }, {}));
    QVERIFY(!noDisk.ok());
    QCOMPARE(noDisk.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(noDisk.error().providerCode, QStringLiteral("InvalidVolume.NotFound"));
    const Result<Resource> noName = await(m_aws->get(ResourceKind::Vm, QStringLiteral("nobody")));
    QVERIFY(!noName.ok());
    QCOMPARE(noName.error().kind, CloudError::Kind::NotFound);

    // A VPC with a live VM in its subnet: DependencyViolation, verbatim, as Conflict.
    VpcInfo vpc;
    vpc.iid.nameId = QStringLiteral("busy");
    vpc.ipv4Cidr = QStringLiteral("10.20.0.0/16");
    vpc.subnets
        = { SubnetInfo { { QStringLiteral("busy-a"), QString() }, QString(), QStringLiteral("10.20.0.0/24"), {} } };
    const Result<Resource> made = await(m_aws->create(vpc, {}));
    QVERIFY2(made.ok(), why(made));
    VmInfo vm;
    vm.iid.nameId = QStringLiteral("tenant");
    vm.imageName = QStringLiteral("ami-0a1b2c3d4e5f60003");
    vm.specName = QStringLiteral("t3.micro");
    vm.vpcIid = made.value().iid();
    QVERIFY2(await(m_aws->create(vm, MutationContext { QStringLiteral("tok-tenant"), {} })).ok(), "vm in the busy VPC");
    const Result<Done> busy = await(m_aws->remove(ResourceKind::Vpc, made.value().iid(), {}));
    QVERIFY(!busy.ok());
    QCOMPARE(busy.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(busy.error().providerCode, QStringLiteral("DependencyViolation"));
    QVERIFY(busy.error().message.contains(made.value().as<VpcInfo>()->subnets.first().iid.systemId));

    // The same ClientToken with other parameters: EC2's IdempotentParameterMismatch, as Conflict.
    QVERIFY2(runVm(QStringLiteral("tok-x")).ok(), "first run");
    const Result<Resource> mismatch = runVm(QStringLiteral("tok-x"), QStringLiteral("t3.small"));
    QVERIFY(!mismatch.ok());
    QCOMPARE(mismatch.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(mismatch.error().providerCode, QStringLiteral("IdempotentParameterMismatch"));
}

void TestAwsProviderErrors::secretStoreCredentials()
{
    MemorySecretStore store;
    ConnectionConfig c = connection(*m_server);
    auto fromStore = std::make_unique<AwsProvider>(c, AwsCredentialSource::forConnection(c, &store), fastOptions());
    const Result<ResourcePage> missing = await(fromStore->list(ResourceKind::Vpc, {}));
    QVERIFY(!missing.ok()); // nothing stored yet
    QCOMPARE(m_server->requests().size(), 0);

    const QByteArray secret = AwsCredentialSource::toSecret({ accessKeyId(), secretKey(), QString() });
    QVERIFY(Test::waitFor(store.write(c.credentialRef, secret)));
    const Result<ResourcePage> listed = await(fromStore->list(ResourceKind::Vpc, {}));
    QVERIFY2(listed.ok(), why(listed));
    QCOMPARE(m_server->requests().last().accessKeyId, accessKeyId());

    const Result<AwsCredentials> spider = AwsCredentialSource::fromSecret(
        QByteArrayLiteral("{\"ClientId\": \"AKID1\", \"ClientSecret\": \"shh-secret\"}"), QStringLiteral("k"));
    QVERIFY2(spider.ok(), why(spider));
    QCOMPARE(spider.value().secretAccessKey, QStringLiteral("shh-secret"));
    const Result<AwsCredentials> broken
        = AwsCredentialSource::fromSecret(QByteArrayLiteral("{\"aws_access_key_id\": \"x\"}"), QStringLiteral("k"));
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().kind, CloudError::Kind::Auth);
    QVERIFY(!AwsCredentialSource::fromSecret(QByteArrayLiteral("not json"), QStringLiteral("k")).ok());
}

void TestAwsProviderErrors::factoryMakesTheAdapter()
{
    ScratchDir dir;
    MemorySecretStore store;
    BuiltinProviderFactory factory(dir.path());
    factory.setSecretStore(&store);
    ConnectionConfig c = connection(*m_server);
    QString error;
    const std::shared_ptr<CloudProvider> made = factory.create(c, &error);
    QVERIFY2(made, qPrintable(error));
    QVERIFY(dynamic_cast<AwsProvider*>(made.get()));
    c.region.clear();
    QVERIFY(!factory.create(c, &error));
    QVERIFY(error.contains(QStringLiteral("region")));
}

void TestAwsProviderErrors::errorCodesClassified_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<CloudError::Kind>("kind");
    using K = CloudError::Kind;
    QTest::newRow("throttling") << 400 << QStringLiteral("Throttling") << K::Throttled;
    QTest::newRow("instance limit") << 400 << QStringLiteral("InstanceLimitExceeded") << K::QuotaExceeded;
    QTest::newRow("subnet not found") << 400 << QStringLiteral("InvalidSubnetID.NotFound") << K::NotFound;
    QTest::newRow("auth failure") << 401 << QStringLiteral("AuthFailure") << K::Auth;
    QTest::newRow("unavailable") << 503 << QStringLiteral("Unavailable") << K::Transient;
    QTest::newRow("unknown 400") << 400 << QStringLiteral("InvalidAMIName.Malformed") << K::InvalidRequest;
    QTest::newRow("unknown 5xx") << 502 << QStringLiteral("SomethingNew") << K::Transient;
}

void TestAwsProviderErrors::errorCodesClassified()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(CloudError::Kind, kind);
    // A namespaced body (EC2 varies the namespace with the API version) reads the same.
    const QByteArray body = "<?xml version=\"1.0\"?><Response xmlns=\"urn:x\"><Errors><Error><Code>" + code.toUtf8()
        + "</Code><Message>said &amp; done</Message></Error></Errors><RequestID>r-1</RequestID></Response>";
    HttpResponse response;
    response.status = status;
    response.body = body;
    const CloudError error
        = HttpErrorMapper::fromResponse(response, &AwsErrorParser::parse, QDateTime::currentDateTimeUtc());
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.providerCode, code);
    QCOMPARE(error.message, QStringLiteral("said & done"));
}

QTEST_GUILESS_MAIN(TestAwsProviderErrors)
#include "TestAwsProviderErrors.moc"
