// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ClusterInfo.h"
#include "models/domain/DiskInfo.h"
#include "models/domain/ImageInfo.h"
#include "models/domain/KeyPairInfo.h"
#include "models/domain/MyImageInfo.h"
#include "models/domain/NlbInfo.h"
#include "models/domain/PriceInfo.h"
#include "models/domain/RegionInfo.h"
#include "models/domain/ResourceKind.h"
#include "models/domain/SecurityGroupInfo.h"
#include "models/domain/SpecInfo.h"
#include "models/domain/VmInfo.h"
#include "models/domain/VpcInfo.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <variant>

namespace Barista {

/// Any one resource of any kind. The generic CloudProvider interface, the journal and the
/// item models pass these; code that knows the kind uses std::get<VmInfo>(r.value).
struct Resource
{
    using Value = std::variant<RegionInfo, VpcInfo, SecurityGroupInfo, KeyPairInfo, VmInfo, DiskInfo,
                               MyImageInfo, NlbInfo, ClusterInfo, SpecInfo, ImageInfo, PriceInfo>;
    Value value;

    Resource() = default;
    template<typename T>
    Resource(T v) // NOLINT(google-explicit-constructor): a Resource *is* any of its kinds
        : value(std::move(v))
    {
    }

    ResourceKind kind() const;
    /// The identity; catalog kinds (which have none) answer {name, name}.
    Iid iid() const;
    /// Tags, for the kinds that carry them (empty for catalog kinds).
    QMap<QString, QString> tags() const;
    /// A short status word for display ("Running", "Available", ...); empty if the kind has none.
    QString statusName() const;

    /// {"kind": "...", ...the kind's own fields}
    QJsonObject toJson() const;
    /// Reads what toJson wrote. Returns false and sets *error on an unknown or missing kind.
    static bool fromJson(const QJsonObject& json, Resource* out, QString* error = nullptr);
    /// Reads the fields of a known kind (no "kind" key needed).
    static Resource fromJson(ResourceKind kind, const QJsonObject& json);

    template<typename T>
    const T* as() const
    {
        return std::get_if<T>(&value);
    }
    template<typename T>
    T* as()
    {
        return std::get_if<T>(&value);
    }

    bool operator==(const Resource&) const = default;
};

} // namespace Barista
