// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/infra/InfraSpec.h"
#include "models/infra/InfraSpecReader.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Barista {

/// The one validation path of InfraSpecReader: turns a parsed document (JSON as is, YAML with
/// every scalar as text) into an InfraSpec, appending every problem to the error list instead
/// of stopping at the first. Internal to InfraSpecReader; use that.
class InfraSpecValidator
{
public:
    explicit InfraSpecValidator(QList<InfraSpecError>& errors)
        : m_errors(errors)
    {
    }

    InfraSpec validate(const QJsonObject& root);

private:
    void fail(const QString& path, const QString& message);
    /// Reports keys within edit distance 2 of a known key (a case slip counts) as typos;
    /// other unknown keys are ignored, as Tumblebug ignores them.
    void checkKeys(const QJsonObject& object, const QString& path, const QStringList& known);
    /// Text of object[key], or an empty string when absent or null (Go's zero value).
    QString readText(const QJsonObject& object, const QString& key, const QString& path);
    std::optional<int> readWhole(
        const QJsonValue& value, const QString& path, int min, int max, const QString& rangeMessage);
    QMap<QString, QString> readLabel(const QJsonValue& value, const QString& path);
    void readName(const QJsonObject& object, const QString& key, const QString& path, QString* name);
    void readGroups(const QJsonObject& root, InfraSpec& spec);
    NodeGroupSpec readGroup(const QJsonObject& object, const QString& path);
    void readPostCommands(const QJsonObject& root, InfraSpec& spec);
    std::optional<PostCommandPhase> readPhase(const QJsonValue& value, const QString& path, bool legacy);
    void checkPhaseTarget(const PostCommandPhase& phase, const QString& path, const InfraSpec& spec);
    void readFirewallRules(const QJsonObject& root, InfraSpec& spec);

    QList<InfraSpecError>& m_errors;
};

} // namespace Barista
