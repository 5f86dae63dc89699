// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/InfraTreeItem.h"

#include <QCoreApplication>
#include <algorithm>

namespace Barista {

namespace {
using Model = InfraTreeModel;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InfraTreeModel)
};

QString idle(const QString& action)
{
    return action == QLatin1String("None") ? QString() : action;
}
} // namespace

QVariant InfraTreeItem::display(int column) const
{
    const InfraTreeItem& item = *this;
    const bool node = item.type == NodeType::Node;
    switch (column) {
    case Model::NameColumn:
        return item.key;
    case Model::StatusColumn: {
        if (node)
            return item.node.status;
        if (item.type == NodeType::Infra)
            return item.status.text;
        // A group's counts, most common first (the order of Tumblebug's status words on a tie).
        QList<std::pair<QString, int>> counts;
        for (auto it = item.status.counts.cbegin(); it != item.status.counts.cend(); ++it)
            counts.append({ it.key(), it.value() });
        std::stable_sort(
            counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        QStringList parts;
        for (const auto& [word, count] : counts)
            parts.append(QStringLiteral("%1 %2").arg(word).arg(count));
        return parts.join(QStringLiteral(", "));
    }
    case Model::TargetColumn:
        return idle(node ? item.node.targetAction : item.status.targetAction);
    case Model::NodesColumn:
        return node ? QVariant() : QVariant(item.status.total);
    case Model::ConnectionColumn:
        return node ? item.node.connection : item.connections.join(QStringLiteral(", "));
    case Model::PublicIpColumn:
        return node ? item.node.publicIp : QString();
    case Model::CostColumn: {
        if (item.pricedNodes == 0 && item.unknownPriced == 0)
            return QString();
        const QString known = Tr::tr("$%1/h").arg(item.knownCost, 0, 'f', 4);
        if (item.unknownPriced == 0)
            return known;
        if (item.pricedNodes == 0)
            return Tr::tr("unknown");
        return Tr::tr("%1 + %n unknown", nullptr, item.unknownPriced).arg(known);
    }
    case Model::ErrorColumn:
        if (node)
            return item.node.error ? item.node.error->toString() : QString();
        return item.type == NodeType::Infra ? item.note : QString();
    default:
        return {};
    }
}

QString InfraTreeItem::detail() const
{
    constexpr int MAX_FAILURES = 3;
    QStringList lines;
    switch (type) {
    case NodeType::Node:
        lines.append(
            Tr::tr("%1 on %2 (%3), spec %4, image %5")
                .arg(key, node.connection, node.zone.isEmpty() ? node.region : node.zone, node.specName, node.imageId));
        if (!node.publicIp.isEmpty() || !node.privateIp.isEmpty())
            lines.append(Tr::tr("Public IP %1, private IP %2")
                             .arg(node.publicIp.isEmpty() ? Tr::tr("none") : node.publicIp,
                                 node.privateIp.isEmpty() ? Tr::tr("none") : node.privateIp));
        if (node.error)
            lines.append(Tr::tr("Error: %1").arg(node.error->toString()));
        break;
    case NodeType::Group:
        lines.append(Tr::tr("Node group %1: %n node(s) on %2", nullptr, status.total)
                         .arg(key, connections.join(QStringLiteral(", "))));
        break;
    case NodeType::Infra: {
        if (!description.isEmpty())
            lines.append(description);
        if (!note.isEmpty())
            lines.append(note);
        int failures = 0;
        for (const auto& group : children) {
            for (const auto& child : group->children) {
                if (!child->node.error || child->node.status != QLatin1String("Failed"))
                    continue;
                if (++failures <= MAX_FAILURES)
                    lines.append(Tr::tr("%1 failed: %2").arg(child->key, child->node.error->toString()));
            }
        }
        if (failures > MAX_FAILURES)
            lines.append(Tr::tr("… and %n more failed node(s)", nullptr, failures - MAX_FAILURES));
        break;
    }
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant InfraTreeItem::data(int column, int role) const
{
    const InfraTreeItem& item = *this;
    const bool node = item.type == NodeType::Node;
    switch (role) {
    case Qt::DisplayRole:
        return display(column);
    case Qt::ToolTipRole:
        if (column == Model::ErrorColumn || (node && item.node.error))
            return node && item.node.error ? item.node.error->toString() : item.note;
        if (item.type == NodeType::Infra && !item.description.isEmpty())
            return item.description;
        return display(column);
    case Qt::TextAlignmentRole:
        if (column == Model::NodesColumn || column == Model::CostColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Model::NodeTypeRole:
        return int(item.type);
    case Model::InfraRole:
        return item.infra;
    case Model::GroupRole:
        return item.group;
    case Model::NodeRole:
        return node ? item.key : QString();
    case Model::StatusRole:
        return node ? item.node.status : item.status.status;
    case Model::TargetActionRole:
        return node ? item.node.targetAction : item.status.targetAction;
    case Model::TotalRole:
        return node ? 1 : item.status.total;
    case Model::SettledRole: {
        if (node)
            return Model::isSettled(item.node.status) ? 1 : 0;
        static const QStringList unsettled = { QStringLiteral("Creating"), QStringLiteral("Suspending"),
            QStringLiteral("Resuming"), QStringLiteral("Rebooting"), QStringLiteral("Terminating") };
        int busy = 0;
        for (const QString& word : unsettled)
            busy += item.status.counts.value(word);
        return item.status.total - busy;
    }
    case Model::CountsRole: {
        QVariantMap counts;
        if (node)
            counts.insert(InfraStatus::bucketOf(item.node.status), 1);
        for (auto it = item.status.counts.cbegin(); it != item.status.counts.cend(); ++it)
            counts.insert(it.key(), it.value());
        return counts;
    }
    case Model::ConnectionRole:
        return node ? item.node.connection : item.connections.value(0);
    case Model::PublicIpRole:
        return node ? item.node.publicIp : QString();
    case Model::ErrorRole:
        if (node)
            return item.node.error ? item.node.error->toString() : QString();
        return item.note;
    case Model::CostRole:
        return item.pricedNodes > 0 ? QVariant(item.knownCost) : QVariant();
    case Model::UnknownPriceRole:
        return item.unknownPriced;
    case Model::DetailRole:
        return detail();
    default:
        return {};
    }
}

} // namespace Barista
