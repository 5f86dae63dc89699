// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogStore.h"
#include "models/infra/InfraReviewer.h"
#include "models/infra/InfraStore.h"
#include "models/infra/InfraTags.h"
#include "models/infra/Ipv4Cidr.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/jobs/SystemClock.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/Journal.h"
#include "models/workspace/ResourceService.h"
#include "models/workspace/Workspace.h"
#include "tests/support/FakeProviderFactory.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/TestAwait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace Barista;
using Barista::Test::ScratchDir;

namespace {

ConnectionConfig connection(const QString& name, const QString& provider, const QString& region, const QString& zone,
    const QString& driver = QStringLiteral("sim"))
{
    ConnectionConfig c;
    c.name = name;
    c.driver = driver;
    c.provider = provider;
    c.credentialRef = QStringLiteral("credential/") + provider;
    c.region = region;
    c.zone = zone;
    return c;
}

NodeGroupSpec group(const QString& name, const QString& specId, const QString& image, int size,
    const QString& connectionName = QString(), const QString& zone = QString())
{
    NodeGroupSpec g;
    g.name = name;
    g.specId = specId;
    g.imageId = image;
    g.nodeGroupSize = size;
    g.connectionName = connectionName;
    g.zone = zone;
    return g;
}

InfraSpec infra(const QString& name, const QList<NodeGroupSpec>& groups)
{
    InfraSpec spec;
    spec.name = name;
    spec.nodeGroups = groups;
    return spec;
}

SpecInfo spec(const QString& name, int vcpu, double memoryGiB)
{
    SpecInfo s;
    s.name = name;
    s.vcpu = vcpu;
    s.memoryGiB = memoryGiB;
    return s;
}

ImageInfo image(const QString& id)
{
    ImageInfo i;
    i.id = id;
    i.name = id;
    return i;
}

VpcInfo vpc(const QString& name, const QString& cidr, const QString& subnetName = QString(),
    const QString& subnetCidr = QString())
{
    VpcInfo v;
    v.iid.nameId = name;
    v.ipv4Cidr = cidr;
    if (!subnetName.isEmpty()) {
        SubnetInfo s;
        s.iid.nameId = subnetName;
        s.ipv4Cidr = subnetCidr;
        v.subnets.append(s);
    }
    return v;
}

/// Makes the fake report GetQuota, answering with these numbers.
void setQuota(FakeCloudProvider* fake, int vmLimit, int vmUsage, int vcpuLimit, int vcpuUsage)
{
    ProviderCapabilities caps = fake->capabilities();
    caps.anyCallFunctions = QStringList { InfraReviewer::quotaFunction() };
    fake->setCapabilities(caps);
    fake->setAnyCallHandler([=](const AnyCallRequest& request) -> Result<AnyCallResponse> {
        if (request.functionId != InfraReviewer::quotaFunction())
            return CloudError::make(CloudError::Kind::Unsupported, QStringLiteral("Unsupported"), request.functionId);
        AnyCallResponse response;
        response.output = { { QStringLiteral("vmLimit"), QString::number(vmLimit) },
            { QStringLiteral("vmUsage"), QString::number(vmUsage) },
            { QStringLiteral("vcpuLimit"), QString::number(vcpuLimit) },
            { QStringLiteral("vcpuUsage"), QString::number(vcpuUsage) } };
        return response;
    });
}

bool anyContains(const QStringList& messages, const QString& text)
{
    for (const QString& m : messages) {
        if (m.contains(text))
            return true;
    }
    return false;
}

Ipv4Cidr cidr(const QString& text)
{
    return Ipv4Cidr::parse(text).value_or(Ipv4Cidr());
}

} // namespace

class TestInfraReviewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void allOkCostsPriceTimesCount();
    void reviewDoesNotBlockOnTheCloud();
    void unknownPriceIsFlaggedAndExcluded();
    void unknownSpecIsAnErrorQuotingTheProvider();
    void unreachableSpecCheckIsAWarning();
    void missingImageIsAWarning();
    void quotaExceededIsAConnectionError();
    void vcpuQuotaExceededIsAConnectionError();
    void quotaUnknownIsOneWarning();
    void connectionDerivedPrefersTheGroupsZone();
    void connectionExplicit();
    void explicitConnectionMustExistAndMatch();
    void connectionToAddCopiesAnExistingOne();
    void connectionToAddInRegionTheSimLacksIsAnError();
    void connectionToAddForNativeDriverIsCheckedAgainstTheCatalog();
    void noConnectionForProviderIsAnError();
    void connectionsGetNonOverlappingCidrsAvoidingExistingVpcs();
    void existingSharedVpcIsReused();
    void nameTakenIsAnInfraError();
    void sizeChecks();
    void withoutCatalogPricesAreUnknown();
    void unusableConnectionIsAConnectionError();
    void failedVpcListingIsAWarning();
    void destroyedReviewerCancelsTheReview();

