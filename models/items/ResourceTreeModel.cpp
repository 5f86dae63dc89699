// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/ResourceTreeModel.h"

#include "models/domain/ResourceKindLabel.h"

#include "models/workspace/ConnectionStore.h"
#include "models/workspace/ResourceService.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <algorithm>

namespace Barista {

struct ResourceTreeModel::Node
{
    NodeType type = NodeType::Provider;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    QString key; ///< identity among siblings
    int group = 0; ///< sort: group, then order, then name, then key
    int order = 0;
    QString name;

    QString connection;
    QString provider;
    ConnectionConfig config; ///< on connection and region nodes
    ResourceKind kind = ResourceKind::Vm;
    std::optional<Barista::Resource> resource;
    std::optional<SubnetInfo> subnet;
    QString vpcName; ///< on subnet nodes

    bool lazy = false; ///< regions and folders load their content on demand
    LoadState state = LoadState::NotLoaded;
    bool everLoaded = false;
    QString error;
    QString errorCode;
    quint64 generation = 0;

    // Regions wait for two lists (VPCs and VMs) and keep the last good ones.
    std::optional<Result<QList<Barista::Resource>>> vpcResult;
    std::optional<Result<QList<Barista::Resource>>> vmResult;
    QList<Barista::Resource> vpcs;
    QList<Barista::Resource> vms;

    int row() const
    {
        const auto& siblings = parent->children;
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this)
                return int(i);
        }
        return -1;
    }
};

namespace {

using ListResult = Result<QList<Resource>>;

bool lessThan(const auto& a, const auto& b)
{
    if (a->group != b->group)
        return a->group < b->group;
    if (a->order != b->order)
        return a->order < b->order;
    if (const int c = QString::compare(a->name, b->name, Qt::CaseInsensitive); c != 0)
        return c < 0;
    return a->key < b->key;
}

/// Same resource when an id both sides know is equal (an empty Iid matches nothing).
bool sameIid(const Iid& a, const Iid& b)
{
    return (!a.nameId.isEmpty() && a.nameId == b.nameId) || (!a.systemId.isEmpty() && a.systemId == b.systemId);
}

QString idOf(const Iid& iid)
{
    return iid.nameId.isEmpty() ? iid.systemId : iid.nameId;
}

/// Calls f with the future's result on the context's thread; a canceled future (its job was
/// canceled) reports a Canceled error instead of no answer at all.
void whenFinished(const QFuture<ListResult>& future, QObject* context, std::function<void(const ListResult&)> f)
{
    auto* watcher = new QFutureWatcher<ListResult>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, f] {
        watcher->deleteLater();
        const QFuture<ListResult> done = watcher->future();
        if (done.isCanceled() || done.resultCount() == 0) {
            f(CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"),
                ResourceTreeModel::tr("The list was canceled.")));
            return;
        }
        f(done.result());
    });
    watcher->setFuture(future);
}

QString joinParts(const QStringList& parts)
{
    QStringList nonEmpty;
    for (const QString& p : parts) {
        if (!p.isEmpty())
            nonEmpty.append(p);
    }
    return nonEmpty.join(QStringLiteral(", "));
}

} // namespace

ResourceTreeModel::ResourceTreeModel(ConnectionStore* connections, ResourceService* service, QObject* parent)
    : QAbstractItemModel(parent)
    , m_connections(connections)
    , m_service(service)
    , m_root(std::make_unique<Node>())
{
    connect(m_connections, &ConnectionStore::connectionsChanged, this, &ResourceTreeModel::rebuildConnections);
    connect(m_service, &ResourceService::resourcesChanged, this, &ResourceTreeModel::onResourcesChanged);
    rebuildConnections();
}

ResourceTreeModel::~ResourceTreeModel() = default;

QList<ResourceKind> ResourceTreeModel::folderKinds()
{
    return { ResourceKind::SecurityGroup, ResourceKind::KeyPair, ResourceKind::Disk, ResourceKind::Nlb,
        ResourceKind::Cluster, ResourceKind::MyImage };
}

// --- structure

ResourceTreeModel::Node* ResourceTreeModel::nodeAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex ResourceTreeModel::indexOf(const Node* node, int column) const
{
    if (!node || node == m_root.get() || !node->parent)
        return {};
    return createIndex(node->row(), column, const_cast<Node*>(node));
}

