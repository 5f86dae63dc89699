// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/infra/InfraStatus.h"
#include "models/interfaces/RemoteShell.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Barista {

/// What one infra operation did: the status it left, the nodes that failed (with the
/// provider's own error) or were skipped, and what could not be confirmed.
struct InfraOutcome
{
    QString infra;
    QString action;
    bool ok = false;
    QString message;          ///< one sentence for the user (translated)
    InfraStatus status;
    QList<QJsonObject> failedNodes;  ///< {node, connection, error}
    QStringList skippedNodes;        ///< "node: why" (e.g. an invalid transition)
    QStringList unconfirmed;         ///< resources whose delete could not be confirmed (kept as tombstones)
    QList<RemoteCommandResult> commandResults; ///< postCommands or `cmd`
    QJsonObject details;             ///< e.g. reconcile's adopted/missing counts

    QJsonObject toJson() const;
};

/// Which nodes an action applies to: all, one group, one node, or a label selector
/// ("role=worker,env=prod").
struct InfraScope
{
    QString group;
    QString node;
    QString labelSelector;
    bool isAll() const { return group.isEmpty() && node.isEmpty() && labelSelector.isEmpty(); }
};

} // namespace Barista
