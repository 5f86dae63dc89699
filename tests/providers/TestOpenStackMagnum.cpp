// SPDX-License-Identifier: GPL-3.0-or-later
// Kubernetes clusters on OpenStack through Magnum, against FakeMagnum + FakeKeystone: the
// Unsupported answer without container-infra in the catalog, paging, create -> Creating ->
// Active with the node group/version/endpoint, our labels and token in the server's state, a
// retried create, template choice, Magnum's errors verbatim, delete -> gone, 503 and 409.

#include "providers/openstack/OpenStackMagnumMapper.h"
#include "providers/openstack/OpenStackMapper.h"
#include "providers/openstack/OpenStackProvider.h"
#include "tests/providers/FakeKeystone.h"
#include "tests/providers/FakeMagnum.h"
#include "tests/providers/ResultText.h"
#include "tests/support/TestAwait.h"

#include <QCoreApplication>
#include <QTest>

using namespace Barista;
using namespace Barista::Test;

Q_DECLARE_METATYPE(Barista::ClusterStatus)

namespace {

template<typename T>
Result<T> await(const QFuture<Result<T>>& future)
{
    if (!Test::waitFor(future, 20000))
        return CloudError::make(CloudError::Kind::Timeout, QStringLiteral("TestTimeout"), QStringLiteral("no answer"));
    return future.result();
}

ClusterInfo request(const QString& name)
{
    ClusterInfo c;
    c.iid.nameId = name;
    c.vpcIid.nameId = QStringLiteral("private");
    c.subnetIids = { Iid { QStringLiteral("private-subnet"), QString() } };
    NodeGroupInfo group;
    group.iid.nameId = QStringLiteral("workers");
    group.specName = QStringLiteral("m1.small");
    group.keyPairIid.nameId = QStringLiteral("my-key");
    group.desiredNodeSize = group.minNodeSize = group.maxNodeSize = 2;
    c.nodeGroups = { group };
    c.tags = { { QStringLiteral("owner"), QStringLiteral("me") } };
    return c;
}

const MutationContext kContext { QStringLiteral("tok-1"), { { QStringLiteral("barista-infra"), QStringLiteral("inf1") } } };

} // namespace

class TestOpenStackMagnum : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testWithoutMagnumIsUnsupported();
    void testListIsPaged();
    void testCreateThenActive();
    void testRetryWithSameTokenMakesNoSecondCluster();
    void testTemplateChoice();
    void testMissingTemplateIsMagnumsError();
    void testMissingKeypairIsMagnumsError();
    void testFurtherNodeGroupsWaitForAnActiveCluster();
    void testDeleteThenGone();
    void testServiceUnavailableIsRetryable();
    void testDeleteConflictIsVerbatim();
    void testStatusMapping_data();
    void testStatusMapping();

private:
    std::unique_ptr<OpenStackProvider> provider();
    int posts() const { return m_server.count("POST", FakeMagnum::prefix() + QStringLiteral("/clusters")); }

    FakeHttpServer m_server;
    FakeKeystone m_keystone;
    FakeMagnum m_magnum;
};

void TestOpenStackMagnum::initTestCase()
{
    m_server.setHandler([this](const FakeRequest& r) {
        if (std::optional<FakeReply> keystone = m_keystone.handle(r, m_server.url()))
            return *keystone;
        if (std::optional<FakeReply> magnum = m_magnum.handle(r, m_keystone.currentToken(), m_server.url()))
            return *magnum;
        return FakeReply::raw(404, "no route in the fake");
    });
    QVERIFY(m_server.start() != 0);
}

void TestOpenStackMagnum::init()
{
    m_server.clearRequests();
    m_keystone = FakeKeystone {};
    m_keystone.services.append(QStringLiteral("container-infra"));
    m_magnum = FakeMagnum {};
}

std::unique_ptr<OpenStackProvider> TestOpenStackMagnum::provider()
{
    return m_keystone.provider(m_server.url(QStringLiteral("/v3")), QStringLiteral("fake-magnum"));
}

void TestOpenStackMagnum::testWithoutMagnumIsUnsupported()
{
    m_keystone.services.removeAll(QStringLiteral("container-infra"));
    const auto os = provider();
    const QString expected = QCoreApplication::translate("OpenStackDispatch", "This OpenStack cloud has no Kubernetes service (Magnum).");
    const Result<ResourcePage> listed = await(os->list(ResourceKind::Cluster, ListRequest {}));
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().kind, CloudError::Kind::Unsupported);
    QCOMPARE(listed.error().message, expected);
    const Result<Resource> created = await(os->create(request(QStringLiteral("k8s")), kContext));
    QCOMPARE(created.error().message, expected);
    for (const FakeRequest& r : m_server.requests())
        QVERIFY2(!r.path().startsWith(FakeMagnum::prefix()), qPrintable(r.path()));
}

