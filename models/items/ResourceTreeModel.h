// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/domain/Resource.h"
#include "models/interfaces/Result.h"

#include <QAbstractItemModel>
#include <QFuture>
#include <QList>
#include <memory>
#include <vector>

namespace Barista {

class ConnectionStore;
class ResourceService;

/// The workspace's clouds as a lazily loaded tree:
///   Provider > Connection > Region > VPC > Subnet > VM
///   Region > "Security groups" | "Key pairs" | "Disks" | "Load balancers" | "Clusters" |
///            "My images" folders, and a "VMs" folder for VMs whose subnet is not known.
/// A region lists its VPCs and VMs when first expanded (fetchMore), a folder its kind; each
/// list runs as a job through ResourceService, so the UI thread never waits. While a list
/// runs, LoadingRole is true; when it fails, ErrorRole holds the provider's message verbatim
/// (and the node stays as it was: reload with refresh()). After a mutation
/// (ResourceService::resourcesChanged) the affected lists are loaded again and rows are
/// updated in place (insert/remove/dataChanged), never by a model reset.
///
/// The model hands out keys (node type, kind, status name); ui/ maps them to icons and colours.
class ResourceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTreeModel)

public:
    enum class NodeType
    {
        Provider,
        Connection,
        Region,
        Folder,
        Resource,
        Subnet, ///< a subnet inside a VPC (KindRole is Vpc; it is not a kind of its own)
    };
    Q_ENUM(NodeType)

    enum Column
    {
        NameColumn,
        StatusColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role
    {
        NodeTypeRole = Qt::UserRole + 1, ///< int(NodeType)
        KindRole, ///< int(ResourceKind): of the resource, or the kind a folder lists
        ConnectionRole, ///< connection name (empty on provider nodes)
        ProviderRole, ///< "aws", "gcp", ...
        NameIdRole, ///< the resource's nameId
        SystemIdRole, ///< the resource's systemId
        StatusRole, ///< status name ("Running", "Available", ...), empty when none
        ResourceJsonRole, ///< QJsonObject with the node's details
        LoadingRole, ///< bool: a list for this node is running
        ErrorRole, ///< the provider's message of the last failed list, verbatim; empty when fine
        ErrorCodeRole, ///< the provider's error code, verbatim
        LoadedRole, ///< bool: lazily loaded content has arrived at least once
    };

    ResourceTreeModel(ConnectionStore* connections, ResourceService* service, QObject* parent = nullptr);
    ~ResourceTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QHash<int, QByteArray> roleNames() const override;

    /// Lists again what the node at index shows (its region or folder; a connection or
    /// provider refreshes all its loaded regions and folders). Nodes never loaded stay lazy.
    void refresh(const QModelIndex& index);
    /// Lists again every loaded region and folder of a connection.
    void refreshConnection(const QString& connection);

    /// Lookups for views and tests.
    QModelIndex regionIndex(const QString& connection) const;
    QModelIndex folderIndex(const QString& connection, ResourceKind kind) const;
    /// The resource node of that kind and nameId (searched in loaded nodes only).
    QModelIndex findResource(const QString& connection, ResourceKind kind, const QString& nameId) const;
    /// The resource at a Resource node; nullopt elsewhere.
    std::optional<Resource> resourceAt(const QModelIndex& index) const;

    /// The kinds a region's folders list, in display order.
    static QList<ResourceKind> folderKinds();

private:
    struct Node;
    enum class LoadState
    {
        NotLoaded,
        Loading,
        Loaded,
        Failed,
    };

    Node* nodeAt(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node, int column = 0) const;
    Node* findRegion(const QString& connection) const;
    Node* findFolder(const QString& connection, ResourceKind kind) const;

    void rebuildConnections();
    void onResourcesChanged(const QString& connection, ResourceKind kind);
    void startLoad(Node* node);
    void loadRegion(Node* region);
    void loadFolder(Node* folder);
    void applyRegion(const QString& connection, quint64 generation);
    void applyFolder(const QString& connection, ResourceKind kind, quint64 generation,
        const Result<QList<Barista::Resource>>& result);
    void setState(Node* node, LoadState state, const CloudError* error = nullptr);

    std::vector<std::unique_ptr<Node>> regionChildren(const Node* region) const;
    std::unique_ptr<Node> makeResourceNode(
        const Barista::Resource& resource, const QString& connection, const QString& provider) const;
    /// Makes parent's children equal to `desired` (both in the same sort order) with row
    /// inserts, removals and dataChanged; lazily loaded children keep their own content.
    void mergeChildren(Node* parent, std::vector<std::unique_ptr<Node>> desired);

    QVariant displayData(const Node* node, int column) const;

    ConnectionStore* m_connections;
    ResourceService* m_service;
    std::unique_ptr<Node> m_root;
    quint64 m_generation = 0;
};

} // namespace Barista
