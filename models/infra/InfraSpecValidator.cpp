// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraSpecValidator.h"

#include "models/infra/InfraSpecSyntax.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace Barista {

namespace {

// Every key Tumblebug (v0.11 to v0.13) or we define; the ones we do not use are accepted and
// ignored, and all of them are candidates for "did you mean".
const QStringList& rootKeys()
{
    static const QStringList keys { QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("label"),
        QStringLiteral("policyOnPartialFailure"), QStringLiteral("nodeGroups"), QStringLiteral("subGroups"),
        QStringLiteral("vm"), QStringLiteral("postCommands"), QStringLiteral("postCommand"),
        QStringLiteral("firewallRules"), QStringLiteral("installMonAgent"), QStringLiteral("postCommandAsync"),
        QStringLiteral("vNetTemplateId"), QStringLiteral("sgTemplateId"), QStringLiteral("systemLabel"),
        QStringLiteral("hold") };
    return keys;
}

const QStringList& groupKeys()
{
    static const QStringList keys { QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("specId"),
        QStringLiteral("imageId"), QStringLiteral("nodeGroupSize"), QStringLiteral("subGroupSize"),
        QStringLiteral("commonSpec"), QStringLiteral("commonImage"), QStringLiteral("connectionName"),
        QStringLiteral("zone"), QStringLiteral("rootDiskType"), QStringLiteral("rootDiskSize"), QStringLiteral("label"),
        QStringLiteral("distributeSubnets"), QStringLiteral("sgTemplateId"), QStringLiteral("vNetTemplateId"),
        QStringLiteral("vmUserPassword") };
    return keys;
}

const QStringList& phaseKeys()
{
    static const QStringList keys { QStringLiteral("command"), QStringLiteral("userName"),
        QStringLiteral("nodeGroupId"), QStringLiteral("nodeId"), QStringLiteral("labelSelector"),
        QStringLiteral("timeoutMinutes"), QStringLiteral("continueOnError") };
    return keys;
}

const QStringList& legacyPhaseKeys()
{
    static const QStringList keys { QStringLiteral("command"), QStringLiteral("userName"),
        QStringLiteral("timeoutMinutes") };
    return keys;
}

QString child(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexed(const QString& path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

// Absent and null are the same (Go's zero value), so "label: ~" in YAML is no label.
bool present(const QJsonObject& object, const QString& key)
{
    return object.contains(key) && !object.value(key).isNull();
}

/// The first of keys present in object (new names first, so the new one wins), else fallback.
QString pickKey(const QJsonObject& object, std::initializer_list<QString> keys)
{
    for (const QString& key : keys) {
        if (present(object, key))
            return key;
    }
    return *keys.begin();
}

} // namespace

void InfraSpecValidator::fail(const QString& path, const QString& message)
{
    m_errors.append(InfraSpecError { path, message });
}

void InfraSpecValidator::checkKeys(const QJsonObject& object, const QString& path, const QStringList& known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString& key = it.key();
        if (known.contains(key))
            continue;
        const QString best = InfraSpecSyntax::closestKey(key, known);
        if (!best.isEmpty()) {
            fail(child(path, key),
                QCoreApplication::translate("InfraSpecReader", "unknown field; did you mean %1?").arg(best));
        }
    }
}

QString InfraSpecValidator::readText(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(child(path, key),
            QCoreApplication::translate("InfraSpecReader", "must be text, got %1")
                .arg(InfraSpecSyntax::describe(value)));
        return {};
    }
    return value.toString();
}

std::optional<int> InfraSpecValidator::readWhole(
    const QJsonValue& value, const QString& path, int min, int max, const QString& rangeMessage)
{
    const std::optional<qint64> number = InfraSpecSyntax::wholeNumber(value);
    if (!number || *number < min || *number > max) {
        fail(path, QString(rangeMessage).arg(InfraSpecSyntax::describe(value)));
        return std::nullopt;
    }
    return int(*number);
}