void TestOpenStackMagnum::testListIsPaged()
{
    const QString a = m_magnum.seed(QStringLiteral("alpha"));
    const QString b = m_magnum.seed(QStringLiteral("beta"), 3);
    const QString c = m_magnum.seed(QStringLiteral("gamma"));
    const auto os = provider();
    const Result<ResourcePage> first = await(os->list(ResourceKind::Cluster, ListRequest { QString(), 2 }));
    QVERIFY2(first.ok(), why(first).constData());
    QCOMPARE(first.value().items.size(), 2);
    QCOMPARE(first.value().items[0].iid(), (Iid { QStringLiteral("alpha"), a }));
    QCOMPARE(first.value().nextPageToken, b);
    const ClusterInfo* beta = first.value().items[1].as<ClusterInfo>();
    QCOMPARE(beta->status, ClusterStatus::Active);
    QCOMPARE(beta->nodeGroups.size(), 1);
    QCOMPARE(beta->nodeGroups[0].desiredNodeSize, 3);
    const Result<ResourcePage> second = await(os->list(ResourceKind::Cluster, ListRequest { first.value().nextPageToken, 2 }));
    QVERIFY2(second.ok(), why(second).constData());
    QCOMPARE(second.value().items.size(), 1);
    QCOMPARE(second.value().items[0].iid().systemId, c);
    QVERIFY(second.value().nextPageToken.isEmpty());
    const FakeRequest* page = nullptr;
    for (const FakeRequest& r : m_server.requests())
        page = r.path() == FakeMagnum::prefix() + QStringLiteral("/clusters") ? &r : page;
    QVERIFY(page);
    QCOMPARE(page->query(QStringLiteral("marker")), b);
    QCOMPARE(page->query(QStringLiteral("limit")), QStringLiteral("2"));
    // Every Magnum request asked for our microversion (the server records what it was sent).
    QVERIFY(!m_magnum.versionsSeen.isEmpty());
    for (const QString& version : m_magnum.versionsSeen)
        QCOMPARE(version, QStringLiteral("container-infra 1.10"));
    int magnumRequests = 0;
    for (const FakeRequest& r : m_server.requests())
        magnumRequests += r.path().startsWith(FakeMagnum::prefix()) ? 1 : 0;
    QCOMPARE(m_magnum.versionsSeen.size(), magnumRequests);
}

