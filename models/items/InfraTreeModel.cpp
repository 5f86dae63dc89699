// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/InfraTreeModel.h"

#include "models/items/InfraTreeItem.h"

#include "models/domain/ResourceStatus.h"
#include "models/infra/InfraNode.h"
#include "models/infra/InfraStore.h"

#include <QTimer>
#include <algorithm>

namespace Barista {

namespace {
const QLatin1String kNone("None");

/// The visible facts of a node; a re-save with only a new timestamp is no change.
bool sameNode(const InfraNode& a, const InfraNode& b)
{
    return a.status == b.status && a.targetAction == b.targetAction && a.connection == b.connection
        && a.publicIp == b.publicIp && a.privateIp == b.privateIp && a.systemId == b.systemId
        && a.specName == b.specName && a.provider == b.provider && a.region == b.region && a.zone == b.zone
        && a.error == b.error;
}

QStringList distinctConnections(const QList<InfraNode>& nodes)
{
    QStringList out;
    for (const InfraNode& n : nodes) {
        if (!n.connection.isEmpty() && !out.contains(n.connection))
            out.append(n.connection);
    }
    return out;
}
} // namespace

InfraTreeModel::InfraTreeModel(InfraStore* store, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_root(std::make_unique<Item>())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &InfraTreeModel::flush);
    connect(m_store, &InfraStore::infraChanged, this, &InfraTreeModel::queue);
    connect(m_store, &InfraStore::infraRemoved, this, &InfraTreeModel::queue);
    reloadAll();
}

InfraTreeModel::~InfraTreeModel() = default;

bool InfraTreeModel::isSettled(const QString& nodeStatus)
{
    if (nodeStatus == QLatin1String("Planned"))
        return false;
    const std::optional<VmStatus> s = vmStatusFromName(nodeStatus);
    return !s || !isTransitional(*s);
}

bool InfraTreeModel::isBillable(const QString& nodeStatus)
{
    static const QStringList free = { QStringLiteral("Suspended"), QStringLiteral("Terminated"),
        QStringLiteral("NotExist"), QStringLiteral("Failed") };
    return !free.contains(nodeStatus);
}

void InfraTreeModel::setCoalesceInterval(int ms)
{
    m_timer->setInterval(qMax(0, ms));
}

void InfraTreeModel::queue(const QString& infra)
{
    m_pending.insert(infra);
    if (!m_timer->isActive())
        m_timer->start();
}

void InfraTreeModel::flush()
{
    m_timer->stop();
    QStringList names(m_pending.begin(), m_pending.end());
    m_pending.clear();
    std::sort(names.begin(), names.end());
    for (const QString& name : std::as_const(names))
        reload(name);
}

void InfraTreeModel::reloadAll()
{
    QStringList names;
    for (const InfraRecord& r : m_store->infras())
        names.append(r.name);
    for (const auto& item : m_root->children)
        names.append(item->key); // gone ones are removed
    names.removeDuplicates();
    for (const QString& name : std::as_const(names))
        reload(name);
}

