// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/DriftItem.h"

#include <QJsonArray>

namespace Barista {

QString DriftItem::groupName(Group group)
{
    switch (group) {
    case Group::Mapped:
        return QStringLiteral("mapped");
    case Group::OnlyOurs:
        return QStringLiteral("onlyOurs");
    case Group::OnlyInCloud:
        return QStringLiteral("onlyInCloud");
    }
    return QString();
}

QString DriftItem::originName() const
{
    if (group != Group::OnlyInCloud)
        return QStringLiteral("tracked");
    return tagged ? QStringLiteral("orphan") : QStringLiteral("foreign");
}

QJsonObject DriftItem::toJson() const
{
    QJsonObject j { { QStringLiteral("group"), groupName(group) }, { QStringLiteral("connection"), connection },
        { QStringLiteral("kind"), resourceKindName(kind) }, { QStringLiteral("iid"), iid.toJson() },
        { QStringLiteral("origin"), originName() } };
    if (cloud) {
        if (!status().isEmpty())
            j.insert(QStringLiteral("status"), status());
        j.insert(QStringLiteral("resource"), cloud->toJson());
    }
    if (journalId > 0)
        j.insert(QStringLiteral("journalId"), journalId);
    if (!token.isEmpty())
        j.insert(QStringLiteral("token"), token);
    if (!infra.isEmpty())
        j.insert(QStringLiteral("infra"), infra);
    if (!node.isEmpty())
        j.insert(QStringLiteral("node"), node);
    if (shared)
        j.insert(QStringLiteral("shared"), true);
    if (managedByInfra)
        j.insert(QStringLiteral("managedByInfra"), true);
    return j;
}

QList<DriftItem> DriftSnapshot::group(DriftItem::Group g) const
{
    QList<DriftItem> out;
    for (const DriftItem& item : items) {
        if (item.group == g)
            out.append(item);
    }
    return out;
}

QList<DriftItem> DriftSnapshot::find(const QString& id) const
{
    QList<DriftItem> bySystemId;
    QList<DriftItem> byName;
    for (const DriftItem& item : items) {
        if (!id.isEmpty() && item.iid.systemId == id)
            bySystemId.append(item);
        else if (!id.isEmpty() && item.iid.nameId == id)
            byName.append(item);
    }
    return bySystemId.isEmpty() ? byName : bySystemId;
}

QJsonObject DriftSnapshot::toJson() const
{
    QJsonObject j { { QStringLiteral("connection"), connection } };
    QJsonArray compared;
    for (ResourceKind k : kinds)
        compared.append(resourceKindName(k));
    j.insert(QStringLiteral("kinds"), compared);
    QJsonArray skippedKinds;
    for (ResourceKind k : skipped)
        skippedKinds.append(resourceKindName(k));
    j.insert(QStringLiteral("skippedKinds"), skippedKinds);
    for (DriftItem::Group g : { DriftItem::Group::Mapped, DriftItem::Group::OnlyOurs, DriftItem::Group::OnlyInCloud }) {
        QJsonArray a;
        for (const DriftItem& item : items) {
            if (item.group == g)
                a.append(item.toJson());
        }
        j.insert(DriftItem::groupName(g), a);
    }
    QJsonArray failures;
    for (const auto& [kind, e] : errors)
        failures.append(QJsonObject {
            { QStringLiteral("kind"), resourceKindName(kind) }, { QStringLiteral("error"), e.toJson() } });
    j.insert(QStringLiteral("errors"), failures);
    if (error)
        j.insert(QStringLiteral("error"), error->toJson());
    return j;
}

QJsonObject DriftAction::toJson() const
{
    QJsonObject j { { QStringLiteral("ok"), ok }, { QStringLiteral("message"), message } };
    if (journalId > 0)
        j.insert(QStringLiteral("journalId"), journalId);
    if (error)
        j.insert(QStringLiteral("error"), error->toJson());
    return j;
}

} // namespace Barista
