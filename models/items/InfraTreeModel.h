// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/infra/InfraStatus.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace Barista {

class InfraStore;
struct InfraTreeItem;

/// The workspace's infrastructures as a tree: Infra > node group > node.
///
/// Infra rows show the Tumblebug status text ("Partial-Running:3 (R:3/5)"), the action in
/// progress, the node count and the cost per hour; group rows their status counts; node rows
/// connection, status, public IP and the provider's error verbatim.
///
/// Follows InfraStore::infraChanged / infraRemoved incrementally: a changed infra is re-read
/// alone and merged into its rows with inserts, removals and one dataChanged range per parent,
/// never a model reset, so selection and expansion stay. Changes are coalesced by a short
/// timer: a 500-node infra saved node by node is re-read once per interval, not 500 times.
class InfraTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfraTreeModel)

public:
    /// USD per hour of one node of a spec; nullopt when unknown (never 0 for unknown).
    using PriceLookup
        = std::function<std::optional<double>(const QString& provider, const QString& region, const QString& specName)>;

    enum class NodeType
    {
        Infra,
        Group,
        Node,
    };
    Q_ENUM(NodeType)

    enum Column
    {
        NameColumn,
        StatusColumn,
        NodesColumn,
        CostColumn,
        TargetColumn,
        ConnectionColumn,
        PublicIpColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role
    {
        NodeTypeRole = Qt::UserRole + 1, ///< int(NodeType)
        InfraRole, ///< the infra's name (on every row)
        GroupRole, ///< the node group's name (group and node rows)
        NodeRole, ///< the node's name (node rows)
        StatusRole, ///< status word: "Running", "Partial-Running" (infra, group) or the node's status
        TargetActionRole, ///< "Create", "Suspend", ...; "None" when idle
        TotalRole, ///< int: nodes below (infra, group); 1 on a node
        SettledRole, ///< int: of those, nodes not in a transitional status (see isSettled)
        CountsRole, ///< QVariantMap: node count by Tumblebug status word
        ConnectionRole, ///< the node's connection; the first of the group's or infra's
        PublicIpRole,
        ErrorRole, ///< the provider's error message verbatim (node), the infra's note
        CostRole, ///< double: known USD per hour (invalid when nothing is known)
        UnknownPriceRole, ///< int: billable nodes whose price is unknown
        DetailRole, ///< a few translated lines about the row (a node's place, spec, IPs, error; an infra's failures)
    };

    explicit InfraTreeModel(InfraStore* store, QObject* parent = nullptr);
    ~InfraTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Prices for the cost column (looked up once per spec and cached); costs refresh.
    void setPriceLookup(PriceLookup lookup);
    /// Forgets cached prices (the catalog changed) and refreshes the costs.
    void invalidatePrices();
    /// How long changes are gathered before they are applied (default 50 ms; 0 = next event loop pass).
    void setCoalesceInterval(int ms);
    /// Applies gathered changes now.
    void flush();
    /// Re-reads every infra (merging, as for a change).
    void reloadAll();

    QModelIndex infraIndex(const QString& infra, int column = 0) const;
    QModelIndex groupIndex(const QString& infra, const QString& group, int column = 0) const;
    QModelIndex nodeIndex(const QString& infra, const QString& node, int column = 0) const;
    /// The aggregated status of an infra as last read (empty for an unknown one).
    InfraStatus status(const QString& infra) const;
    /// The names of an infra's node groups as last read.
    QStringList groupNames(const QString& infra) const;
    /// How many re-reads of one infra have been applied (tests check what was re-read).
    int reloadCount(const QString& infra) const { return m_reloads.value(infra); }

    /// False for Planned and transitional statuses (Creating, Suspending, ...).
    static bool isSettled(const QString& nodeStatus);
    /// Whether a node in that status costs money by the hour (not suspended, gone or failed).
    static bool isBillable(const QString& nodeStatus);

Q_SIGNALS:
    /// An infra's rows were updated from the store (after a coalesced change).
    void infraUpdated(const QString& infra);

private:
    using Item = InfraTreeItem;

    Item* itemAt(const QModelIndex& index) const;
    QModelIndex indexOf(const Item* item, int column = 0) const;
    int rowOf(const Item* item) const;
    void queue(const QString& infra);
    void reload(const QString& infra);
    /// Makes parentItem's children have the keys in `desired` order: removals, then inserts
    /// of made items, then update() on the rest with one dataChanged over the changed range.
    void merge(Item* parentItem, const QStringList& desired, const std::function<std::unique_ptr<Item>(int)>& make,
        const std::function<bool(Item&, int)>& update);
    std::optional<double> priceOf(const QString& provider, const QString& region, const QString& specName);
    void recost(Item& item);

    InfraStore* m_store;
    std::unique_ptr<Item> m_root;
    QTimer* m_timer;
    QSet<QString> m_pending;
    PriceLookup m_priceLookup;
    QHash<QString, std::optional<double>> m_prices;
    QHash<QString, int> m_reloads;
};

} // namespace Barista
