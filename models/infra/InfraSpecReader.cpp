// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraSpecReader.h"

#include "models/infra/InfraSpecSyntax.h"
#include "models/infra/InfraSpecValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <yaml-cpp/yaml.h>

#include <exception>

namespace Barista {

namespace {

// A spec is a handful of levels deep; these bound what aliases and hostile input can cost.
constexpr int MaxYamlDepth = 64;
constexpr int MaxYamlValues = 200000;

/// Converts a yaml-cpp tree to JSON values, every scalar as text (YAML 1.2 core typing would
/// turn "0700" or "yes" into something the user did not mean; the validator reads numbers
/// from text anyway). Anchors and aliases are shared nodes in yaml-cpp, so "billion laughs"
/// and self-referencing aliases are stopped by the value budget and the depth limit.
class YamlToJson
{
public:
    bool convert(const YAML::Node& node, int depth, QJsonValue* out)
    {
        if (depth > MaxYamlDepth) {
            m_error = QCoreApplication::translate(
                "InfraSpecReader", "The document is nested more than %1 levels deep at line %2.")
                          .arg(MaxYamlDepth)
                          .arg(node.Mark().line + 1);
            return false;
        }
        if (++m_values > MaxYamlValues) {
            m_error = QCoreApplication::translate(
                "InfraSpecReader", "The document holds more than %1 values (aliases count each time they are used).")
                          .arg(MaxYamlValues);
            return false;
        }
        switch (node.Type()) {
        case YAML::NodeType::Scalar:
            *out = QString::fromStdString(node.Scalar());
            return true;
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            for (const YAML::Node& item : node) {
                QJsonValue value;
                if (!convert(item, depth + 1, &value))
                    return false;
                array.append(value);
            }
            *out = array;
            return true;
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (const auto& entry : node) {
                if (!entry.first.IsScalar()) {
                    m_error = QCoreApplication::translate(
                        "InfraSpecReader", "The mapping key at line %1 is not plain text.")
                                  .arg(entry.first.Mark().line + 1);
                    return false;
                }
                QJsonValue value;
                if (!convert(entry.second, depth + 1, &value))
                    return false;
                object.insert(QString::fromStdString(entry.first.Scalar()), value);
            }
            *out = object;
            return true;
        }
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            break;
        }
        *out = QJsonValue(QJsonValue::Null);
        return true;
    }

    QString error() const { return m_error; }

private:
    int m_values = 0;
    QString m_error;
};

struct Position
{
    qsizetype line = 1;
    qsizetype column = 1;
};

Position positionOf(const QByteArray& data, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, data.size());
    const qsizetype lineStart = data.lastIndexOf('\n', offset - 1) + 1;
    Position position;
    position.line = data.left(offset).count('\n') + 1;
    position.column = QString::fromUtf8(data.mid(lineStart, offset - lineStart)).size() + 1;
    return position;
}

/// '[' or '{' then '"' or '}': JSON. A YAML flow mapping ("{name: a, ...}") goes to YAML.
bool looksLikeJson(const QByteArray& trimmed)
{
    if (trimmed.startsWith('['))
        return true;
    if (!trimmed.startsWith('{'))
        return false;
    const QByteArray rest = trimmed.mid(1).trimmed();
    return rest.startsWith('"') || rest.startsWith('}');
}

void report(QList<InfraSpecError>* errors, const QString& message)
{
    if (errors)
        errors->append(InfraSpecError { QString(), message });
}

std::optional<QJsonValue> parseYaml(const QByteArray& data, QString* error)
{
    try {
        const YAML::Node root = YAML::Load(data.toStdString());
        YamlToJson converter;
        QJsonValue value;
        if (!converter.convert(root, 0, &value)) {
            *error = converter.error();
            return std::nullopt;
        }
        return value;
    } catch (const YAML::Exception& e) {
        *error = QCoreApplication::translate("InfraSpecReader", "Not valid YAML at line %1, column %2: %3")
                     .arg(e.mark.line + 1)
                     .arg(e.mark.column + 1)
                     .arg(QString::fromStdString(e.msg));
    } catch (const std::exception& e) {
        *error = QCoreApplication::translate("InfraSpecReader", "Not valid YAML: %1").arg(QString::fromUtf8(e.what()));
    }
    return std::nullopt;
}

} // namespace

QString InfraSpecError::toString() const
{
    return path.isEmpty() ? message : QStringLiteral("%1: %2").arg(path, message);
}

std::optional<InfraSpec> InfraSpecReader::read(const QByteArray& input, QList<InfraSpecError>* errors)
{
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QByteArray trimmed = data.trimmed();
    if (trimmed.isEmpty()) {
        report(errors, QCoreApplication::translate("InfraSpecReader", "The document is empty."));
        return std::nullopt;
    }

    QJsonValue root;
    QString parseError;
    if (looksLikeJson(trimmed)) {
        // JSON is YAML too, but Qt's parser gives exact positions for JSON mistakes, and the
        // more lenient YAML parser would turn a slip ("[,]") into confusing field errors.
        QJsonParseError jsonError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &jsonError);
        if (jsonError.error != QJsonParseError::NoError) {
            const Position at = positionOf(data, jsonError.offset);
            report(errors,
                QCoreApplication::translate("InfraSpecReader", "Not valid JSON at line %1, column %2: %3")
                    .arg(at.line)
                    .arg(at.column)
                    .arg(jsonError.errorString()));
            return std::nullopt;
        }
        root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    } else {
        const std::optional<QJsonValue> yaml = parseYaml(data, &parseError);
        if (!yaml) {
            report(errors, parseError);
            return std::nullopt;
        }
        root = *yaml;
    }

    if (root.isNull()) {
        report(errors, QCoreApplication::translate("InfraSpecReader", "The document is empty."));
        return std::nullopt;
    }
    if (!root.isObject()) {
        report(errors,
            QCoreApplication::translate(
                "InfraSpecReader", "The document must be a mapping of infra fields (name, nodeGroups, ...), got %1.")
                .arg(InfraSpecSyntax::describe(root)));
        return std::nullopt;
    }

    QList<InfraSpecError> found;
    InfraSpecValidator validator(found);
    InfraSpec spec = validator.validate(root.toObject());
    if (!found.isEmpty()) {
        if (errors)
            errors->append(found);
        return std::nullopt;
    }
    return spec;
}

std::optional<InfraSpec> InfraSpecReader::readFile(const QString& path, QList<InfraSpecError>* errors)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        report(errors, QCoreApplication::translate("InfraSpecReader", "There is no file %1.").arg(path));
        return std::nullopt;
    }
    if (info.isDir()) {
        report(errors, QCoreApplication::translate("InfraSpecReader", "%1 is a folder, not a spec file.").arg(path));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(
            errors, QCoreApplication::translate("InfraSpecReader", "Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    // Read one byte past the limit rather than trust size(): devices and pipes report 0.
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes) {
        report(errors,
            QCoreApplication::translate(
                "InfraSpecReader", "%1 is larger than %2 MiB; an infra spec cannot be that big.")
                .arg(path)
                .arg(MaxFileBytes / (1024 * 1024)));
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        report(
            errors, QCoreApplication::translate("InfraSpecReader", "Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return read(data, errors);
}

bool InfraSpecReader::isValidName(const QString& name)
{
    return InfraSpecSyntax::isValidName(name);
}

bool InfraSpecReader::isValidFirewallRule(const QString& rule)
{
    return InfraSpecSyntax::isValidFirewallRule(rule);
}

} // namespace Barista