QModelIndex ResourceTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeAt(parent)->children[size_t(row)].get());
}

QModelIndex ResourceTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeAt(child)->parent);
}

int ResourceTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int ResourceTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool ResourceTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    const Node* node = nodeAt(parent);
    if (node->lazy && (node->state == LoadState::NotLoaded || node->state == LoadState::Loading))
        return true;
    return !node->children.empty();
}

bool ResourceTreeModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    const Node* node = nodeAt(parent);
    return node->lazy && node->state == LoadState::NotLoaded;
}

void ResourceTreeModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        startLoad(nodeAt(parent));
}

Qt::ItemFlags ResourceTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> ResourceTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeTypeRole, "nodeType");
    names.insert(KindRole, "kind");
    names.insert(ConnectionRole, "connection");
    names.insert(ProviderRole, "provider");
    names.insert(NameIdRole, "nameId");
    names.insert(SystemIdRole, "systemId");
    names.insert(StatusRole, "status");
    names.insert(ResourceJsonRole, "resourceJson");
    names.insert(LoadingRole, "loading");
    names.insert(ErrorRole, "error");
    names.insert(ErrorCodeRole, "errorCode");
    names.insert(LoadedRole, "loaded");
    return names;
}

// --- lookups

ResourceTreeModel::Node* ResourceTreeModel::findRegion(const QString& connection) const
{
    for (const auto& provider : m_root->children) {
        for (const auto& conn : provider->children) {
            if (conn->connection == connection && !conn->children.empty())
                return conn->children.front().get();
        }
    }
    return nullptr;
}

ResourceTreeModel::Node* ResourceTreeModel::findFolder(const QString& connection, ResourceKind kind) const
{
    const Node* region = findRegion(connection);
    if (!region)
        return nullptr;
    for (const auto& child : region->children) {
        if (child->type == NodeType::Folder && child->kind == kind)
            return child.get();
    }
    return nullptr;
}

QModelIndex ResourceTreeModel::regionIndex(const QString& connection) const
{
    return indexOf(findRegion(connection));
}

QModelIndex ResourceTreeModel::folderIndex(const QString& connection, ResourceKind kind) const
{
    return indexOf(findFolder(connection, kind));
}

QModelIndex ResourceTreeModel::findResource(const QString& connection, ResourceKind kind, const QString& nameId) const
{
    const Node* region = findRegion(connection);
    if (!region)
        return {};
    std::function<const Node*(const Node*)> search = [&](const Node* node) -> const Node* {
        for (const auto& child : node->children) {
            if (child->type == NodeType::Resource && child->kind == kind && child->resource
                && child->resource->iid().nameId == nameId)
                return child.get();
            if (const Node* found = search(child.get()))
                return found;
        }
        return nullptr;
    };
    return indexOf(search(region));
}

std::optional<Resource> ResourceTreeModel::resourceAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return std::nullopt;
    return nodeAt(index)->resource;
}

// --- connections

void ResourceTreeModel::rebuildConnections()
{
    std::vector<std::unique_ptr<Node>> providers;
    const QStringList known = knownProviders();
    for (const ConnectionConfig& config : m_connections->all()) {
        auto it = std::find_if(
            providers.begin(), providers.end(), [&](const auto& p) { return p->provider == config.provider; });
        if (it == providers.end()) {
            auto p = std::make_unique<Node>();
            p->type = NodeType::Provider;
            p->provider = config.provider;
            p->key = QStringLiteral("p:") + config.provider;
            p->name = providerDisplayName(config.provider);
            p->order = known.contains(config.provider) ? int(known.indexOf(config.provider)) : int(known.size());
            providers.push_back(std::move(p));
            it = providers.end() - 1;
        }
        auto conn = std::make_unique<Node>();
        conn->type = NodeType::Connection;
        conn->connection = config.name;
        conn->provider = config.provider;
        conn->config = config;
        conn->key = QStringLiteral("c:") + config.name;
        conn->name = config.name;

        // Any change of settings means another cloud view: the region starts over.
        auto region = std::make_unique<Node>();
        region->type = NodeType::Region;
        region->connection = config.name;
        region->provider = config.provider;
        region->config = config;
        region->lazy = true;
        region->name = config.region;
        region->key
            = QStringLiteral("r:") + QString::fromUtf8(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact));
        conn->children.push_back(std::move(region));
        (*it)->children.push_back(std::move(conn));
    }
    for (auto& p : providers)
        std::sort(p->children.begin(), p->children.end(), [](const auto& a, const auto& b) { return lessThan(a, b); });
    std::sort(providers.begin(), providers.end(), [](const auto& a, const auto& b) { return lessThan(a, b); });
    mergeChildren(m_root.get(), std::move(providers));
}

