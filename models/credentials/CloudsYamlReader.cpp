// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/credentials/CloudsYamlReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <yaml-cpp/yaml.h>

namespace Barista {

namespace {

constexpr int MaxDepth = 32;
constexpr qint64 MaxFileBytes = 4 * 1024 * 1024; // clouds.yaml files are a few kB

CloudError invalid(const QString& message)
{
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidCloudsYaml"), message);
}

/// Every scalar as text (the adapter reads text); aliases bounded by the depth limit.
bool toJson(const YAML::Node& node, int depth, QJsonValue* out)
{
    if (depth > MaxDepth)
        return false;
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        *out = QString::fromStdString(node.Scalar());
        return true;
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node& item : node) {
            QJsonValue value;
            if (!toJson(item, depth + 1, &value))
                return false;
            array.append(value);
        }
        *out = array;
        return true;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto& entry : node) {
            if (!entry.first.IsScalar())
                return false;
            QJsonValue value;
            if (!toJson(entry.second, depth + 1, &value))
                return false;
            object.insert(QString::fromStdString(entry.first.Scalar()), value);
        }
        *out = object;
        return true;
    }
    default:
        *out = QJsonValue(QJsonValue::Null);
        return true;
    }
}

/// The whole document as JSON; errors name the file and the line, never the text there.
Result<QJsonObject> parseFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return invalid(QCoreApplication::translate("CloudsYamlReader", "Cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > MaxFileBytes)
        return invalid(QCoreApplication::translate("CloudsYamlReader", "%1 is too large for a clouds.yaml file.").arg(path));
    const QByteArray data = f.readAll();
    YAML::Node root;
    try {
        root = YAML::Load(data.toStdString());
    } catch (const YAML::Exception& e) {
        // e.what() quotes no input, but the line number is all the user needs.
        return invalid(QCoreApplication::translate("CloudsYamlReader", "%1 line %2: not valid YAML.")
                           .arg(path)
                           .arg(e.mark.line + 1));
    }
    QJsonValue json;
    if (!root.IsMap() || !toJson(root, 0, &json) || !json.isObject())
        return invalid(QCoreApplication::translate("CloudsYamlReader", "%1: the document is not a mapping of clouds.").arg(path));
    return json.toObject();
}

QString firstExisting(const QStringList& candidates)
{
    for (const QString& candidate : candidates)
        if (!candidate.isEmpty() && QFileInfo(candidate).isFile())
            return candidate;
    return QString();
}

} // namespace

QStringList CloudsYamlReader::searchPath(const QProcessEnvironment& env, const QString& fileName)
{
    QStringList files;
    const QString override = env.value(fileName == QLatin1String("secure") ? QStringLiteral("OS_CLIENT_SECURE_FILE")
                                                                           : QStringLiteral("OS_CLIENT_CONFIG_FILE"));
    if (!override.isEmpty())
        files << override;
    const QString home = env.value(QStringLiteral("HOME"), QDir::homePath());
    const QString configHome = env.value(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    const QStringList dirs = {QDir::currentPath(), configHome + QStringLiteral("/openstack"), QStringLiteral("/etc/openstack")};
    for (const QString& dir : dirs)
        for (const char* suffix : {".yaml", ".yml"})
            files << dir + QLatin1Char('/') + fileName + QLatin1String(suffix);
    return files;
}

QJsonObject CloudsYamlReader::merge(const QJsonObject& base, const QJsonObject& over)
{
    QJsonObject merged = base;
    for (auto it = over.begin(); it != over.end(); ++it) {
        if (it.value().isObject() && merged.value(it.key()).isObject())
            merged.insert(it.key(), merge(merged.value(it.key()).toObject(), it.value().toObject()));
        else
            merged.insert(it.key(), it.value());
    }
    return merged;
}

Result<CloudsYamlEntry> CloudsYamlReader::read(const QString& file, const QString& name, const QProcessEnvironment& env)
{
    CloudsYamlEntry entry;
    entry.file = file.isEmpty() ? firstExisting(searchPath(env)) : file;
    if (entry.file.isEmpty())
        return invalid(QCoreApplication::translate("CloudsYamlReader", "No clouds.yaml found (looked in: %1).")
                           .arg(searchPath(env).join(QStringLiteral(", "))));
    const Result<QJsonObject> clouds = parseFile(entry.file);
    if (!clouds.ok())
        return clouds.error();
    const QJsonObject all = clouds.value().value(QLatin1String("clouds")).toObject();
    if (name.isEmpty())
        return invalid(QCoreApplication::translate("CloudsYamlReader", "Name the cloud to import (one of: %1).")
                           .arg(all.keys().join(QStringLiteral(", "))));
    if (!all.value(name).isObject())
        return invalid(QCoreApplication::translate("CloudsYamlReader", "There is no cloud \"%1\" under \"clouds:\" in %2 (it has: %3).")
                           .arg(name, entry.file, all.keys().join(QStringLiteral(", "))));
    entry.cloud = all.value(name).toObject();

    // secure.yaml: explicit, else beside the clouds.yaml, else the usual places.
    QStringList secureCandidates = searchPath(env, QStringLiteral("secure"));
    const QString besides = QFileInfo(entry.file).dir().filePath(QStringLiteral("secure.yaml"));
    secureCandidates.insert(env.contains(QStringLiteral("OS_CLIENT_SECURE_FILE")) ? 1 : 0, besides);
    entry.secureFile = firstExisting(secureCandidates);
    if (!entry.secureFile.isEmpty()) {
        const Result<QJsonObject> secure = parseFile(entry.secureFile);
        if (!secure.ok())
            return secure.error();
        const QJsonObject secureCloud = secure.value().value(QLatin1String("clouds")).toObject().value(name).toObject();
        entry.cloud = merge(entry.cloud, secureCloud);
    }
    if (entry.cloud.contains(QLatin1String("profile")))
        return invalid(QCoreApplication::translate("CloudsYamlReader",
            "The cloud \"%1\" in %2 uses a vendor profile (key \"profile\"), which is not supported: write its auth_url out.")
                           .arg(name, entry.file));
    return entry;
}

} // namespace Barista