void InfraTreeModel::reload(const QString& infra)
{
    const std::optional<InfraRecord> record = m_store->infra(infra);
    const QList<InfraNode> nodes = record ? m_store->nodes(infra) : QList<InfraNode>();
    ++m_reloads[infra];

    // Groups in the store's order (by name), each with its nodes in node order.
    QStringList groupKeys;
    QHash<QString, QList<InfraNode>> byGroup;
    for (const InfraNode& n : nodes) {
        if (!byGroup.contains(n.group))
            groupKeys.append(n.group);
        byGroup[n.group].append(n);
    }

    const auto makeNode = [this](const InfraNode& n) {
        auto item = std::make_unique<Item>();
        item->type = NodeType::Node;
        item->key = n.name;
        item->infra = n.infra;
        item->group = n.group;
        item->node = n;
        recost(*item);
        return item;
    };
    const auto mergeNodes = [this, makeNode](Item& group, const QList<InfraNode>& groupNodes) {
        QStringList keys;
        for (const InfraNode& n : groupNodes)
            keys.append(n.name);
        merge(
            &group, keys, [&](int i) { return makeNode(groupNodes.at(i)); },
            [this, &groupNodes](Item& item, int i) {
                const InfraNode& n = groupNodes.at(i);
                if (sameNode(item.node, n))
                    return false;
                item.node = n;
                recost(item);
                return true;
            });
    };
    // Fills a group's (or infra's) own figures; true when any of them changed.
    const auto summarize
        = [this](Item& item, const QList<InfraNode>& of, const QString& action, const QString& target) {
              const InfraStatus status = InfraStatus::aggregate(of, action, target);
              const QStringList connections = distinctConnections(of);
              const double cost = item.knownCost;
              const int priced = item.pricedNodes;
              const int unknown = item.unknownPriced;
              const bool changed = status.text != item.status.text || status.counts != item.status.counts
                  || status.targetAction != item.status.targetAction || connections != item.connections;
              item.status = status;
              item.connections = connections;
              recost(item);
              return changed || cost != item.knownCost || priced != item.pricedNodes || unknown != item.unknownPriced;
          };
    const auto makeGroup = [&](const QString& name) {
        auto item = std::make_unique<Item>();
        item->type = NodeType::Group;
        item->key = name;
        item->infra = infra;
        item->group = name;
        for (const InfraNode& n : byGroup.value(name)) {
            auto child = makeNode(n);
            child->parent = item.get();
            item->children.push_back(std::move(child));
        }
        summarize(*item, byGroup.value(name), kNone, kNone);
        return item;
    };
    const auto fillInfra = [&](Item& item) {
        const bool ownChanged = item.note != record->note || item.description != record->spec.description;
        item.note = record->note;
        item.description = record->spec.description;
        return summarize(item, nodes, record->targetAction, record->targetStatus) || ownChanged;
    };

    QStringList infraKeys;
    for (const auto& item : m_root->children)
        infraKeys.append(item->key);
    infraKeys.removeAll(infra);
    if (record) {
        infraKeys.append(infra);
        std::sort(infraKeys.begin(), infraKeys.end());
    }
    merge(
        m_root.get(), infraKeys,
        [&](int) {
            // Only the re-read infra can be new here.
            auto item = std::make_unique<Item>();
            item->type = NodeType::Infra;
            item->key = infra;
            item->infra = infra;
            for (const QString& g : std::as_const(groupKeys)) {
                auto child = makeGroup(g);
                child->parent = item.get();
                item->children.push_back(std::move(child));
            }
            fillInfra(*item);
            return item;
        },
        [&](Item& item, int) {
            if (item.key != infra || !record)
                return false;
            merge(
                &item, groupKeys, [&](int i) { return makeGroup(groupKeys.at(i)); },
                [&](Item& group, int) {
                    mergeNodes(group, byGroup.value(group.key));
                    return summarize(group, byGroup.value(group.key), kNone, kNone);
                });
            return fillInfra(item);
        });
    Q_EMIT infraUpdated(infra);
}

void InfraTreeModel::merge(Item* parentItem, const QStringList& desired,
    const std::function<std::unique_ptr<Item>(int)>& make, const std::function<bool(Item&, int)>& update)
{
    const QModelIndex parentIndex = indexOf(parentItem);
    std::vector<std::unique_ptr<Item>>& rows = parentItem->children;
    const QSet<QString> wanted(desired.cbegin(), desired.cend());

    // Removals, one signal per run of neighbouring rows.
    for (int i = int(rows.size()) - 1; i >= 0;) {
        if (wanted.contains(rows[size_t(i)]->key)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !wanted.contains(rows[size_t(first - 1)]->key))
            --first;
        beginRemoveRows(parentIndex, first, i);
        rows.erase(rows.begin() + first, rows.begin() + i + 1);
        endRemoveRows();
        i = first - 1;
    }
    // What stays must be in the desired order; if not (never expected), start the level over.
    bool inOrder = true;
    int d = 0;
    for (const auto& row : rows) {
        while (d < desired.size() && desired.at(d) != row->key)
            ++d;
        if (d == desired.size()) {
            inOrder = false;
            break;
        }
        ++d;
    }
    if (!inOrder) {
        beginRemoveRows(parentIndex, 0, int(rows.size()) - 1);
        rows.clear();
        endRemoveRows();
    }
    // Inserts, one signal per run of new keys.
    size_t pos = 0;
    QSet<int> made;
    for (int k = 0; k < desired.size();) {
        if (pos < rows.size() && rows[pos]->key == desired.at(k)) {
            ++pos;
            ++k;
            continue;
        }
        int end = k;
        while (end < desired.size() && !(pos < rows.size() && rows[pos]->key == desired.at(end)))
            ++end;
        std::vector<std::unique_ptr<Item>> fresh;
        for (int j = k; j < end; ++j) {
            fresh.push_back(make(j));
            fresh.back()->parent = parentItem;
            made.insert(j);
        }
        beginInsertRows(parentIndex, int(pos), int(pos) + (end - k) - 1);
        rows.insert(rows.begin() + qsizetype(pos), std::make_move_iterator(fresh.begin()),
            std::make_move_iterator(fresh.end()));
        endInsertRows();
        pos += size_t(end - k);
        k = end;
    }
    // Updates of the rows that were there, one dataChanged over the changed range.
    int first = -1;
    int last = -1;
    for (int i = 0; i < int(rows.size()); ++i) {
        if (made.contains(i) || !update(*rows[size_t(i)], i))
            continue;
        if (first < 0)
            first = i;
        last = i;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0, parentIndex), index(last, ColumnCount - 1, parentIndex));
}

