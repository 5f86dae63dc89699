// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/infra/InfraNode.h"
#include "models/infra/InfraStatus.h"
#include "models/items/InfraTreeModel.h"

#include <QStringList>
#include <QVariant>
#include <memory>
#include <optional>
#include <vector>

namespace Barista {

/// One row of InfraTreeModel (the root, an infra, a node group or a node) and what it shows.
struct InfraTreeItem
{
    using NodeType = InfraTreeModel::NodeType;

    NodeType type = NodeType::Infra;
    InfraTreeItem* parent = nullptr;
    QString key; ///< the row's name among its siblings
    QString infra;
    QString group;
    InfraStatus status; ///< infra and group rows
    QString note; ///< infra rows
    QString description; ///< infra rows
    QStringList connections; ///< infra and group rows: distinct, in node order
    InfraNode node; ///< node rows
    std::optional<double> price; ///< node rows: USD per hour
    double knownCost = 0; ///< summed over billable nodes with a known price
    int pricedNodes = 0; ///< billable nodes with a known price
    int unknownPriced = 0; ///< billable nodes without one
    std::vector<std::unique_ptr<InfraTreeItem>> children;

    QVariant data(int column, int role) const;
    QVariant display(int column) const;
    QString detail() const;
};

} // namespace Barista