private:
    FakeCloudProvider* aws() { return m_factory->provider(QStringLiteral("aws-seoul")); }
    FakeCloudProvider* gcp() { return m_factory->provider(QStringLiteral("gcp-tokyo")); }
    InfraReview reviewOf(const InfraSpec& spec, InfraReviewer* reviewer = nullptr);
    double catalogPrice(const QString& specId) const;

    ScratchDir m_catalogDir;
    std::unique_ptr<CatalogStore> m_catalog;

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<FakeProviderFactory> m_factory;
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ResourceService> m_service;
    std::unique_ptr<InfraStore> m_infras;
    std::unique_ptr<InfraReviewer> m_reviewer;
};

void TestInfraReviewer::initTestCase()
{
    QVERIFY(m_catalogDir.isValid());
    m_catalog = std::make_unique<CatalogStore>(m_catalogDir.filePath(QStringLiteral("catalog.sqlite")));
    QString error;
    QVERIFY2(m_catalog->openAndWait(&error), qPrintable(error));
}

void TestInfraReviewer::cleanupTestCase()
{
    m_catalog.reset();
}

void TestInfraReviewer::init()
{
    m_dir = std::make_unique<ScratchDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>(m_dir->path());
    QString error;
    QVERIFY2(m_workspace->open(&error), qPrintable(error));
    m_connections = std::make_unique<ConnectionStore>(m_workspace.get());
    QVERIFY2(m_connections->add(connection(QStringLiteral("aws-seoul"), QStringLiteral("aws"),
                                    QStringLiteral("ap-northeast-2"), QStringLiteral("ap-northeast-2a")),
                 &error),
        qPrintable(error));
    QVERIFY2(m_connections->add(connection(QStringLiteral("gcp-tokyo"), QStringLiteral("gcp"),
                                    QStringLiteral("asia-northeast1"), QStringLiteral("asia-northeast1-a")),
                 &error),
        qPrintable(error));

    m_factory = std::make_unique<FakeProviderFactory>();
    aws()->addResource(spec(QStringLiteral("t3.large"), 2, 8));
    aws()->addResource(spec(QStringLiteral("zz.custom"), 4, 16)); // in no catalog, no price
    aws()->addResource(image(QStringLiteral("ami-ubuntu")));
    gcp()->addResource(spec(QStringLiteral("e2-standard-2"), 2, 8));
    gcp()->addResource(image(QStringLiteral("ubuntu-2204")));
    setQuota(aws(), 100, 0, 400, 0);
    setQuota(gcp(), 100, 0, 400, 0);

    m_registry = std::make_unique<ProviderRegistry>(m_factory.get(), m_connections.get());
    m_clock = std::make_unique<SystemClock>();
    m_jobs = std::make_unique<JobQueue>(m_clock.get());
    m_journal = std::make_unique<Journal>(m_workspace.get());
    m_service = std::make_unique<ResourceService>(m_registry.get(), m_jobs.get(), m_journal.get());
    m_infras = std::make_unique<InfraStore>(m_workspace.get());
    m_reviewer = std::make_unique<InfraReviewer>(
        m_connections.get(), m_registry.get(), m_jobs.get(), m_service.get(), m_infras.get(), m_catalog.get());
}

void TestInfraReviewer::cleanup()
{
    aws()->setHoldCalls(false);
    aws()->release();
    QTRY_VERIFY_WITH_TIMEOUT(m_jobs->activeCount() == 0 && m_jobs->queuedCount() == 0, 10000);
    m_reviewer.reset();
    m_infras.reset();
    m_service.reset();
    m_journal.reset();
    m_jobs.reset();
    m_clock.reset();
    m_registry.reset();
    m_factory.reset();
    m_connections.reset();
    m_workspace.reset();
    m_dir.reset();
}

InfraReview TestInfraReviewer::reviewOf(const InfraSpec& spec, InfraReviewer* reviewer)
{
    const QFuture<InfraReview> future = (reviewer ? reviewer : m_reviewer.get())->review(spec);
    if (!Test::waitFor(future) || future.resultCount() == 0) {
        qWarning("the review did not finish");
        return InfraReview(); // its empty name fails the callers' first comparison
    }
    return future.result();
}

double TestInfraReviewer::catalogPrice(const QString& specId) const
{
    const std::optional<CatalogSpec> row = m_catalog->spec(specId);
    return row && row->spec.costPerHour ? *row->spec.costPerHour : -1;
}

