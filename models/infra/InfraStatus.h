// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Barista {

struct InfraNode;

/// An infrastructure's aggregated status with CB-Tumblebug's semantics: the most common node
/// status wins (ties go to the earlier of Failed, Suspended, Running, Terminated, Creating,
/// Suspending, Resuming, Rebooting, Terminating, Undefined), prefixed "Partial-" when not every
/// node has it, followed by ":count (R:running/total)", e.g. "Partial-Running:3 (R:3/5)".
struct InfraStatus
{
    QString status;           ///< the winning status word, "Partial-" prefix included
    QString text;             ///< the whole Tumblebug string
    int total = 0;
    int running = 0;
    QMap<QString, int> counts; ///< by node status (Planned counts as Creating)
    QString targetAction = QStringLiteral("None");
    QString targetStatus = QStringLiteral("None");

    static InfraStatus aggregate(const QList<InfraNode>& nodes, const QString& targetAction,
                                 const QString& targetStatus);
    /// The status word Tumblebug would count a node's status as.
    static QString bucketOf(const QString& nodeStatus);
    QJsonObject toJson() const;
};

} // namespace Barista