QMap<QString, QString> InfraSpecValidator::readLabel(const QJsonValue& value, const QString& path)
{
    QMap<QString, QString> label;
    if (value.isString())
        return label; // before v0.10, label was one free-text keyword; it has no key=value meaning
    if (!value.isObject()) {
        fail(path,
            QCoreApplication::translate("InfraSpecReader", "must be a mapping of text keys to text values, got %1")
                .arg(InfraSpecSyntax::describe(value)));
        return label;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString() || it.value().isNull())
            label.insert(it.key(), it.value().toString());
        else
            fail(child(path, it.key()),
                QCoreApplication::translate("InfraSpecReader", "must be text, got %1")
                    .arg(InfraSpecSyntax::describe(it.value())));
    }
    return label;
}

void InfraSpecValidator::readName(const QJsonObject& object, const QString& key, const QString& path, QString* name)
{
    *name = readText(object, key, path);
    if (present(object, key) && !object.value(key).isString())
        return; // already reported as not text
    if (name->isEmpty()) {
        fail(child(path, key), QCoreApplication::translate("InfraSpecReader", "is required"));
    } else if (!InfraSpecSyntax::isValidName(*name)) {
        fail(child(path, key),
            QCoreApplication::translate("InfraSpecReader",
                "must start with a lowercase letter and use only lowercase letters, digits and hyphens, "
                "at most %1 characters; got %2")
                .arg(InfraSpecReader::MaxNameLength)
                .arg(InfraSpecSyntax::describe(QJsonValue(*name))));
    }
}

InfraSpec InfraSpecValidator::validate(const QJsonObject& root)
{
    InfraSpec spec;
    checkKeys(root, QString(), rootKeys());
    readName(root, QStringLiteral("name"), QString(), &spec.name);
    spec.description = readText(root, QStringLiteral("description"), QString());
    if (present(root, QStringLiteral("label")))
        spec.label = readLabel(root.value(QStringLiteral("label")), QStringLiteral("label"));

    const QString policy = readText(root, QStringLiteral("policyOnPartialFailure"), QString());
    if (policy == QLatin1String("refine")) {
        spec.policyOnPartialFailure = PartialFailurePolicy::Refine;
    } else if (policy == QLatin1String("rollback")) {
        spec.policyOnPartialFailure = PartialFailurePolicy::Rollback;
    } else if (!policy.isEmpty() && policy != QLatin1String("continue")) {
        fail(QStringLiteral("policyOnPartialFailure"),
            QCoreApplication::translate("InfraSpecReader", "must be one of continue, refine or rollback, got %1")
                .arg(InfraSpecSyntax::describe(QJsonValue(policy))));
    }

    readGroups(root, spec);
    readPostCommands(root, spec);
    readFirewallRules(root, spec);
    return spec;
}