void TestInfraReviewer::allOkCostsPriceTimesCount()
{
    const double awsPrice = catalogPrice(QStringLiteral("aws+ap-northeast-2+t3.large"));
    const double gcpPrice = catalogPrice(QStringLiteral("gcp+asia-northeast1+e2-standard-2"));
    QVERIFY(awsPrice > 0);
    QVERIFY(gcpPrice > 0);

    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"), 3),
            group(QStringLiteral("api"), QStringLiteral("gcp+asia-northeast1+e2-standard-2"),
                QStringLiteral("ubuntu-2204"), 2) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY2(review.ok(), qPrintable(QString::fromUtf8(QJsonDocument(review.toJson()).toJson())));
    QCOMPARE(review.groups.size(), 2);
    QCOMPARE(review.connections.size(), 2);
    QVERIFY(review.messages.isEmpty());

    const NodeGroupReview* web = review.group(QStringLiteral("web"));
    QVERIFY(web);
    QCOMPARE(web->verdict, NodeGroupReview::Verdict::Ok);
    QVERIFY2(web->messages.isEmpty(), qPrintable(web->messages.join(QLatin1Char('\n'))));
    QCOMPARE(web->connection, QStringLiteral("aws-seoul"));
    QCOMPARE(web->provider, QStringLiteral("aws"));
    QCOMPARE(web->region, QStringLiteral("ap-northeast-2"));
    QCOMPARE(web->zone, QStringLiteral("ap-northeast-2a")); // the connection's, the group named none
    QCOMPARE(web->specName, QStringLiteral("t3.large"));
    QVERIFY(!web->connectionToAdd);
    QCOMPARE(web->vcpu, 2); // the catalog lacks it: from the cloud
    QCOMPARE(web->memoryGiB, 8.0);
    QVERIFY(web->pricePerHour);
    QCOMPARE(*web->pricePerHour, awsPrice);
    QCOMPARE(*web->costPerHour(), awsPrice * 3);

    const NodeGroupReview* api = review.group(QStringLiteral("api"));
    QVERIFY(api);
    QCOMPARE(api->connection, QStringLiteral("gcp-tokyo"));
    QCOMPARE(*api->costPerHour(), gcpPrice * 2);
    QCOMPARE(review.knownCostPerHour(), awsPrice * 3 + gcpPrice * 2);
    QCOMPARE(review.nodesWithUnknownPrice(), 0);
    QCOMPARE(review.totalNodes(), 5);

    const ConnectionReview* seoul = review.connection(QStringLiteral("aws-seoul"));
    QVERIFY(seoul);
    QCOMPARE(seoul->nodes, 3);
    QCOMPARE(seoul->vcpus, 6);
    QCOMPARE(seoul->vmLimit, 100);
    QCOMPARE(seoul->vcpuUsage, 0);
    QVERIFY(!seoul->networkExists);
    QVERIFY(!seoul->error);
    QVERIFY2(seoul->messages.isEmpty(), qPrintable(seoul->messages.join(QLatin1Char('\n'))));
    // One GetQuota and one VPC listing per connection, one spec and one image check per group.
    QCOMPARE(aws()->anyCallCount(), 1);
    QCOMPARE(aws()->callCount(Operation::List, ResourceKind::Vpc), 1);
    QCOMPARE(aws()->callCount(Operation::Get, ResourceKind::Spec), 1);
    QCOMPARE(aws()->callCount(Operation::Get, ResourceKind::Image), 1);
}