// --- loading

void ResourceTreeModel::startLoad(Node* node)
{
    if (node->type == NodeType::Region)
        loadRegion(node);
    else if (node->type == NodeType::Folder && node->lazy)
        loadFolder(node);
}

void ResourceTreeModel::loadRegion(Node* region)
{
    const quint64 generation = ++m_generation;
    region->generation = generation;
    region->vpcResult.reset();
    region->vmResult.reset();
    setState(region, LoadState::Loading);

    const QString connection = region->connection;
    for (ResourceKind kind : { ResourceKind::Vpc, ResourceKind::Vm }) {
        whenFinished(
            m_service->list(connection, kind), this, [this, connection, kind, generation](const ListResult& r) {
                Node* node = findRegion(connection);
                if (!node || node->generation != generation)
                    return; // a newer load (or another connection setup) replaced this one
                (kind == ResourceKind::Vpc ? node->vpcResult : node->vmResult) = r;
                if (node->vpcResult && node->vmResult)
                    applyRegion(connection, generation);
            });
    }
}

void ResourceTreeModel::applyRegion(const QString& connection, quint64 generation)
{
    Node* region = findRegion(connection);
    if (!region || region->generation != generation)
        return;
    std::optional<CloudError> error;
    // A failed list keeps the last good content: stale rows beat vanished ones.
    if (region->vpcResult->ok())
        region->vpcs = region->vpcResult->value();
    else
        error = region->vpcResult->error();
    if (region->vmResult->ok())
        region->vms = region->vmResult->value();
    else if (!error)
        error = region->vmResult->error();
    region->vpcResult.reset();
    region->vmResult.reset();

    mergeChildren(region, regionChildren(region));
    region->everLoaded = true;
    setState(region, error ? LoadState::Failed : LoadState::Loaded, error ? &*error : nullptr);
}

void ResourceTreeModel::loadFolder(Node* folder)
{
    const quint64 generation = ++m_generation;
    folder->generation = generation;
    setState(folder, LoadState::Loading);
    const QString connection = folder->connection;
    const ResourceKind kind = folder->kind;
    whenFinished(m_service->list(connection, kind), this,
        [this, connection, kind, generation](const ListResult& r) { applyFolder(connection, kind, generation, r); });
}

void ResourceTreeModel::applyFolder(
    const QString& connection, ResourceKind kind, quint64 generation, const Result<QList<Barista::Resource>>& result)
{
    Node* folder = findFolder(connection, kind);
    if (!folder || !folder->lazy || folder->generation != generation)
        return;
    if (!result.ok()) {
        setState(folder, LoadState::Failed, &result.error());
        return;
    }
    std::vector<std::unique_ptr<Node>> desired;
    for (const Barista::Resource& r : result.value())
        desired.push_back(makeResourceNode(r, folder->connection, folder->provider));
    std::sort(desired.begin(), desired.end(), [](const auto& a, const auto& b) { return lessThan(a, b); });
    mergeChildren(folder, std::move(desired));
    folder->everLoaded = true;
    setState(folder, LoadState::Loaded);
}

void ResourceTreeModel::setState(Node* node, LoadState state, const CloudError* error)
{
    node->state = state;
    if (error) {
        node->error = error->message;
        node->errorCode = error->providerCode;
    } else if (state == LoadState::Loaded) {
        node->error.clear();
        node->errorCode.clear();
    }
    const QModelIndex first = indexOf(node, 0);
    if (first.isValid())
        Q_EMIT dataChanged(first, indexOf(node, ColumnCount - 1));
}

void ResourceTreeModel::onResourcesChanged(const QString& connection, ResourceKind kind)
{
    Node* region = findRegion(connection);
    if (!region)
        return;
    if ((kind == ResourceKind::Vpc || kind == ResourceKind::Vm) && region->state != LoadState::NotLoaded)
        loadRegion(region);
    Node* folder = findFolder(connection, kind);
    if (folder && folder->lazy && folder->state != LoadState::NotLoaded)
        loadFolder(folder);
}