void InfraSpecValidator::readGroups(const QJsonObject& root, InfraSpec& spec)
{
    // v0.13 nodeGroups, v0.11.8+ subGroups, v0.11.1 and before vm.
    const QString key
        = pickKey(root, { QStringLiteral("nodeGroups"), QStringLiteral("subGroups"), QStringLiteral("vm") });
    if (!present(root, key)) {
        fail(key, QCoreApplication::translate("InfraSpecReader", "is required: list at least one node group"));
        return;
    }
    const QJsonValue value = root.value(key);
    if (!value.isArray()) {
        fail(key,
            QCoreApplication::translate("InfraSpecReader", "must be a list of node groups, got %1")
                .arg(InfraSpecSyntax::describe(value)));
        return;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty()) {
        fail(key, QCoreApplication::translate("InfraSpecReader", "must list at least one node group"));
        return;
    }

    QStringList paths;
    QHash<QString, QString> pathOfName;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = indexed(key, i);
        if (!array.at(i).isObject()) {
            fail(path,
                QCoreApplication::translate("InfraSpecReader", "must be a mapping of node group fields, got %1")
                    .arg(InfraSpecSyntax::describe(array.at(i))));
            continue;
        }
        const NodeGroupSpec group = readGroup(array.at(i).toObject(), path);
        if (!group.name.isEmpty()) {
            if (pathOfName.contains(group.name)) {
                fail(child(path, QStringLiteral("name")),
                    QCoreApplication::translate("InfraSpecReader", "the name %1 is already used by %2")
                        .arg(InfraSpecSyntax::describe(QJsonValue(group.name)), pathOfName.value(group.name)));
            } else {
                pathOfName.insert(group.name, path);
            }
        }
        spec.nodeGroups.append(group);
        paths.append(path);
    }

    // A group without a name gets "g<position>" (Tumblebug's example name), skipping taken names.
    for (qsizetype i = 0; i < spec.nodeGroups.size(); ++i) {
        NodeGroupSpec& group = spec.nodeGroups[i];
        if (!group.name.isEmpty())
            continue;
        for (qsizetype n = i + 1;; ++n) {
            const QString candidate = QStringLiteral("g%1").arg(n);
            if (!pathOfName.contains(candidate)) {
                group.name = candidate;
                pathOfName.insert(candidate, paths.at(i));
                break;
            }
        }
    }

    qint64 total = 0;
    for (const NodeGroupSpec& group : std::as_const(spec.nodeGroups))
        total += group.nodeGroupSize;
    if (total > InfraSpecReader::MaxTotalNodes) {
        fail(key,
            QCoreApplication::translate(
                "InfraSpecReader", "the node groups add up to %1 nodes, more than the %2 allowed")
                .arg(total)
                .arg(InfraSpecReader::MaxTotalNodes));
    }
}

NodeGroupSpec InfraSpecValidator::readGroup(const QJsonObject& object, const QString& path)
{
    NodeGroupSpec group;
    checkKeys(object, path, groupKeys());
    if (present(object, QStringLiteral("name")))
        readName(object, QStringLiteral("name"), path, &group.name);
    group.description = readText(object, QStringLiteral("description"), path);
    group.connectionName = readText(object, QStringLiteral("connectionName"), path);
    group.zone = readText(object, QStringLiteral("zone"), path);
    group.rootDiskType = readText(object, QStringLiteral("rootDiskType"), path);

    const QString specKey = pickKey(object, { QStringLiteral("specId"), QStringLiteral("commonSpec") });
    group.specId = readText(object, specKey, path).trimmed();
    if (group.specId.isEmpty() && (!present(object, specKey) || object.value(specKey).isString())) {
        fail(child(path, specKey), QCoreApplication::translate("InfraSpecReader", "is required"));
    } else if (!group.specId.isEmpty() && group.connectionName.isEmpty() && group.specProvider().isEmpty()) {
        fail(child(path, specKey),
            QCoreApplication::translate("InfraSpecReader",
                "must be provider+region+spec (e.g. aws+ap-northeast-2+t3.nano) unless connectionName is "
                "given, got %1")
                .arg(InfraSpecSyntax::describe(QJsonValue(group.specId))));
    }

    const QString imageKey = pickKey(object, { QStringLiteral("imageId"), QStringLiteral("commonImage") });
    group.imageId = readText(object, imageKey, path).trimmed();
    if (group.imageId.isEmpty() && (!present(object, imageKey) || object.value(imageKey).isString()))
        fail(child(path, imageKey), QCoreApplication::translate("InfraSpecReader", "is required"));

    const QString sizeKey = pickKey(object, { QStringLiteral("nodeGroupSize"), QStringLiteral("subGroupSize") });
    if (present(object, sizeKey)) {
        const QString message
            = QCoreApplication::translate("InfraSpecReader", "must be a whole number from 1 to %1, got %2")
                  .arg(InfraSpecReader::MaxNodeGroupSize);
        if (const auto size
            = readWhole(object.value(sizeKey), child(path, sizeKey), 1, InfraSpecReader::MaxNodeGroupSize, message))
            group.nodeGroupSize = *size;
    }

    const QJsonValue diskSize = object.value(QStringLiteral("rootDiskSize"));
    const QString diskText = diskSize.toString().trimmed();
    // Before v0.10 Tumblebug wrote rootDiskSize "default"; that and "" mean the image's size.
    if (!diskSize.isNull() && !diskSize.isUndefined()
        && !(diskSize.isString()
            && (diskText.isEmpty() || diskText.compare(QLatin1String("default"), Qt::CaseInsensitive) == 0))) {
        const QString message = QCoreApplication::translate(
            "InfraSpecReader", "must be a whole number of GB from 0 to %1 (0 = the image's default), got %2")
                                    .arg(InfraSpecReader::MaxRootDiskGb);
        if (const auto size = readWhole(
                diskSize, child(path, QStringLiteral("rootDiskSize")), 0, InfraSpecReader::MaxRootDiskGb, message))
            group.rootDiskSize = *size;
    }

    if (present(object, QStringLiteral("label")))
        group.label = readLabel(object.value(QStringLiteral("label")), child(path, QStringLiteral("label")));
    return group;
}

