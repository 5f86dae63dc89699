// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Barista {

/// One cloud of an OpenStack clouds.yaml, with the matching entry of secure.yaml merged in
/// (passwords kept apart, as openstacksdk allows). Pure parsing: yaml-cpp lives in models/.
struct CloudsYamlEntry
{
    QString file;       ///< the clouds.yaml read
    QString secureFile; ///< the secure.yaml merged in, empty when none
    QJsonObject cloud;  ///< the "clouds: NAME:" mapping, every scalar as text
};

class CloudsYamlReader final
{
public:
    /// openstacksdk's search order: $OS_CLIENT_CONFIG_FILE, then clouds.yaml (or .yml) in the
    /// current folder, ~/.config/openstack and /etc/openstack.
    static QStringList searchPath(const QProcessEnvironment& env, const QString& fileName = QStringLiteral("clouds"));
    /// Reads cloud `name` from `file` (empty: the first file of searchPath that exists) and
    /// merges secure.yaml ($OS_CLIENT_SECURE_FILE, else beside the file, else the search path).
    /// Errors name the file and the line or key, never a value.
    static Result<CloudsYamlEntry> read(const QString& file, const QString& name, const QProcessEnvironment& env);
    /// Recursive merge: values of `over` win, mappings are merged key by key.
    static QJsonObject merge(const QJsonObject& base, const QJsonObject& over);
};

} // namespace Barista
