// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraSharedResources.h"

#include "models/domain/ResourceKind.h"
#include "models/infra/InfraAsync.h"
#include "models/infra/InfraStore.h"
#include "models/infra/InfraTags.h"
#include "models/interfaces/RemoteShell.h"
#include "models/interfaces/SecretStore.h"
#include "models/workspace/ResourceService.h"

#include <QJsonDocument>
#include <QPromise>
#include <QRegularExpression>
#include <QTimer>
#include <memory>

namespace Barista {

namespace {
using MaybeError = std::optional<CloudError>;

QFuture<MaybeError> ready(MaybeError e)
{
    return QtFuture::makeReadyFuture(std::move(e));
}

QString rowKey(const QString& connection, int kind, const QString& owner)
{
    return QString::number(kind) + QLatin1Char('|') + connection + QLatin1Char('|') + owner;
}

/// "tcp/80", "udp/5000-5100", "tcp/8080@10.0.0.0/8", "icmp": the spec's extra inbound rules.
std::optional<SecurityRule> parseRule(const QString& text)
{
    static const QRegularExpression form(
        QStringLiteral("^(tcp|udp|icmp|all)(?:/(\\d{1,5})(?:-(\\d{1,5}))?)?(?:@([0-9./]+))?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return std::nullopt;
    SecurityRule rule;
    rule.direction = QStringLiteral("inbound");
    rule.ipProtocol = m.captured(1);
    if (!m.captured(2).isEmpty()) {
        rule.fromPort = m.captured(2).toInt();
        rule.toPort = m.captured(3).isEmpty() ? rule.fromPort : m.captured(3).toInt();
    }
    if (!m.captured(4).isEmpty())
        rule.cidr = m.captured(4);
    return rule;
}

bool taggedAs(const Resource& r, const QString& key, const QString& value)
{
    return r.tags().value(key) == value;
}

QFuture<void> delay(QObject* context, qint64 ms)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    QTimer::singleShot(int(ms), context, [promise] { promise->finish(); });
    return promise->future();
}
} // namespace

InfraSharedResources::InfraSharedResources(InfraStore* store, ResourceService* resources, SecretStore* secrets,
                                           SshKeyFactory* keys, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_resources(resources)
    , m_secrets(secrets)
    , m_keys(keys)
{
}

void InfraSharedResources::setReleaseRetry(int attempts, qint64 delayMs)
{
    m_releaseAttempts = qMax(1, attempts);
    m_releaseDelayMs = qMax<qint64>(0, delayMs);
}

QFuture<MaybeError> InfraSharedResources::ensure(const QString& connection, const QString& infra,
                                                 const QStringList& firewallRules)
{
    auto promise = std::make_shared<QPromise<MaybeError>>();
    promise->start();
    QFuture<MaybeError> out = promise->future();
    // The VPC first (the security group lives in it), then the key pair and the group together.
    whenFinished(ensureOne(connection, int(ResourceKind::Vpc), QString(), {}), this,
                 [this, promise, connection, infra, firewallRules](const MaybeError& vpcError) {
                     if (vpcError) {
                         promise->addResult(vpcError);
                         promise->finish();
                         return;
                     }
                     auto remaining = std::make_shared<int>(2);
                     auto first = std::make_shared<MaybeError>();
                     auto done = [promise, remaining, first](const MaybeError& e) {
                         if (e && !*first)
                             *first = e;
                         if (--*remaining == 0) {
                             promise->addResult(*first);
                             promise->finish();
                         }
                     };
                     whenFinished(ensureOne(connection, int(ResourceKind::KeyPair), QString(), {}), this, done);
                     whenFinished(ensureOne(connection, int(ResourceKind::SecurityGroup), infra, firewallRules), this,
                                  done);
                 });
    return out;
}

QFuture<MaybeError> InfraSharedResources::ensureOne(const QString& connection, int kind, const QString& owner,
                                                    const QStringList& firewallRules)
{
    const QString key = rowKey(connection, kind, owner);
    // Two infras deploying on one connection at once share one create of the VPC, never two.
    if (auto it = m_inFlight.constFind(key); it != m_inFlight.constEnd())
        return it.value();
    std::optional<InfraSharedResource> row = m_store->shared(connection, kind, owner);
    if (row && row->state == QLatin1String("Active"))
        return ready(std::nullopt);
    const std::optional<InfraSharedResource> stored = row;
    if (!row) {
        InfraSharedResource planned;
        planned.connection = connection;
        planned.kind = kind;
        planned.owner = owner;
        row = planned;
    }
    switch (ResourceKind(kind)) {
    case ResourceKind::Vpc:
        row->nameId = InfraTags::vpcName(connection);
        break;
    case ResourceKind::KeyPair:
        row->nameId = InfraTags::keyPairName(connection);
        break;
    default:
        row->nameId = InfraTags::securityGroupName(owner, connection);
        break;
    }
    // Written before the call: a crash from here on leaves a row that reconcile checks. A row
    // the infra's create just planned is that already: no second commit for it.
    const bool written = stored && stored->state == QLatin1String("Planned") && !stored->error
        && stored->nameId == row->nameId;
    row->state = QStringLiteral("Planned");
    row->error.reset();
    if (!written)
        m_store->saveShared(*row);
    QFuture<MaybeError> f;
    if (ResourceKind(kind) == ResourceKind::Vpc)
        f = createVpc(*row);
    else if (ResourceKind(kind) == ResourceKind::KeyPair)
        f = createKeyPair(*row);
    else
        f = createSecurityGroup(*row, firewallRules);
    m_inFlight.insert(key, f);
    whenFinished(f, this, [this, key](const MaybeError&) { m_inFlight.remove(key); });
    return f;
}

namespace {
/// Records the created (or adopted) resource, or the error, on the row.
MaybeError settleRow(InfraStore* store, InfraSharedResource row, const Result<Resource>& result)
{
    if (!result.ok()) {
        row.error = result.error();
        store->saveShared(row);
        return result.error();
    }
    const Resource& r = result.value();
    row.systemId = r.iid().systemId;
    row.state = QStringLiteral("Active");
    row.error.reset();
    if (const auto* vpc = r.as<VpcInfo>()) {
        row.detail.insert(QStringLiteral("cidr"), vpc->ipv4Cidr);
        if (!vpc->subnets.isEmpty()) {
            row.detail.insert(QStringLiteral("subnet"), vpc->subnets.constFirst().iid.nameId);
            row.detail.insert(QStringLiteral("subnetSystemId"), vpc->subnets.constFirst().iid.systemId);
            row.detail.insert(QStringLiteral("subnetCidr"), vpc->subnets.constFirst().ipv4Cidr);
        }
    } else if (const auto* key = r.as<KeyPairInfo>()) {
        row.detail.insert(QStringLiteral("fingerprint"), key->fingerprint);
        row.detail.insert(QStringLiteral("vmUserName"), key->vmUserName);
    }
    store->saveShared(row);
    return std::nullopt;
}
} // namespace

/// A create that the cloud refuses because the name exists is a resource a crashed run made:
/// adopt it when its tag says it is this connection's, otherwise report the conflict.
static QFuture<Result<Resource>> createOrAdopt(ResourceService* resources, QObject* guard, const QString& connection,
                                               const Resource& request)
{
    auto promise = std::make_shared<QPromise<Result<Resource>>>();
    promise->start();
    QFuture<Result<Resource>> out = promise->future();
    const ResourceKind kind = request.kind();
    const QString name = request.iid().nameId;
    whenFinished(resources->create(connection, request), guard,
                 [resources, guard, promise, connection, kind, name](const Result<Resource>& created) {
                     if (created.ok() || created.error().kind != CloudError::Kind::Conflict) {
                         promise->addResult(created);
                         promise->finish();
                         return;
                     }
                     whenFinished(resources->get(connection, kind, name), guard,
                                  [promise, created, connection](const Result<Resource>& found) {
                                      const bool ours = found.ok()
                                          && taggedAs(found.value(), InfraTags::sharedKey(), connection);
                                      promise->addResult(ours ? found : created);
                                      promise->finish();
                                  });
                 });
    return out;
}

QFuture<MaybeError> InfraSharedResources::createVpc(InfraSharedResource row)
{
    VpcInfo vpc;
    vpc.iid.nameId = row.nameId;
    vpc.ipv4Cidr = row.detail.value(QStringLiteral("cidr")).toString();
    if (vpc.ipv4Cidr.isEmpty())
        vpc.ipv4Cidr = QStringLiteral("10.0.0.0/16");
    SubnetInfo subnet;
    subnet.iid.nameId = InfraTags::subnetName(row.connection);
    subnet.ipv4Cidr = row.detail.value(QStringLiteral("subnetCidr")).toString();
    if (subnet.ipv4Cidr.isEmpty())
        subnet.ipv4Cidr = vpc.ipv4Cidr.section(QLatin1Char('/'), 0, 0) + QStringLiteral("/24");
    subnet.zone = row.detail.value(QStringLiteral("zone")).toString();
    subnet.tags = InfraTags::sharedTags(row.connection);
    vpc.subnets.append(subnet);
    vpc.tags = InfraTags::sharedTags(row.connection);
    QFuture<Result<Resource>> created = createOrAdopt(m_resources, this, row.connection, Resource(vpc));
    return created.then(QtFuture::Launch::Sync,
                        [store = m_store, row](const Result<Resource>& r) { return settleRow(store, row, r); });
}

QFuture<MaybeError> InfraSharedResources::createKeyPair(InfraSharedResource row)
{
    KeyPairInfo key;
    key.iid.nameId = row.nameId;
    key.tags = InfraTags::sharedTags(row.connection);
    auto send = [this, row](KeyPairInfo request) {
        return createOrAdopt(m_resources, this, row.connection, Resource(request))
            .then(QtFuture::Launch::Sync,
                  [store = m_store, row](const Result<Resource>& r) { return settleRow(store, row, r); });
    };
    if (!m_secrets || !m_keys) {
        // Without a secret store the cloud makes the key and nobody keeps its private half:
        // the nodes work, remote commands cannot reach them.
        return send(key);
    }
    const QString ref = InfraTags::keySecretRef(row.connection);
    auto promise = std::make_shared<QPromise<MaybeError>>();
    promise->start();
    QFuture<MaybeError> out = promise->future();
    // The key made by an earlier (maybe crashed) run is reused, so a key pair the cloud already
    // has always matches the private key we hold.
    whenFinishedOn(m_secrets->read(ref), this, [this, promise, key, ref, send, row](const Result<QByteArray>& stored) mutable {
        if (stored.ok()) {
            const QJsonObject o = QJsonDocument::fromJson(stored.value()).object();
            key.publicKey = o.value(QStringLiteral("publicKey")).toString();
        }
        if (!key.publicKey.isEmpty()) {
            whenFinished(send(key), this, [promise](const MaybeError& e) {
                promise->addResult(e);
                promise->finish();
            });
            return;
        }
        const Result<SshKeyPair> made = m_keys->generate(QStringLiteral("barista-") + row.connection);
        if (!made.ok()) {
            promise->addResult(made.error());
            promise->finish();
            return;
        }
        key.publicKey = made.value().publicKey;
        const QJsonObject secret{{QStringLiteral("publicKey"), made.value().publicKey},
                                 {QStringLiteral("privateKey"), QString::fromLatin1(made.value().privateKey)}};
        QByteArray bytes = QJsonDocument(secret).toJson(QJsonDocument::Compact);
        whenFinishedOn(m_secrets->write(ref, bytes), this, [this, promise, key, send](const Result<Done>& written) {
            if (!written.ok()) {
                promise->addResult(written.error());
                promise->finish();
                return;
            }
            whenFinished(send(key), this, [promise](const MaybeError& e) {
                promise->addResult(e);
                promise->finish();
            });
        });
        bytes.fill('\0');
    });
    return out;
}

QFuture<MaybeError> InfraSharedResources::createSecurityGroup(InfraSharedResource row,
                                                              const QStringList& firewallRules)
{
    const std::optional<InfraSharedResource> vpc = m_store->shared(row.connection, int(ResourceKind::Vpc), QString());
    SecurityGroupInfo group;
    group.iid.nameId = row.nameId;
    group.vpcIid = Iid{vpc ? vpc->nameId : InfraTags::vpcName(row.connection), vpc ? vpc->systemId : QString()};
    SecurityRule ssh;
    ssh.direction = QStringLiteral("inbound");
    ssh.ipProtocol = QStringLiteral("tcp");
    ssh.fromPort = 22;
    ssh.toPort = 22;
    group.rules.append(ssh);
    for (const QString& text : firewallRules) {
        if (const std::optional<SecurityRule> rule = parseRule(text))
            group.rules.append(*rule);
    }
    SecurityRule egress;
    egress.direction = QStringLiteral("outbound");
    egress.ipProtocol = QStringLiteral("all");
    group.rules.append(egress);
    group.tags = InfraTags::sharedTags(row.connection, row.owner);
    return createOrAdopt(m_resources, this, row.connection, Resource(group))
        .then(QtFuture::Launch::Sync,
              [store = m_store, row](const Result<Resource>& r) { return settleRow(store, row, r); });
}

QFuture<QStringList> InfraSharedResources::release(const QString& connection, const QString& infra)
{
    QList<InfraSharedResource> toRelease;
    if (auto sg = m_store->shared(connection, int(ResourceKind::SecurityGroup), infra))
        toRelease.append(*sg);
    // The network and the key stay while any other infra still has nodes or a group here.
    bool othersHere = m_store->nodesOnConnection(connection, infra) > 0;
    for (const InfraSharedResource& s : m_store->shared(connection)) {
        if (s.kind == int(ResourceKind::SecurityGroup) && s.owner != infra)
            othersHere = true;
    }
    QList<InfraSharedResource> afterGroup;
    if (!othersHere) {
        if (auto key = m_store->shared(connection, int(ResourceKind::KeyPair), QString()))
            afterGroup.append(*key);
        if (auto vpc = m_store->shared(connection, int(ResourceKind::Vpc), QString()))
            afterGroup.append(*vpc);
    }
    auto promise = std::make_shared<QPromise<QStringList>>();
    promise->start();
    QFuture<QStringList> out = promise->future();
    auto unconfirmed = std::make_shared<QStringList>();
    // Strictly in order: the group before the VPC it lives in; the key pair any time.
    auto steps = std::make_shared<QList<InfraSharedResource>>(toRelease + afterGroup);
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, steps, next, promise, unconfirmed]() {
        if (steps->isEmpty()) {
            promise->addResult(*unconfirmed);
            promise->finish();
            *next = nullptr; // break the self-reference
            return;
        }
        const InfraSharedResource row = steps->takeFirst();
        whenFinished(releaseOne(row, 1), this, [next, unconfirmed, row](bool gone) {
            if (!gone)
                unconfirmed->append(row.nameId);
            (*next)();
        });
    };
    (*next)();
    return out;
}

QFuture<bool> InfraSharedResources::releaseOne(InfraSharedResource row, int attempt)
{
    row.state = QStringLiteral("Deleting");
    m_store->saveShared(row);
    const ResourceKind kind = ResourceKind(row.kind);
    const Iid iid{row.nameId, row.systemId};
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    QFuture<bool> out = promise->future();
    auto retryOrGiveUp = [this, promise, row, attempt](const CloudError& error) {
        InfraSharedResource kept = row;
        kept.error = error;
        m_store->saveShared(kept); // the tombstone: the next delete or reconcile tries again
        if (attempt >= m_releaseAttempts) {
            promise->addResult(false);
            promise->finish();
            return;
        }
        whenFinished(delay(this, m_releaseDelayMs * attempt), this, [this, promise, kept, attempt]() {
            whenFinished(releaseOne(kept, attempt + 1), this, [promise](bool gone) {
                promise->addResult(gone);
                promise->finish();
            });
        });
    };
    whenFinished(m_resources->remove(row.connection, kind, iid), this,
                 [this, promise, row, kind, retryOrGiveUp](const Result<Done>& removed) {
                     if (!removed.ok() && removed.error().kind != CloudError::Kind::NotFound) {
                         retryOrGiveUp(removed.error());
                         return;
                     }
                     // Fail-closed: only the cloud saying "not found" makes it gone.
                     whenFinished(m_resources->get(row.connection, kind, row.systemId.isEmpty() ? row.nameId : row.systemId),
                                  this, [this, promise, row, retryOrGiveUp](const Result<Resource>& probe) {
                                      if (!probe.ok() && probe.error().kind == CloudError::Kind::NotFound) {
                                          m_store->removeShared(row.connection, row.kind, row.owner);
                                          if (ResourceKind(row.kind) == ResourceKind::KeyPair && m_secrets)
                                              m_secrets->remove(InfraTags::keySecretRef(row.connection));
                                          promise->addResult(true);
                                          promise->finish();
                                          return;
                                      }
                                      retryOrGiveUp(probe.ok() ? CloudError::make(CloudError::Kind::Conflict,
                                                                                   QStringLiteral("StillExists"),
                                                                                   tr("The cloud still lists it after the delete."))
                                                               : probe.error());
                                  });
                 });
    return out;
}

} // namespace Barista