void InfraSpecValidator::readPostCommands(const QJsonObject& root, InfraSpec& spec)
{
    QStringList paths;
    if (present(root, QStringLiteral("postCommands"))) {
        const QJsonValue value = root.value(QStringLiteral("postCommands"));
        if (!value.isArray()) {
            fail(QStringLiteral("postCommands"),
                QCoreApplication::translate("InfraSpecReader", "must be a list of command phases, got %1")
                    .arg(InfraSpecSyntax::describe(value)));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = indexed(QStringLiteral("postCommands"), i);
            if (const auto phase = readPhase(array.at(i), path, false)) {
                spec.postCommands.append(*phase);
                paths.append(path);
            }
        }
    } else if (present(root, QStringLiteral("postCommand"))) {
        // v0.12's single postCommand is one phase on every node; an empty one is no phase.
        const auto phase = readPhase(root.value(QStringLiteral("postCommand")), QStringLiteral("postCommand"), true);
        if (phase && !phase->commands.isEmpty()) {
            spec.postCommands.append(*phase);
            paths.append(QStringLiteral("postCommand"));
        }
    }
    for (qsizetype i = 0; i < spec.postCommands.size(); ++i)
        checkPhaseTarget(spec.postCommands.at(i), paths.at(i), spec);
}

std::optional<PostCommandPhase> InfraSpecValidator::readPhase(const QJsonValue& value, const QString& path, bool legacy)
{
    if (!value.isObject()) {
        fail(path,
            QCoreApplication::translate("InfraSpecReader", "must be a mapping with a command list, got %1")
                .arg(InfraSpecSyntax::describe(value)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    checkKeys(object, path, legacy ? legacyPhaseKeys() : phaseKeys());
    PostCommandPhase phase;
    const QString commandPath = child(path, QStringLiteral("command"));
    const QJsonValue command = object.value(QStringLiteral("command"));
    const auto addCommand = [&](const QJsonValue& line, const QString& linePath) {
        if (line.isString() && !line.toString().trimmed().isEmpty())
            phase.commands.append(line.toString());
        else
            fail(linePath,
                QCoreApplication::translate("InfraSpecReader", "must be a non-empty command line, got %1")
                    .arg(InfraSpecSyntax::describe(line)));
    };
    if (command.isString()) {
        addCommand(command, commandPath); // one line written without the list brackets
    } else if (command.isArray()) {
        const QJsonArray lines = command.toArray();
        for (qsizetype j = 0; j < lines.size(); ++j)
            addCommand(lines.at(j), indexed(commandPath, j));
        if (lines.isEmpty() && !legacy)
            fail(commandPath, QCoreApplication::translate("InfraSpecReader", "must list at least one command"));
    } else if (command.isUndefined() || command.isNull()) {
        if (!legacy)
            fail(commandPath, QCoreApplication::translate("InfraSpecReader", "is required"));
    } else {
        fail(commandPath,
            QCoreApplication::translate("InfraSpecReader", "must be a list of command lines, got %1")
                .arg(InfraSpecSyntax::describe(command)));
    }

    phase.userName = readText(object, QStringLiteral("userName"), path);
    if (!legacy) {
        phase.nodeGroup = readText(object, QStringLiteral("nodeGroupId"), path);
        phase.node = readText(object, QStringLiteral("nodeId"), path);
        phase.labelSelector = readText(object, QStringLiteral("labelSelector"), path);
        if (!phase.labelSelector.isEmpty() && !InfraSpecSyntax::isLabelSelector(phase.labelSelector)) {
            fail(child(path, QStringLiteral("labelSelector")),
                QCoreApplication::translate(
                    "InfraSpecReader", "must be key=value pairs separated by commas (e.g. role=worker), got %1")
                    .arg(InfraSpecSyntax::describe(QJsonValue(phase.labelSelector))));
        }
    }
    if (present(object, QStringLiteral("timeoutMinutes"))) {
        const QString message = QCoreApplication::translate(
            "InfraSpecReader", "must be a whole number of minutes from 0 to %1 (0 = the default of 30), got %2")
                                    .arg(InfraSpecReader::MaxTimeoutMinutes);
        if (const auto minutes = readWhole(object.value(QStringLiteral("timeoutMinutes")),
                child(path, QStringLiteral("timeoutMinutes")), 0, InfraSpecReader::MaxTimeoutMinutes, message))
            phase.timeoutMinutes = *minutes;
    }
    return phase;
}

void InfraSpecValidator::checkPhaseTarget(const PostCommandPhase& phase, const QString& path, const InfraSpec& spec)
{
    const auto groupNamed = [&spec](const QString& name) {
        return std::find_if(spec.nodeGroups.cbegin(), spec.nodeGroups.cend(),
            [&name](const NodeGroupSpec& group) { return group.name == name; });
    };
    if (!phase.nodeGroup.isEmpty() && groupNamed(phase.nodeGroup) == spec.nodeGroups.cend()) {
        fail(child(path, QStringLiteral("nodeGroupId")),
            QCoreApplication::translate("InfraSpecReader", "no node group is named %1")
                .arg(InfraSpecSyntax::describe(QJsonValue(phase.nodeGroup))));
    }
    if (phase.node.isEmpty())
        return;
    // Node names are "<group>-<n>"; group names may hold hyphens and digits themselves, so try each group.
    const bool found = std::any_of(spec.nodeGroups.cbegin(), spec.nodeGroups.cend(), [&phase](const NodeGroupSpec& g) {
        if (!phase.node.startsWith(g.name + QLatin1Char('-')))
            return false;
        const std::optional<qint64> n = InfraSpecSyntax::wholeNumber(QJsonValue(phase.node.mid(g.name.size() + 1)));
        return n && *n >= 1 && *n <= g.nodeGroupSize;
    });
    if (!found) {
        fail(child(path, QStringLiteral("nodeId")),
            QCoreApplication::translate(
                "InfraSpecReader", "no node is named %1; nodes are named <group>-<n>, n from 1 to the group's size")
                .arg(InfraSpecSyntax::describe(QJsonValue(phase.node))));
    }
}

void InfraSpecValidator::readFirewallRules(const QJsonObject& root, InfraSpec& spec)
{
    if (!present(root, QStringLiteral("firewallRules")))
        return;
    const QJsonValue value = root.value(QStringLiteral("firewallRules"));
    if (!value.isArray()) {
        fail(QStringLiteral("firewallRules"),
            QCoreApplication::translate("InfraSpecReader", "must be a list of rules, got %1")
                .arg(InfraSpecSyntax::describe(value)));
        return;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue rule = array.at(i);
        if (rule.isString() && InfraSpecSyntax::isValidFirewallRule(rule.toString())) {
            spec.firewallRules.append(rule.toString());
            continue;
        }
        fail(indexed(QStringLiteral("firewallRules"), i),
            QCoreApplication::translate("InfraSpecReader",
                "must be protocol/port[-port][@cidr] (e.g. tcp/80, udp/5000-5100@10.0.0.0/8) or icmp[@cidr], got %1")
                .arg(InfraSpecSyntax::describe(rule)));
    }
}

} // namespace Barista