void ResourceTreeModel::refresh(const QModelIndex& index)
{
    Node* node = nodeAt(index);
    switch (node->type) {
    case NodeType::Provider:
        for (const auto& conn : node->children)
            refreshConnection(conn->connection);
        return;
    case NodeType::Connection:
        refreshConnection(node->connection);
        return;
    default:
        break;
    }
    // Whatever lazily loaded node holds this one is what gets listed again.
    while (node && !node->lazy)
        node = node->parent;
    if (node)
        startLoad(node);
}

void ResourceTreeModel::refreshConnection(const QString& connection)
{
    Node* region = findRegion(connection);
    if (!region || region->state == LoadState::NotLoaded)
        return;
    loadRegion(region);
    for (ResourceKind kind : folderKinds()) {
        Node* folder = findFolder(connection, kind);
        if (folder && folder->state != LoadState::NotLoaded)
            loadFolder(folder);
    }
}

// --- building and merging

std::unique_ptr<ResourceTreeModel::Node> ResourceTreeModel::makeResourceNode(
    const Barista::Resource& resource, const QString& connection, const QString& provider) const
{
    auto node = std::make_unique<Node>();
    node->type = NodeType::Resource;
    node->kind = resource.kind();
    node->resource = resource;
    node->connection = connection;
    node->provider = provider;
    node->name = idOf(resource.iid());
    node->key = resourceKindName(node->kind) + QLatin1Char(':') + node->name;
    return node;
}

std::vector<std::unique_ptr<ResourceTreeModel::Node>> ResourceTreeModel::regionChildren(const Node* region) const
{
    const QString& conn = region->connection;
    const QString& prov = region->provider;
    std::vector<std::unique_ptr<Node>> result;
    QList<const VmInfo*> unplaced;
    for (const Barista::Resource& r : region->vms) {
        if (const VmInfo* vm = r.as<VmInfo>())
            unplaced.append(vm);
    }

    for (const Barista::Resource& r : region->vpcs) {
        const VpcInfo* vpc = r.as<VpcInfo>();
        if (!vpc)
            continue;
        auto vpcNode = makeResourceNode(r, conn, prov);
        for (const SubnetInfo& subnet : vpc->subnets) {
            auto subnetNode = std::make_unique<Node>();
            subnetNode->type = NodeType::Subnet;
            subnetNode->kind = ResourceKind::Vpc;
            subnetNode->subnet = subnet;
            subnetNode->vpcName = idOf(vpc->iid);
            subnetNode->connection = conn;
            subnetNode->provider = prov;
            subnetNode->name = idOf(subnet.iid);
            subnetNode->key = QStringLiteral("subnet:") + subnetNode->name;
            for (const Barista::Resource& vr : region->vms) {
                const VmInfo* vm = vr.as<VmInfo>();
                if (!vm || !sameIid(vm->subnetIid, subnet.iid))
                    continue;
                if (!vm->vpcIid.isEmpty() && !sameIid(vm->vpcIid, vpc->iid))
                    continue;
                subnetNode->children.push_back(makeResourceNode(vr, conn, prov));
                unplaced.removeAll(vm);
            }
            vpcNode->children.push_back(std::move(subnetNode));
        }
        result.push_back(std::move(vpcNode));
    }

    const QList<ResourceKind> kinds = folderKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        auto folder = std::make_unique<Node>();
        folder->type = NodeType::Folder;
        folder->kind = kinds.at(i);
        folder->lazy = true;
        folder->connection = conn;
        folder->provider = prov;
        folder->group = 1;
        folder->order = i;
        folder->key = QStringLiteral("f:") + resourceKindName(kinds.at(i));
        result.push_back(std::move(folder));
    }

    if (!unplaced.isEmpty()) {
        auto folder = std::make_unique<Node>();
        folder->type = NodeType::Folder;
        folder->kind = ResourceKind::Vm;
        folder->connection = conn;
        folder->provider = prov;
        folder->group = 2;
        folder->key = QStringLiteral("f:vms");
        for (const Barista::Resource& vr : region->vms) {
            if (const VmInfo* vm = vr.as<VmInfo>(); vm && unplaced.contains(vm))
                folder->children.push_back(makeResourceNode(vr, conn, prov));
        }
        result.push_back(std::move(folder));
    }

    // Sort every level the way mergeChildren expects it.
    std::function<void(std::vector<std::unique_ptr<Node>>&)> sortAll = [&](std::vector<std::unique_ptr<Node>>& nodes) {
        std::sort(nodes.begin(), nodes.end(), [](const auto& a, const auto& b) { return lessThan(a, b); });
        for (auto& n : nodes)
            sortAll(n->children);
    };
    sortAll(result);
    return result;
}