void TestOpenStackMagnum::testCreateThenActive()
{
    const auto os = provider();
    const Result<Resource> created = await(os->create(request(QStringLiteral("k8s")), kContext));
    QVERIFY2(created.ok(), why(created).constData());
    const ClusterInfo* info = created.value().as<ClusterInfo>();
    QCOMPARE(info->status, ClusterStatus::Creating);
    QCOMPARE(info->extra.value(QLatin1String("status")).toString(), QStringLiteral("CREATE_IN_PROGRESS"));

    // The server's state: one cluster with our body, labels merged over the template's.
    QCOMPARE(m_magnum.clusters.size(), 1);
    const QJsonObject stored = m_magnum.clusters.first().body;
    QCOMPARE(stored.value(QLatin1String("uuid")).toString(), info->iid.systemId);
    QCOMPARE(stored.value(QLatin1String("cluster_template_id")), m_magnum.templates.first().value(QLatin1String("uuid")));
    QCOMPARE(stored.value(QLatin1String("node_count")).toInt(), 2);
    QCOMPARE(stored.value(QLatin1String("flavor_id")).toString(), QStringLiteral("m1.small"));
    QCOMPARE(stored.value(QLatin1String("keypair")).toString(), QStringLiteral("my-key"));
    QCOMPARE(stored.value(QLatin1String("fixed_network")).toString(), QStringLiteral("private"));
    QCOMPARE(stored.value(QLatin1String("fixed_subnet")).toString(), QStringLiteral("private-subnet"));
    const QJsonObject labels = stored.value(QLatin1String("labels")).toObject();
    QCOMPARE(labels.value(OpenStackMapper::tokenTag()).toString(), QStringLiteral("tok-1"));
    QCOMPARE(labels.value(QLatin1String("owner")).toString(), QStringLiteral("me"));
    QCOMPARE(labels.value(QLatin1String("barista-infra")).toString(), QStringLiteral("inf1"));
    QCOMPARE(labels.value(QLatin1String("kube_tag")).toString(), QStringLiteral("v1.27.4")); // the template's, kept

    const Result<Resource> later = await(os->get(ResourceKind::Cluster, info->iid.systemId));
    QVERIFY2(later.ok(), why(later).constData());
    const ClusterInfo* active = later.value().as<ClusterInfo>();
    QCOMPARE(active->status, ClusterStatus::Active);
    QCOMPARE(active->version, QStringLiteral("v1.27.4"));
    QCOMPARE(active->endpoint, QStringLiteral("https://172.24.4.10:6443"));
    QCOMPARE(active->vpcIid.nameId, QStringLiteral("private"));
    QCOMPARE(active->subnetIids.value(0).nameId, QStringLiteral("private-subnet"));
    QCOMPARE(active->nodeGroups.size(), 1); // the master group is not a node group
    QCOMPARE(active->nodeGroups[0].iid.nameId, QStringLiteral("default-worker"));
    QCOMPARE(active->nodeGroups[0].specName, QStringLiteral("m1.small"));
    QCOMPARE(active->nodeGroups[0].desiredNodeSize, 2);
    QCOMPARE(active->nodeGroups[0].keyPairIid.nameId, QStringLiteral("my-key"));
    QCOMPARE(active->nodeGroups[0].status, ClusterStatus::Active);
    QCOMPARE(active->extra.value(QLatin1String("masterCount")).toInt(), 1);
    QCOMPARE(active->extra.value(QLatin1String("masterFlavor")).toString(), QStringLiteral("m1.medium"));
    QCOMPARE(active->tags.value(QStringLiteral("owner")), QStringLiteral("me"));
    QCOMPARE(active->tags.value(QStringLiteral("barista-infra")), QStringLiteral("inf1"));
    QVERIFY(!active->tags.contains(QStringLiteral("kube_tag"))); // the template's labels are not our tags
    QVERIFY(!active->tags.contains(OpenStackMapper::tokenTag()));
    QCOMPARE(active->extra.value(QLatin1String("clientToken")).toString(), QStringLiteral("tok-1"));
}

void TestOpenStackMagnum::testRetryWithSameTokenMakesNoSecondCluster()
{
    const auto os = provider();
    const Result<Resource> first = await(os->create(request(QStringLiteral("k8s")), kContext));
    QVERIFY2(first.ok(), why(first).constData());
    const Result<Resource> retried = await(os->create(request(QStringLiteral("k8s")), kContext));
    QVERIFY2(retried.ok(), why(retried).constData());
    QCOMPARE(retried.value().iid().systemId, first.value().iid().systemId);
    QCOMPARE(posts(), 1);
    QCOMPARE(m_magnum.clusters.size(), 1);
    // Same name, another job's token: Magnum allows it, and it is another cluster.
    const Result<Resource> other = await(os->create(request(QStringLiteral("k8s")), MutationContext { QStringLiteral("tok-2"), {} }));
    QVERIFY2(other.ok(), why(other).constData());
    QVERIFY(other.value().iid().systemId != first.value().iid().systemId);
    QCOMPARE(m_magnum.clusters.size(), 2);
}

void TestOpenStackMagnum::testTemplateChoice()
{
    m_magnum.templates.append(FakeMagnum::kubernetesTemplate(QStringLiteral("k8s-1.28"), QStringLiteral("v1.28.2")));
    const auto os = provider();
    const Result<Resource> ambiguous = await(os->create(request(QStringLiteral("k8s")), kContext));
    QVERIFY(!ambiguous.ok());
    QCOMPARE(ambiguous.error().kind, CloudError::Kind::InvalidRequest);
    QVERIFY2(ambiguous.error().message.contains(QLatin1String("k8s-1.27 (v1.27.4)"))
            && ambiguous.error().message.contains(QLatin1String("k8s-1.28 (v1.28.2)")),
        qPrintable(ambiguous.error().message));
    QCOMPARE(posts(), 0);

    ClusterInfo byVersion = request(QStringLiteral("k8s"));
    byVersion.version = QStringLiteral("1.28.2");
    QVERIFY2(await(os->create(byVersion, kContext)).ok(), "by version");
    QCOMPARE(m_magnum.clusters.last().body.value(QLatin1String("cluster_template_id")), m_magnum.templates[1].value(QLatin1String("uuid")));

    ClusterInfo byName = request(QStringLiteral("k8s-b"));
    byName.extra.insert(QStringLiteral("clusterTemplate"), QStringLiteral("k8s-1.27"));
    QVERIFY2(await(os->create(byName, MutationContext {})).ok(), "by name");
    QCOMPARE(m_magnum.clusters.last().body.value(QLatin1String("cluster_template_id")), m_magnum.templates[0].value(QLatin1String("uuid")));
}