std::optional<double> InfraTreeModel::priceOf(const QString& provider, const QString& region, const QString& specName)
{
    if (!m_priceLookup)
        return std::nullopt;
    const QString key = provider + QLatin1Char('+') + region + QLatin1Char('+') + specName;
    const auto it = m_prices.constFind(key);
    if (it != m_prices.cend())
        return *it;
    const std::optional<double> price = m_priceLookup(provider, region, specName);
    m_prices.insert(key, price);
    return price;
}

void InfraTreeModel::recost(Item& item)
{
    item.knownCost = 0;
    item.pricedNodes = 0;
    item.unknownPriced = 0;
    if (item.type == NodeType::Node) {
        item.price = priceOf(item.node.provider, item.node.region, item.node.specName);
        if (isBillable(item.node.status)) {
            if (item.price) {
                item.knownCost = *item.price;
                item.pricedNodes = 1;
            } else {
                item.unknownPriced = 1;
            }
        }
        return;
    }
    for (const auto& child : item.children) {
        if (child->type != NodeType::Infra)
            recost(*child);
        item.knownCost += child->knownCost;
        item.pricedNodes += child->pricedNodes;
        item.unknownPriced += child->unknownPriced;
    }
}

void InfraTreeModel::setPriceLookup(PriceLookup lookup)
{
    m_priceLookup = std::move(lookup);
    invalidatePrices();
}

void InfraTreeModel::invalidatePrices()
{
    m_prices.clear();
    const std::function<void(Item*)> refresh = [&](Item* parentItem) {
        if (parentItem->children.empty())
            return;
        const QModelIndex parentIndex = indexOf(parentItem);
        for (const auto& child : parentItem->children) {
            recost(*child);
            refresh(child.get());
        }
        Q_EMIT dataChanged(
            index(0, CostColumn, parentIndex), index(int(parentItem->children.size()) - 1, CostColumn, parentIndex));
    };
    refresh(m_root.get());
}

InfraTreeItem* InfraTreeModel::itemAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Item*>(index.internalPointer()) : m_root.get();
}

int InfraTreeModel::rowOf(const Item* item) const
{
    const auto& siblings = item->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == item)
            return int(i);
    }
    return -1;
}

QModelIndex InfraTreeModel::indexOf(const Item* item, int column) const
{
    if (!item || item == m_root.get())
        return {};
    return createIndex(rowOf(item), column, const_cast<Item*>(item));
}

QModelIndex InfraTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Item* p = itemAt(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex InfraTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(itemAt(child)->parent);
}

int InfraTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(itemAt(parent)->children.size());
}

int InfraTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QModelIndex InfraTreeModel::infraIndex(const QString& infra, int column) const
{
    for (const auto& item : m_root->children) {
        if (item->key == infra)
            return indexOf(item.get(), column);
    }
    return {};
}

QModelIndex InfraTreeModel::groupIndex(const QString& infra, const QString& group, int column) const
{
    const QModelIndex parent = infraIndex(infra);
    if (!parent.isValid())
        return {};
    for (const auto& item : itemAt(parent)->children) {
        if (item->key == group)
            return indexOf(item.get(), column);
    }
    return {};
}

QModelIndex InfraTreeModel::nodeIndex(const QString& infra, const QString& node, int column) const
{
    const QModelIndex parent = infraIndex(infra);
    if (!parent.isValid())
        return {};
    for (const auto& group : itemAt(parent)->children) {
        for (const auto& item : group->children) {
            if (item->key == node)
                return indexOf(item.get(), column);
        }
    }
    return {};
}

InfraStatus InfraTreeModel::status(const QString& infra) const
{
    const QModelIndex i = infraIndex(infra);
    return i.isValid() ? itemAt(i)->status : InfraStatus();
}

QStringList InfraTreeModel::groupNames(const QString& infra) const
{
    QStringList out;
    const QModelIndex i = infraIndex(infra);
    if (i.isValid()) {
        for (const auto& group : itemAt(i)->children)
            out.append(group->key);
    }
    return out;
}

QVariant InfraTreeModel::data(const QModelIndex& index, int role) const
{
    return index.isValid() ? itemAt(index)->data(index.column(), role) : QVariant();
}

QVariant InfraTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case NodesColumn:
        return tr("Nodes");
    case CostColumn:
        return tr("Cost");
    case TargetColumn:
        return tr("Action");
    case ConnectionColumn:
        return tr("Connection");
    case PublicIpColumn:
        return tr("Public IP");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

} // namespace Barista