void ResourceTreeModel::mergeChildren(Node* parent, std::vector<std::unique_ptr<Node>> desired)
{
    // Two clouds may report the same name twice; keys must be unique among siblings.
    QSet<QString> seen;
    for (auto& d : desired) {
        QString key = d->key;
        for (int n = 2; seen.contains(key); ++n)
            key = d->key + QLatin1Char('#') + QString::number(n);
        d->key = key;
        seen.insert(key);
    }

    const QModelIndex parentIndex = indexOf(parent);
    auto& existing = parent->children;

    for (int i = int(existing.size()) - 1; i >= 0; --i) {
        if (!seen.contains(existing[size_t(i)]->key)) {
            beginRemoveRows(parentIndex, i, i);
            existing.erase(existing.begin() + i);
            endRemoveRows();
        }
    }

    for (size_t j = 0; j < desired.size(); ++j) {
        std::unique_ptr<Node>& want = desired[j];
        const int i = int(j);
        if (size_t(i) < existing.size() && existing[size_t(i)]->key == want->key) {
            Node* have = existing[size_t(i)].get();
            const bool changed = have->name != want->name || have->resource != want->resource
                || have->subnet != want->subnet || have->config != want->config;
            if (changed) {
                have->name = want->name;
                have->resource = want->resource;
                have->subnet = want->subnet;
                have->vpcName = want->vpcName;
                have->config = want->config;
                Q_EMIT dataChanged(indexOf(have, 0), indexOf(have, ColumnCount - 1));
            }
            if (!have->lazy)
                mergeChildren(have, std::move(want->children));
            continue;
        }
        // Out of order (a sort key changed): drop the old row and insert the new one here.
        for (size_t k = size_t(i) + 1; k < existing.size(); ++k) {
            if (existing[k]->key == want->key) {
                beginRemoveRows(parentIndex, int(k), int(k));
                existing.erase(existing.begin() + qsizetype(k));
                endRemoveRows();
                break;
            }
        }
        std::function<void(Node*)> adopt = [&adopt](Node* n) {
            for (auto& c : n->children) {
                c->parent = n;
                adopt(c.get());
            }
        };
        want->parent = parent;
        adopt(want.get());
        beginInsertRows(parentIndex, i, i);
        existing.insert(existing.begin() + i, std::move(want));
        endInsertRows();
    }
}

// --- data

QVariant ResourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

