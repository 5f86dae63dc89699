// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraSpec.h"

#include <QJsonArray>

namespace Barista {

QString partialFailurePolicyName(PartialFailurePolicy policy)
{
    switch (policy) {
    case PartialFailurePolicy::Continue:
        return QStringLiteral("continue");
    case PartialFailurePolicy::Refine:
        return QStringLiteral("refine");
    case PartialFailurePolicy::Rollback:
        return QStringLiteral("rollback");
    }
    return QStringLiteral("continue");
}

namespace {

// Exactly three non-empty parts, or none: a spec name never contains '+', so anything else
// is a plain spec name (which then needs connectionName). Only the specId is split; image
// ids (Azure URNs with ':', GCP URLs) are never taken apart here.
QStringList specParts(const QString& specId)
{
    const QStringList parts = specId.split(QLatin1Char('+'));
    if (parts.size() != 3)
        return {};
    for (const QString& part : parts) {
        if (part.trimmed().isEmpty())
            return {};
    }
    return parts;
}

QJsonObject labelToJson(const QMap<QString, QString>& label)
{
    QJsonObject object;
    for (auto it = label.cbegin(); it != label.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

void insertIfNotEmpty(QJsonObject& object, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace

QString NodeGroupSpec::specProvider() const
{
    const QStringList parts = specParts(specId);
    return parts.isEmpty() ? QString() : parts.at(0).toLower();
}

QString NodeGroupSpec::specRegion() const
{
    const QStringList parts = specParts(specId);
    return parts.isEmpty() ? QString() : parts.at(1);
}

QString NodeGroupSpec::specName() const
{
    const QStringList parts = specParts(specId);
    return parts.isEmpty() ? QString() : parts.at(2);
}

int InfraSpec::totalNodes() const
{
    int total = 0;
    for (const NodeGroupSpec& group : nodeGroups)
        total += group.nodeGroupSize;
    return total;
}

QJsonObject InfraSpec::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("name"), name);
    insertIfNotEmpty(root, QStringLiteral("description"), description);
    if (!label.isEmpty())
        root.insert(QStringLiteral("label"), labelToJson(label));
    root.insert(QStringLiteral("policyOnPartialFailure"), partialFailurePolicyName(policyOnPartialFailure));

    QJsonArray groups;
    for (const NodeGroupSpec& group : nodeGroups) {
        QJsonObject object;
        object.insert(QStringLiteral("name"), group.name);
        insertIfNotEmpty(object, QStringLiteral("description"), group.description);
        object.insert(QStringLiteral("specId"), group.specId);
        object.insert(QStringLiteral("imageId"), group.imageId);
        object.insert(QStringLiteral("nodeGroupSize"), group.nodeGroupSize);
        insertIfNotEmpty(object, QStringLiteral("connectionName"), group.connectionName);
        insertIfNotEmpty(object, QStringLiteral("zone"), group.zone);
        insertIfNotEmpty(object, QStringLiteral("rootDiskType"), group.rootDiskType);
        if (group.rootDiskSize > 0)
            object.insert(QStringLiteral("rootDiskSize"), group.rootDiskSize);
        if (!group.label.isEmpty())
            object.insert(QStringLiteral("label"), labelToJson(group.label));
        groups.append(object);
    }
    root.insert(QStringLiteral("nodeGroups"), groups);

    if (!postCommands.isEmpty()) {
        QJsonArray phases;
        for (const PostCommandPhase& phase : postCommands) {
            QJsonObject object;
            object.insert(QStringLiteral("command"), QJsonArray::fromStringList(phase.commands));
            insertIfNotEmpty(object, QStringLiteral("userName"), phase.userName);
            insertIfNotEmpty(object, QStringLiteral("nodeGroupId"), phase.nodeGroup);
            insertIfNotEmpty(object, QStringLiteral("nodeId"), phase.node);
            insertIfNotEmpty(object, QStringLiteral("labelSelector"), phase.labelSelector);
            if (phase.timeoutMinutes > 0)
                object.insert(QStringLiteral("timeoutMinutes"), phase.timeoutMinutes);
            phases.append(object);
        }
        root.insert(QStringLiteral("postCommands"), phases);
    }
    if (!firewallRules.isEmpty())
        root.insert(QStringLiteral("firewallRules"), QJsonArray::fromStringList(firewallRules));
    return root;
}

} // namespace Barista