void TestInfraReviewer::reviewDoesNotBlockOnTheCloud()
{
    aws()->setHoldCalls(true);
    const QFuture<InfraReview> future = m_reviewer->review(infra(QStringLiteral("shop"),
        { group(
            QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"), 1) }));
    QVERIFY(!future.isFinished());
    QTRY_COMPARE_WITH_TIMEOUT(aws()->heldCount(), 4, 10000); // spec, image, quota, VPCs: all at once
    QVERIFY(!future.isFinished());
    aws()->release();
    QVERIFY(Test::waitFor(future));
    QVERIFY(future.result().ok());
}

void TestInfraReviewer::unknownPriceIsFlaggedAndExcluded()
{
    const double awsPrice = catalogPrice(QStringLiteral("aws+ap-northeast-2+t3.large"));
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"), 1),
            group(QStringLiteral("odd"), QStringLiteral("aws+ap-northeast-2+zz.custom"), QStringLiteral("ami-ubuntu"),
                2) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY(review.ok()); // unknown is a warning, not a reason to refuse
    const NodeGroupReview* odd = review.group(QStringLiteral("odd"));
    QVERIFY(odd);
    QVERIFY(!odd->pricePerHour);
    QVERIFY(!odd->costPerHour());
    QCOMPARE(odd->verdict, NodeGroupReview::Verdict::Warning);
    QVERIFY2(
        anyContains(odd->messages, QStringLiteral("price unknown")), qPrintable(odd->messages.join(QLatin1Char('\n'))));
    QCOMPARE(odd->vcpu, 4); // from the cloud
    QCOMPARE(review.knownCostPerHour(), awsPrice * 1);
    QCOMPARE(review.nodesWithUnknownPrice(), 2);
    QVERIFY(review.toJson()
                .value(QStringLiteral("nodeGroups"))
                .toArray()
                .at(1)
                .toObject()
                .value(QStringLiteral("pricePerHour"))
                .isNull());
    QCOMPARE(review.connection(QStringLiteral("aws-seoul"))->vcpus, 2 + 2 * 4);
}

void TestInfraReviewer::unknownSpecIsAnErrorQuotingTheProvider()
{
    const QString said = QStringLiteral("The instance type 'm9.huge' is not supported in ap-northeast-2a.");
    aws()->failNext(Operation::Get, 1,
        CloudError::make(CloudError::Kind::NotFound, QStringLiteral("InvalidInstanceType"), said), ResourceKind::Spec);
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(
            QStringLiteral("big"), QStringLiteral("aws+ap-northeast-2+m9.huge"), QStringLiteral("ami-ubuntu"), 1) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY(!review.ok());
    const NodeGroupReview* big = review.group(QStringLiteral("big"));
    QCOMPARE(big->verdict, NodeGroupReview::Verdict::Error);
    const QString first = big->messages.value(0); // errors come first
    QVERIFY2(first.contains(QStringLiteral("big")) && first.contains(QStringLiteral("m9.huge"))
            && first.contains(QStringLiteral("ap-northeast-2")) && first.contains(said),
        qPrintable(first));
    // The group is still in the connection's sums, and a plain missing spec says so too.
    const InfraReview again = reviewOf(infra(QStringLiteral("shop"),
        { group(
            QStringLiteral("big"), QStringLiteral("aws+ap-northeast-2+m9.huge"), QStringLiteral("ami-ubuntu"), 1) }));
    QCOMPARE(again.group(QStringLiteral("big"))->verdict, NodeGroupReview::Verdict::Error);
    QVERIFY(anyContains(again.group(QStringLiteral("big"))->messages, QStringLiteral("is not offered in")));
}

void TestInfraReviewer::unreachableSpecCheckIsAWarning()
{
    aws()->failNext(Operation::Get, 1,
        CloudError::make(CloudError::Kind::Auth, QStringLiteral("AuthFailure"),
            QStringLiteral("AWS was not able to validate the provided access credentials")),
        ResourceKind::Spec);
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(
            QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"), 1) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY(review.ok());
    const NodeGroupReview* web = review.group(QStringLiteral("web"));
    QCOMPARE(web->verdict, NodeGroupReview::Verdict::Warning);
    QVERIFY(anyContains(web->messages, QStringLiteral("AWS was not able to validate")));
}

void TestInfraReviewer::missingImageIsAWarning()
{
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(
            QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-private"), 1) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY(review.ok());
    const NodeGroupReview* web = review.group(QStringLiteral("web"));
    QCOMPARE(web->verdict, NodeGroupReview::Verdict::Warning);
    QCOMPARE(web->messages.size(), 1);
    QVERIFY(web->messages.first().contains(QStringLiteral("ami-private")));
    QVERIFY(web->messages.first().contains(QStringLiteral("does not exist"))); // the fake's own words
}

void TestInfraReviewer::quotaExceededIsAConnectionError()
{
    setQuota(aws(), 5, 4, 400, 0);
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"), 2),
            group(QStringLiteral("db"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"),
                1) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY(!review.ok());
    const ConnectionReview* seoul = review.connection(QStringLiteral("aws-seoul"));
    QVERIFY(seoul->error);
    QCOMPARE(seoul->nodes, 3);
    QCOMPARE(seoul->vmLimit, 5);
    QCOMPARE(seoul->vmUsage, 4);
    const QString message = seoul->messages.value(0);
    QVERIFY2(message.contains(QStringLiteral("3 more VMs")) && message.contains(QStringLiteral("4 of 5"))
            && message.contains(QStringLiteral("1 more fit")),
        qPrintable(message));
    // The groups themselves are fine; only the connection's quota is short.
    QCOMPARE(review.group(QStringLiteral("web"))->verdict, NodeGroupReview::Verdict::Ok);
    QVERIFY(!review.connection(QStringLiteral("gcp-tokyo"))); // no group goes there

    setQuota(aws(), 5, 2, 400, 0); // exactly full is still fine
    QVERIFY(reviewOf(infra(QStringLiteral("shop"),
                         { group(QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"),
                             QStringLiteral("ami-ubuntu"), 3) }))
                .ok());
}

void TestInfraReviewer::vcpuQuotaExceededIsAConnectionError()
{
    setQuota(aws(), 100, 0, 8, 4);
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(
            QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"), 3) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    const ConnectionReview* seoul = review.connection(QStringLiteral("aws-seoul"));
    QVERIFY(seoul->error);
    QCOMPARE(seoul->vcpus, 6); // 3 x 2, the count coming from the cloud's spec
    QVERIFY2(anyContains(seoul->messages, QStringLiteral("6 more vCPUs"))
            && anyContains(seoul->messages, QStringLiteral("4 of 8")),
        qPrintable(seoul->messages.join(QLatin1Char('\n'))));
}

void TestInfraReviewer::quotaUnknownIsOneWarning()
{
    ProviderCapabilities caps = aws()->capabilities();
    caps.anyCallFunctions.clear();
    aws()->setCapabilities(caps);
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"), 2),
            group(QStringLiteral("db"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"),
                2) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY(review.ok());
    const ConnectionReview* seoul = review.connection(QStringLiteral("aws-seoul"));
    QCOMPARE(seoul->messages.size(), 1);
    QVERIFY(seoul->messages.first().contains(QStringLiteral("quota unknown")));
    QCOMPARE(seoul->vmLimit, -1);
    QCOMPARE(aws()->anyCallCount(), 0);
}

void TestInfraReviewer::connectionDerivedPrefersTheGroupsZone()
{
    QString error;
    QVERIFY2(m_connections->add(connection(QStringLiteral("aws-seoul-c"), QStringLiteral("aws"),
                                    QStringLiteral("ap-northeast-2"), QStringLiteral("ap-northeast-2c")),
                 &error),
        qPrintable(error));
    FakeCloudProvider* seoulC = m_factory->provider(QStringLiteral("aws-seoul-c"));
    seoulC->addResource(spec(QStringLiteral("t3.large"), 2, 8));
    seoulC->addResource(image(QStringLiteral("ami-ubuntu")));
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(QStringLiteral("any"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"), 1),
            group(QStringLiteral("zoned"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"),
                1, QString(), QStringLiteral("ap-northeast-2c")) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QCOMPARE(review.group(QStringLiteral("any"))->connection, QStringLiteral("aws-seoul")); // first by name
    QCOMPARE(review.group(QStringLiteral("zoned"))->connection, QStringLiteral("aws-seoul-c"));
    QCOMPARE(review.group(QStringLiteral("zoned"))->zone, QStringLiteral("ap-northeast-2c"));
    QCOMPARE(review.connections.size(), 2);
    QVERIFY(review.ok());
}

void TestInfraReviewer::connectionExplicit()
{
    QString error;
    QVERIFY2(m_connections->add(connection(QStringLiteral("aws-seoul-c"), QStringLiteral("aws"),
                                    QStringLiteral("ap-northeast-2"), QStringLiteral("ap-northeast-2c")),
                 &error),
        qPrintable(error));
    FakeCloudProvider* seoulC = m_factory->provider(QStringLiteral("aws-seoul-c"));
    seoulC->addResource(spec(QStringLiteral("t3.large"), 2, 8));
    seoulC->addResource(image(QStringLiteral("ami-ubuntu")));
    // A plain spec name works with connectionName; so does a full specId that matches it.
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(QStringLiteral("web"), QStringLiteral("t3.large"), QStringLiteral("ami-ubuntu"), 1,
              QStringLiteral("aws-seoul-c")),
            group(QStringLiteral("db"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"), 1,
                QStringLiteral("aws-seoul-c")) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY2(review.ok(), qPrintable(QString::fromUtf8(QJsonDocument(review.toJson()).toJson())));
    const NodeGroupReview* web = review.group(QStringLiteral("web"));
    QCOMPARE(web->connection, QStringLiteral("aws-seoul-c"));
    QCOMPARE(web->specName, QStringLiteral("t3.large"));
    QCOMPARE(web->provider, QStringLiteral("aws"));
    QVERIFY(web->pricePerHour); // the catalog is asked with the connection's provider and region
    QCOMPARE(review.group(QStringLiteral("db"))->connection, QStringLiteral("aws-seoul-c"));
    QCOMPARE(seoulC->callCount(Operation::Get, ResourceKind::Spec), 2);
    QCOMPARE(aws()->totalCallCount(), 0);
}

void TestInfraReviewer::explicitConnectionMustExistAndMatch()
{
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(QStringLiteral("lost"), QStringLiteral("t3.large"), QStringLiteral("ami-ubuntu"), 1,
              QStringLiteral("aws-nowhere")),
            group(QStringLiteral("mixed"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"),
                1, QStringLiteral("gcp-tokyo")) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY(!review.ok());
    const NodeGroupReview* lost = review.group(QStringLiteral("lost"));
    QCOMPARE(lost->verdict, NodeGroupReview::Verdict::Error);
    QVERIFY(lost->messages.value(0).contains(QStringLiteral("\"aws-nowhere\"")));
    QVERIFY(lost->connection.isEmpty());
    const NodeGroupReview* mixed = review.group(QStringLiteral("mixed"));
    QCOMPARE(mixed->verdict, NodeGroupReview::Verdict::Error);
    QVERIFY(mixed->messages.value(0).contains(QStringLiteral("gcp-tokyo")));
    QVERIFY(review.connections.isEmpty());
    QCOMPARE(aws()->totalCallCount() + gcp()->totalCallCount(), 0);
}

void TestInfraReviewer::connectionToAddCopiesAnExistingOne()
{
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(QStringLiteral("east"), QStringLiteral("aws+us-east-1+t3.large"), QStringLiteral("ami-ubuntu"), 2,
              QString(), QStringLiteral("us-east-1a")),
            group(QStringLiteral("east2"), QStringLiteral("aws+us-east-1+t3.large"), QStringLiteral("ami-ubuntu"), 1),
            group(QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"),
                1) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY2(review.ok(), qPrintable(QString::fromUtf8(QJsonDocument(review.toJson()).toJson())));
    const NodeGroupReview* east = review.group(QStringLiteral("east"));
    QCOMPARE(east->connection, QStringLiteral("aws-us-east-1"));
    QVERIFY(east->connectionToAdd);
    QCOMPARE(east->connectionToAdd->name, QStringLiteral("aws-us-east-1"));
    QCOMPARE(east->connectionToAdd->provider, QStringLiteral("aws"));
    QCOMPARE(east->connectionToAdd->region, QStringLiteral("us-east-1"));
    QCOMPARE(east->connectionToAdd->zone, QStringLiteral("us-east-1a"));
    QCOMPARE(east->connectionToAdd->driver, QStringLiteral("sim"));
    QCOMPARE(east->connectionToAdd->credentialRef, QStringLiteral("credential/aws"));
    QCOMPARE(east->verdict, NodeGroupReview::Verdict::Warning);
    QVERIFY(anyContains(east->messages, QStringLiteral("aws-us-east-1")));
    QVERIFY(east->pricePerHour); // the catalog still prices it
    // Both groups share the one connection to add.
    QCOMPARE(review.group(QStringLiteral("east2"))->connectionToAdd, east->connectionToAdd);
    const ConnectionReview* planned = review.connection(QStringLiteral("aws-us-east-1"));
    QVERIFY(planned);
    QCOMPARE(planned->nodes, 3);
    QVERIFY(!planned->error);
    QVERIFY(cidr(planned->vpcCidr).isValid());
    QVERIFY(!cidr(planned->vpcCidr).overlaps(cidr(review.connection(QStringLiteral("aws-seoul"))->vpcCidr)));
    // Nothing was added, and the connection that does not exist yet was never called.
    QVERIFY(!m_connections->find(QStringLiteral("aws-us-east-1")));
    QCOMPARE(m_factory->createCount(QStringLiteral("aws-us-east-1")), 0);
}

void TestInfraReviewer::connectionToAddInRegionTheSimLacksIsAnError()
{
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(QStringLiteral("far"), QStringLiteral("aws+mars-north-1+t3.large"), QStringLiteral("ami-ubuntu"), 1),
            group(QStringLiteral("badzone"), QStringLiteral("aws+us-east-1+t3.large"), QStringLiteral("ami-ubuntu"), 1,
                QString(), QStringLiteral("us-east-1z")) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY(!review.ok());
    const NodeGroupReview* far = review.group(QStringLiteral("far"));
    QCOMPARE(far->verdict, NodeGroupReview::Verdict::Error);
    QVERIFY2(far->messages.value(0).contains(QStringLiteral("mars-north-1")),
        qPrintable(far->messages.join(QLatin1Char('\n'))));
    QVERIFY(review.group(QStringLiteral("badzone"))->messages.value(0).contains(QStringLiteral("us-east-1z")));
}

void TestInfraReviewer::connectionToAddForNativeDriverIsCheckedAgainstTheCatalog()
{
    QString error;
    QVERIFY2(m_connections->add(connection(QStringLiteral("azure-korea"), QStringLiteral("azure"),
                                    QStringLiteral("koreacentral"), QString(), QStringLiteral("native")),
                 &error),
        qPrintable(error));
    const InfraSpec spec = infra(QStringLiteral("shop"),
        { group(QStringLiteral("jp"), QStringLiteral("azure+japaneast+Standard_B2s"), QStringLiteral("ubuntu"), 1),
            group(QStringLiteral("nowhere"), QStringLiteral("azure+atlantis+Standard_B2s"), QStringLiteral("ubuntu"),
                1) });
    const InfraReview review = reviewOf(spec);
    QCOMPARE(review.infra, QStringLiteral("shop"));
    const NodeGroupReview* jp = review.group(QStringLiteral("jp"));
    QCOMPARE(jp->verdict, NodeGroupReview::Verdict::Warning);
    QCOMPARE(jp->connectionToAdd->driver, QStringLiteral("native"));
    const NodeGroupReview* nowhere = review.group(QStringLiteral("nowhere"));
    QCOMPARE(nowhere->verdict, NodeGroupReview::Verdict::Error);
    QVERIFY(nowhere->messages.value(0).contains(QStringLiteral("atlantis")));

    // Without a catalog the region cannot be checked: a warning, not an error.
    InfraReviewer bare(m_connections.get(), m_registry.get(), m_jobs.get(), m_service.get(), m_infras.get(), nullptr);
    const InfraReview unchecked = reviewOf(spec, &bare);
    QCOMPARE(unchecked.infra, QStringLiteral("shop"));
    QCOMPARE(unchecked.group(QStringLiteral("nowhere"))->verdict, NodeGroupReview::Verdict::Warning);
    QVERIFY(anyContains(unchecked.group(QStringLiteral("nowhere"))->messages, QStringLiteral("not checked")));
}

void TestInfraReviewer::noConnectionForProviderIsAnError()
{
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(QStringLiteral("ms"), QStringLiteral("azure+koreacentral+Standard_B2s"), QStringLiteral("ubuntu"), 1),
            group(QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"),
                1) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY(!review.ok());
    const NodeGroupReview* ms = review.group(QStringLiteral("ms"));
    QCOMPARE(ms->verdict, NodeGroupReview::Verdict::Error);
    QVERIFY2(ms->messages.value(0).contains(QStringLiteral("no connection for Azure"))
            && ms->messages.value(0).contains(QStringLiteral("barista connection add")),
        qPrintable(ms->messages.join(QLatin1Char('\n'))));
    QVERIFY(!ms->connectionToAdd);
    QCOMPARE(ms->provider, QStringLiteral("azure"));
    QCOMPARE(review.group(QStringLiteral("web"))->verdict, NodeGroupReview::Verdict::Ok);
}

void TestInfraReviewer::connectionsGetNonOverlappingCidrsAvoidingExistingVpcs()
{
    // An unrelated VPC on the GCP side holds the block a plan would otherwise start with.
    gcp()->addResource(vpc(QStringLiteral("legacy"), QStringLiteral("10.0.0.0/16")));
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"), 1),
            group(QStringLiteral("api"), QStringLiteral("gcp+asia-northeast1+e2-standard-2"),
                QStringLiteral("ubuntu-2204"), 1) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY(review.ok());
    const Ipv4Cidr legacy = cidr(QStringLiteral("10.0.0.0/16"));
    const ConnectionReview* seoul = review.connection(QStringLiteral("aws-seoul"));
    const ConnectionReview* tokyo = review.connection(QStringLiteral("gcp-tokyo"));
    const Ipv4Cidr awsVpc = cidr(seoul->vpcCidr);
    const Ipv4Cidr gcpVpc = cidr(tokyo->vpcCidr);
    QVERIFY2(awsVpc.isValid() && gcpVpc.isValid(), qPrintable(seoul->vpcCidr + QLatin1Char(' ') + tokyo->vpcCidr));
    QVERIFY(!awsVpc.overlaps(gcpVpc));
    QVERIFY(!gcpVpc.overlaps(legacy));
    QVERIFY(!awsVpc.overlaps(legacy)); // other connections' VPCs are avoided too while there is room
    QVERIFY(awsVpc.contains(cidr(seoul->subnetCidr)));
    QVERIFY(gcpVpc.contains(cidr(tokyo->subnetCidr)));
    QVERIFY(!seoul->networkExists);
}

void TestInfraReviewer::existingSharedVpcIsReused()
{
    aws()->addResource(vpc(InfraTags::vpcName(QStringLiteral("aws-seoul")), QStringLiteral("10.0.0.0/16"),
        InfraTags::subnetName(QStringLiteral("aws-seoul")), QStringLiteral("10.0.1.0/24")));
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"), 1),
            group(QStringLiteral("api"), QStringLiteral("gcp+asia-northeast1+e2-standard-2"),
                QStringLiteral("ubuntu-2204"), 1) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY(review.ok());
    const ConnectionReview* seoul = review.connection(QStringLiteral("aws-seoul"));
    QVERIFY(seoul->networkExists);
    QCOMPARE(seoul->vpcCidr, QStringLiteral("10.0.0.0/16"));
    QCOMPARE(seoul->subnetCidr, QStringLiteral("10.0.1.0/24"));
    const ConnectionReview* tokyo = review.connection(QStringLiteral("gcp-tokyo"));
    QVERIFY(!tokyo->networkExists);
    QVERIFY(cidr(tokyo->vpcCidr).isValid());
    QVERIFY(!cidr(tokyo->vpcCidr).overlaps(cidr(seoul->vpcCidr)));
}

void TestInfraReviewer::nameTakenIsAnInfraError()
{
    const InfraSpec spec = infra(QStringLiteral("shop"),
        { group(
            QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"), 1) });
    InfraRecord record;
    record.name = QStringLiteral("shop");
    record.spec = spec;
    QString error;
    QVERIFY2(m_infras->create(record, {}, {}, &error), qPrintable(error));
    const InfraReview review = reviewOf(spec);
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY(review.infraError);
    QVERIFY(!review.ok());
    QCOMPARE(review.messages.size(), 1);
    QVERIFY(review.messages.first().contains(QStringLiteral("\"shop\"")));
    QCOMPARE(review.group(QStringLiteral("web"))->verdict, NodeGroupReview::Verdict::Ok); // still reviewed

    const InfraReview other = reviewOf(infra(QStringLiteral("shop2"), spec.nodeGroups));
    QCOMPARE(other.infra, QStringLiteral("shop2"));
    QVERIFY(!other.infraError);
    QVERIFY(other.ok());
}

void TestInfraReviewer::sizeChecks()
{
    NodeGroupSpec disk
        = group(QStringLiteral("disk"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"), 1);
    disk.rootDiskSize = InfraReviewer::MaxRootDiskGb + 1;
    NodeGroupSpec fine = disk;
    fine.name = QStringLiteral("fine");
    fine.rootDiskSize = InfraReviewer::MaxRootDiskGb;
    const NodeGroupSpec none
        = group(QStringLiteral("none"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"), 0);
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"), { disk, fine, none }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QCOMPARE(review.group(QStringLiteral("disk"))->verdict, NodeGroupReview::Verdict::Error);
    QVERIFY(review.group(QStringLiteral("disk"))->messages.value(0).contains(QStringLiteral("16385")));
    QCOMPARE(review.group(QStringLiteral("fine"))->verdict, NodeGroupReview::Verdict::Ok);
    QCOMPARE(review.group(QStringLiteral("none"))->verdict, NodeGroupReview::Verdict::Error);
    QVERIFY(review.group(QStringLiteral("none"))->messages.value(0).contains(QStringLiteral("nodeGroupSize")));
    QCOMPARE(review.connection(QStringLiteral("aws-seoul"))->nodes, 2);
}

void TestInfraReviewer::withoutCatalogPricesAreUnknown()
{
    InfraReviewer bare(m_connections.get(), m_registry.get(), m_jobs.get(), m_service.get(), m_infras.get(), nullptr);
    const InfraReview review
        = reviewOf(infra(QStringLiteral("shop"),
                       { group(QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"),
                           QStringLiteral("ami-ubuntu"), 2) }),
            &bare);
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY(review.ok());
    QVERIFY(anyContains(review.messages, QStringLiteral("No catalog")));
    const NodeGroupReview* web = review.group(QStringLiteral("web"));
    QVERIFY(!web->pricePerHour);
    QCOMPARE(web->verdict, NodeGroupReview::Verdict::Warning);
    QCOMPARE(web->vcpu, 2);
    QCOMPARE(review.nodesWithUnknownPrice(), 2);
    QCOMPARE(review.knownCostPerHour(), 0.0);
}

void TestInfraReviewer::unusableConnectionIsAConnectionError()
{
    m_factory->setUnavailable(QStringLiteral("gcp-tokyo"), QStringLiteral("the GCP driver is not built in"));
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(QStringLiteral("api"), QStringLiteral("gcp+asia-northeast1+e2-standard-2"),
              QStringLiteral("ubuntu-2204"), 1),
            group(QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"),
                1) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY(!review.ok());
    const ConnectionReview* tokyo = review.connection(QStringLiteral("gcp-tokyo"));
    QVERIFY(tokyo->error);
    QVERIFY(anyContains(tokyo->messages, QStringLiteral("the GCP driver is not built in")));
    QVERIFY(tokyo->vpcCidr.isEmpty()); // nothing is planned for a connection that cannot be used
    QCOMPARE(gcp()->totalCallCount(), 0);
    QVERIFY(!review.connection(QStringLiteral("aws-seoul"))->error);
}

void TestInfraReviewer::failedVpcListingIsAWarning()
{
    aws()->failNext(Operation::List, 1,
        CloudError::make(CloudError::Kind::Auth, QStringLiteral("UnauthorizedOperation"),
            QStringLiteral("You are not authorized to perform ec2:DescribeVpcs.")),
        ResourceKind::Vpc);
    const InfraReview review = reviewOf(infra(QStringLiteral("shop"),
        { group(
            QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"), 1) }));
    QCOMPARE(review.infra, QStringLiteral("shop"));
    QVERIFY(review.ok());
    const ConnectionReview* seoul = review.connection(QStringLiteral("aws-seoul"));
    QVERIFY(!seoul->error);
    QVERIFY(anyContains(seoul->messages, QStringLiteral("ec2:DescribeVpcs")));
    QVERIFY(cidr(seoul->vpcCidr).isValid()); // still planned, with the risk said
}

void TestInfraReviewer::destroyedReviewerCancelsTheReview()
{
    aws()->setHoldCalls(true);
    const QFuture<InfraReview> future = m_reviewer->review(infra(QStringLiteral("shop"),
        { group(
            QStringLiteral("web"), QStringLiteral("aws+ap-northeast-2+t3.large"), QStringLiteral("ami-ubuntu"), 1) }));
    QTRY_COMPARE_WITH_TIMEOUT(aws()->heldCount(), 4, 10000);
    m_reviewer.reset();
    aws()->release();
    QVERIFY(Test::waitFor(future));
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 0);
}

QTEST_GUILESS_MAIN(TestInfraReviewer)
#include "TestInfraReviewer.moc"