QVariant ResourceTreeModel::displayData(const Node* node, int column) const
{
    if (column == NameColumn) {
        switch (node->type) {
        case NodeType::Provider:
        case NodeType::Connection:
        case NodeType::Resource:
        case NodeType::Subnet:
            return node->name;
        case NodeType::Region:
            return node->name.isEmpty() ? tr("(no region)") : node->name;
        case NodeType::Folder:
            switch (node->kind) {
            case ResourceKind::SecurityGroup:
                return tr("Security groups");
            case ResourceKind::KeyPair:
                return tr("Key pairs");
            case ResourceKind::Disk:
                return tr("Disks");
            case ResourceKind::Nlb:
                return tr("Load balancers");
            case ResourceKind::Cluster:
                return tr("Clusters");
            case ResourceKind::MyImage:
                return tr("My images");
            case ResourceKind::Vm:
                return tr("VMs");
            default:
                return resourceKindName(node->kind);
            }
        }
        return {};
    }

    if (column == StatusColumn) {
        if (node->state == LoadState::Loading)
            return tr("Loading…");
        if (node->state == LoadState::Failed)
            return tr("Error");
        if (node->resource)
            return resourceStatusLabel(node->resource->statusName());
        return {};
    }

    // DetailsColumn
    switch (node->type) {
    case NodeType::Provider:
        return tr("%n connection(s)", nullptr, int(node->children.size()));
    case NodeType::Connection:
        return node->config.driver == QLatin1String("sim") ? tr("simulated cloud") : tr("native API");
    case NodeType::Region:
        return node->config.zone;
    case NodeType::Folder:
        if (node->lazy && !node->everLoaded)
            return {};
        return tr("%n item(s)", nullptr, int(node->children.size()));
    case NodeType::Subnet:
        return joinParts({ node->subnet->ipv4Cidr, node->subnet->zone });
    case NodeType::Resource:
        break;
    }
    const Barista::Resource& r = *node->resource;
    if (const auto* vpc = r.as<VpcInfo>())
        return vpc->ipv4Cidr;
    if (const auto* vm = r.as<VmInfo>())
        return joinParts({ vm->specName, vm->publicIp.isEmpty() ? vm->privateIp : vm->publicIp });
    if (const auto* sg = r.as<SecurityGroupInfo>())
        return joinParts({ tr("%n rule(s)", nullptr, int(sg->rules.size())), idOf(sg->vpcIid) });
    if (const auto* kp = r.as<KeyPairInfo>())
        return kp->fingerprint;
    if (const auto* disk = r.as<DiskInfo>())
        return joinParts({ tr("%1 GB").arg(disk->sizeGb), disk->diskType, idOf(disk->ownerVm) });
    if (const auto* nlb = r.as<NlbInfo>()) {
        return joinParts({ QStringLiteral("%1:%2").arg(nlb->listenerProtocol).arg(nlb->listenerPort),
            nlb->listenerDnsName.isEmpty() ? nlb->listenerIp : nlb->listenerDnsName });
    }
    if (const auto* cluster = r.as<ClusterInfo>())
        return cluster->version.isEmpty() ? QString() : tr("Kubernetes %1").arg(cluster->version);
    if (const auto* image = r.as<MyImageInfo>())
        return image->sourceVm.isEmpty() ? QString() : tr("from %1").arg(idOf(image->sourceVm));
    return {};
}

QVariant ResourceTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const Node* node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(node, index.column());
    case Qt::ToolTipRole:
        if (!node->error.isEmpty())
            return node->errorCode.isEmpty() ? node->error
                                             : QStringLiteral("[%1] %2").arg(node->errorCode, node->error);
        return {};
    case NodeTypeRole:
        return int(node->type);
    case KindRole:
        if (node->type == NodeType::Provider || node->type == NodeType::Connection || node->type == NodeType::Region)
            return {};
        return int(node->kind);
    case ConnectionRole:
        return node->connection;
    case ProviderRole:
        return node->provider;
    case NameIdRole:
        if (node->resource)
            return node->resource->iid().nameId;
        if (node->subnet)
            return node->subnet->iid.nameId;
        return {};
    case SystemIdRole:
        if (node->resource)
            return node->resource->iid().systemId;
        if (node->subnet)
            return node->subnet->iid.systemId;
        return {};
    case StatusRole:
        return node->resource ? node->resource->statusName() : QString();
    case LoadingRole:
        return node->state == LoadState::Loading;
    case ErrorRole:
        return node->error;
    case ErrorCodeRole:
        return node->errorCode;
    case LoadedRole:
        return node->everLoaded;
    case ResourceJsonRole: {
        switch (node->type) {
        case NodeType::Resource:
            return node->resource->toJson();
        case NodeType::Subnet: {
            QJsonObject json = node->subnet->toJson();
            json.insert(QStringLiteral("vpc"), node->vpcName);
            return json;
        }
        case NodeType::Connection:
            return node->config.toJson();
        case NodeType::Region:
            return QJsonObject { { QStringLiteral("connection"), node->connection },
                { QStringLiteral("provider"), node->provider }, { QStringLiteral("region"), node->config.region },
                { QStringLiteral("zone"), node->config.zone } };
        case NodeType::Folder:
            return QJsonObject { { QStringLiteral("connection"), node->connection },
                { QStringLiteral("kind"), resourceKindName(node->kind) },
                { QStringLiteral("count"), int(node->children.size()) } };
        case NodeType::Provider:
            return QJsonObject { { QStringLiteral("provider"), node->provider },
                { QStringLiteral("connections"), int(node->children.size()) } };
        }
        return {};
    }
    default:
        return {};
    }
}

} // namespace Barista