void TestOpenStackMagnum::testMissingTemplateIsMagnumsError()
{
    const auto os = provider();
    ClusterInfo wrong = request(QStringLiteral("k8s"));
    wrong.extra.insert(QStringLiteral("clusterTemplate"), QStringLiteral("nope"));
    const Result<Resource> created = await(os->create(wrong, kContext));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(created.error().httpStatus, 400);
    QCOMPARE(created.error().providerCode, QStringLiteral("client"));
    QCOMPARE(created.error().message, QStringLiteral("ClusterTemplate nope could not be found."));
    QVERIFY(m_magnum.clusters.isEmpty());
}

void TestOpenStackMagnum::testMissingKeypairIsMagnumsError()
{
    const auto os = provider();
    ClusterInfo wrong = request(QStringLiteral("k8s"));
    wrong.nodeGroups[0].keyPairIid.nameId = QStringLiteral("ghost");
    const Result<Resource> created = await(os->create(wrong, kContext));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(created.error().httpStatus, 404);
    QCOMPARE(created.error().message, QStringLiteral("Unable to find keypair ghost."));
    QVERIFY(m_magnum.clusters.isEmpty());
}

void TestOpenStackMagnum::testFurtherNodeGroupsWaitForAnActiveCluster()
{
    const auto os = provider();
    ClusterInfo two = request(QStringLiteral("k8s"));
    two.nodeGroups.append(two.nodeGroups.first());
    two.nodeGroups[1].iid.nameId = QStringLiteral("more");
    two.nodeGroups[1].specName = QStringLiteral("m1.medium");
    two.nodeGroups[1].desiredNodeSize = 3;
    const QString groups = FakeMagnum::prefix() + QStringLiteral("/clusters/%1/nodegroups");
    // While the cluster is being made Magnum takes no nodegroup: the second one is pending.
    const Result<Resource> first = await(os->create(two, kContext));
    QVERIFY2(first.ok(), why(first).constData());
    const QJsonArray pending = first.value().as<ClusterInfo>()->extra.value(QLatin1String("pendingNodeGroups")).toArray();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(NodeGroupInfo::fromJson(pending[0].toObject()).iid.nameId, QStringLiteral("more"));
    const QString uuid = first.value().iid().systemId;
    QCOMPARE(m_server.count("POST", groups.arg(uuid)), 0);
    QCOMPARE(m_magnum.find(uuid)->nodegroups.size(), 2); // default-master, default-worker

    // The same create again (what NodeGroupFollowUp sends once the cluster is Active).
    const Result<Resource> again = await(os->create(two, kContext));
    QVERIFY2(again.ok(), why(again).constData());
    QCOMPARE(again.value().iid().systemId, uuid);
    QVERIFY(!again.value().as<ClusterInfo>()->extra.contains(QLatin1String("pendingNodeGroups")));
    QCOMPARE(posts(), 1);
    QCOMPARE(m_server.count("POST", groups.arg(uuid)), 1);
    const QJsonObject made = m_magnum.find(uuid)->nodegroups.last().toObject();
    QCOMPARE(made.value(QLatin1String("name")).toString(), QStringLiteral("more"));
    QCOMPARE(made.value(QLatin1String("flavor_id")).toString(), QStringLiteral("m1.medium"));
    QCOMPARE(made.value(QLatin1String("node_count")).toInt(), 3);
    QCOMPARE(made.value(QLatin1String("role")).toString(), QStringLiteral("worker"));
    QCOMPARE(made[QLatin1String("labels")][OpenStackMapper::tokenTag()].toString(), QStringLiteral("tok-1"));
    QCOMPARE(again.value().as<ClusterInfo>()->nodeGroups.size(), 2);

    // A third time: nothing is missing, nothing is sent.
    QVERIFY(await(os->create(two, kContext)).ok());
    QCOMPARE(m_server.count("POST", groups.arg(uuid)), 1);
}

