// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraStatus.h"

#include "models/infra/InfraNode.h"

#include <QStringList>

namespace Barista {

namespace {
// Tumblebug's statusFlagStr order: on a tie the earlier one wins.
const QStringList& statusOrder()
{
    static const QStringList order = {
        QStringLiteral("Failed"),   QStringLiteral("Suspended"),  QStringLiteral("Running"),
        QStringLiteral("Terminated"), QStringLiteral("Creating"), QStringLiteral("Suspending"),
        QStringLiteral("Resuming"), QStringLiteral("Rebooting"),  QStringLiteral("Terminating"),
        QStringLiteral("Undefined"),
    };
    return order;
}
} // namespace

QString InfraStatus::bucketOf(const QString& nodeStatus)
{
    if (nodeStatus == QLatin1String("Planned"))
        return QStringLiteral("Creating");
    if (nodeStatus == QLatin1String("NotExist"))
        return QStringLiteral("Terminated");
    return statusOrder().contains(nodeStatus) ? nodeStatus : QStringLiteral("Undefined");
}

InfraStatus InfraStatus::aggregate(const QList<InfraNode>& nodes, const QString& targetAction,
                                   const QString& targetStatus)
{
    InfraStatus s;
    s.targetAction = targetAction.isEmpty() ? QStringLiteral("None") : targetAction;
    s.targetStatus = targetStatus.isEmpty() ? QStringLiteral("None") : targetStatus;
    s.total = int(nodes.size());
    for (const InfraNode& n : nodes)
        ++s.counts[bucketOf(n.status)];
    s.running = s.counts.value(QStringLiteral("Running"));
    if (s.total == 0) {
        s.status = QStringLiteral("Empty");
        s.text = QStringLiteral("Empty:0 (R:0/0)");
        return s;
    }
    QString best;
    int bestCount = 0;
    for (const QString& word : statusOrder()) {
        const int c = s.counts.value(word);
        if (c > bestCount) {
            best = word;
            bestCount = c;
        }
    }
    s.status = bestCount == s.total ? best : QStringLiteral("Partial-") + best;
    s.text = QStringLiteral("%1:%2 (R:%3/%4)").arg(s.status).arg(bestCount).arg(s.running).arg(s.total);
    return s;
}

QJsonObject InfraStatus::toJson() const
{
    QJsonObject c;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        c.insert(it.key(), it.value());
    return {{QStringLiteral("status"), text},
            {QStringLiteral("statusWord"), status},
            {QStringLiteral("total"), total},
            {QStringLiteral("running"), running},
            {QStringLiteral("counts"), c},
            {QStringLiteral("targetAction"), targetAction},
            {QStringLiteral("targetStatus"), targetStatus}};
}

} // namespace Barista