void TestOpenStackMagnum::testDeleteThenGone()
{
    const auto os = provider();
    const QString uuid = m_magnum.seed(QStringLiteral("doomed"));
    QVERIFY(await(os->remove(ResourceKind::Cluster, Iid { QStringLiteral("doomed"), uuid }, {})).ok());
    QCOMPARE(m_server.count("DELETE", FakeMagnum::prefix() + QStringLiteral("/clusters/") + uuid), 1);
    QCOMPARE(m_magnum.find(uuid)->body.value(QLatin1String("status")).toString(), QStringLiteral("DELETE_IN_PROGRESS"));
    const Result<Resource> deleting = await(os->get(ResourceKind::Cluster, uuid));
    QVERIFY2(deleting.ok(), why(deleting).constData());
    QCOMPARE(deleting.value().as<ClusterInfo>()->status, ClusterStatus::Deleting);
    const Result<Resource> gone = await(os->get(ResourceKind::Cluster, uuid));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(gone.error().message, QStringLiteral("Cluster %1 could not be found.").arg(uuid));
    QVERIFY(m_magnum.clusters.isEmpty());
    // By name once it is gone: Magnum's 404, not a second delete of something else.
    const Result<Done> again = await(os->remove(ResourceKind::Cluster, Iid { QStringLiteral("doomed"), QString() }, {}));
    QCOMPARE(again.error().kind, CloudError::Kind::NotFound);
}

void TestOpenStackMagnum::testServiceUnavailableIsRetryable()
{
    m_magnum.nextFault = FakeMagnum::error(503, QStringLiteral("The server is currently unavailable. Please try again at a later time."),
        { { "Retry-After", "7" } });
    const auto os = provider();
    const Result<Resource> created = await(os->create(request(QStringLiteral("k8s")), kContext));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, CloudError::Kind::Transient);
    QVERIFY(created.error().isRetryable());
    QCOMPARE(created.error().retryAfterMs, 7000);
    QCOMPARE(created.error().providerCode, QStringLiteral("server"));
    QCOMPARE(posts(), 1); // the adapter does not retry; the job queue does
    QVERIFY(m_magnum.clusters.isEmpty());
    // The queue's retry, with the same token, makes exactly one cluster.
    QVERIFY(await(os->create(request(QStringLiteral("k8s")), kContext)).ok());
    QCOMPARE(m_magnum.clusters.size(), 1);
}

void TestOpenStackMagnum::testDeleteConflictIsVerbatim()
{
    const QString uuid = m_magnum.seed(QStringLiteral("busy"));
    const QString message = QStringLiteral("Failed to pre-delete resources for cluster %1, error: load balancer in use.").arg(uuid);
    m_magnum.nextFault = FakeMagnum::error(409, message);
    const auto os = provider();
    const Result<Done> removed = await(os->remove(ResourceKind::Cluster, Iid { QStringLiteral("busy"), uuid }, {}));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().kind, CloudError::Kind::Conflict);
    QVERIFY(!removed.error().isRetryable());
    QCOMPARE(removed.error().message, message);
    QCOMPARE(m_magnum.find(uuid)->body.value(QLatin1String("status")).toString(), QStringLiteral("CREATE_COMPLETE"));
}

void TestOpenStackMagnum::testStatusMapping_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<ClusterStatus>("expected");
    QTest::newRow("CREATE_IN_PROGRESS") << "CREATE_IN_PROGRESS" << ClusterStatus::Creating;
    QTest::newRow("CREATE_COMPLETE") << "CREATE_COMPLETE" << ClusterStatus::Active;
    QTest::newRow("CREATE_FAILED") << "CREATE_FAILED" << ClusterStatus::Inactive;
    QTest::newRow("UPDATE_IN_PROGRESS") << "UPDATE_IN_PROGRESS" << ClusterStatus::Updating;
    QTest::newRow("UPDATE_FAILED") << "UPDATE_FAILED" << ClusterStatus::Inactive;
    QTest::newRow("ROLLBACK_IN_PROGRESS") << "ROLLBACK_IN_PROGRESS" << ClusterStatus::Updating;
    QTest::newRow("DELETE_IN_PROGRESS") << "DELETE_IN_PROGRESS" << ClusterStatus::Deleting;
    QTest::newRow("DELETE_FAILED") << "DELETE_FAILED" << ClusterStatus::Inactive;
    QTest::newRow("RESUME_COMPLETE") << "RESUME_COMPLETE" << ClusterStatus::Active;
}

void TestOpenStackMagnum::testStatusMapping()
{
    QFETCH(QString, status);
    QFETCH(ClusterStatus, expected);
    QCOMPARE(OpenStackMagnumMapper::clusterStatus(status), expected);
}

QTEST_GUILESS_MAIN(TestOpenStackMagnum)
#include "TestOpenStackMagnum.moc"
