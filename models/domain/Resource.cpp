// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Resource.h"

#include <QCoreApplication>
#include <type_traits>

namespace Barista {

namespace {
// kind() relies on the variant's alternatives being in ResourceKind order.
template <ResourceKind K, typename T>
constexpr bool at = std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(K), Resource::Value>, T>;
static_assert(
    at<
        ResourceKind::Region, RegionInfo> && at<ResourceKind::Vpc, VpcInfo> && at<ResourceKind::SecurityGroup, SecurityGroupInfo> && at<ResourceKind::KeyPair, KeyPairInfo> && at<ResourceKind::Vm, VmInfo> && at<ResourceKind::Disk, DiskInfo> && at<ResourceKind::MyImage, MyImageInfo> && at<ResourceKind::Nlb, NlbInfo> && at<ResourceKind::Cluster, ClusterInfo> && at<ResourceKind::Spec, SpecInfo> && at<ResourceKind::Image, ImageInfo> && at<ResourceKind::Price, PriceInfo>);
static_assert(std::variant_size_v<Resource::Value> == static_cast<std::size_t>(ResourceKind::Price) + 1);
} // namespace

ResourceKind Resource::kind() const
{
    return static_cast<ResourceKind>(value.index());
}

Iid Resource::iid() const
{
    return std::visit(
        [](const auto& v) -> Iid {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, ImageInfo>) {
                // An image's id ("ami-…") is what identifies it; names repeat across regions.
                const QString id = v.id.isEmpty() ? v.name : v.id;
                return Iid { id, id };
            } else if constexpr (std::is_same_v<T, PriceInfo>) {
                return Iid { v.productId, v.productId };
            } else if constexpr (requires { v.iid; }) {
                return v.iid;
            } else {
                return Iid { v.name, v.name };
            }
        },
        value);
}

QMap<QString, QString> Resource::tags() const
{
    return std::visit(
        [](const auto& v) -> QMap<QString, QString> {
            if constexpr (requires { v.tags; })
                return v.tags;
            else
                return {};
        },
        value);
}

QString Resource::statusName() const
{
    return std::visit(
        [](const auto& v) -> QString {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, VmInfo>)
                return vmStatusName(v.status);
            else if constexpr (std::is_same_v<T, DiskInfo>)
                return diskStatusName(v.status);
            else if constexpr (std::is_same_v<T, ClusterInfo>)
                return clusterStatusName(v.status);
            else if constexpr (std::is_same_v<T, MyImageInfo> || std::is_same_v<T, ImageInfo>)
                return v.status;
            else
                return QString();
        },
        value);
}

QJsonObject Resource::toJson() const
{
    QJsonObject json = std::visit([](const auto& v) { return v.toJson(); }, value);
    json.insert(QLatin1String("kind"), resourceKindName(kind()));
    return json;
}

bool Resource::fromJson(const QJsonObject& json, Resource* out, QString* error)
{
    const QJsonValue kindValue = json.value(QLatin1String("kind"));
    if (!kindValue.isString() || kindValue.toString().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Resource", "The resource has no \"kind\" field.");
        return false;
    }
    const std::optional<ResourceKind> kind = resourceKindFromName(kindValue.toString());
    if (!kind) {
        if (error)
            *error = QCoreApplication::translate("Resource", "Unknown resource kind \"%1\".").arg(kindValue.toString());
        return false;
    }
    if (out)
        *out = fromJson(*kind, json);
    return true;
}

Resource Resource::fromJson(ResourceKind kind, const QJsonObject& json)
{
    switch (kind) {
    case ResourceKind::Region:
        return RegionInfo::fromJson(json);
    case ResourceKind::Vpc:
        return VpcInfo::fromJson(json);
    case ResourceKind::SecurityGroup:
        return SecurityGroupInfo::fromJson(json);
    case ResourceKind::KeyPair:
        return KeyPairInfo::fromJson(json);
    case ResourceKind::Vm:
        return VmInfo::fromJson(json);
    case ResourceKind::Disk:
        return DiskInfo::fromJson(json);
    case ResourceKind::MyImage:
        return MyImageInfo::fromJson(json);
    case ResourceKind::Nlb:
        return NlbInfo::fromJson(json);
    case ResourceKind::Cluster:
        return ClusterInfo::fromJson(json);
    case ResourceKind::Spec:
        return SpecInfo::fromJson(json);
    case ResourceKind::Image:
        return ImageInfo::fromJson(json);
    case ResourceKind::Price:
        return PriceInfo::fromJson(json);
    }
    return Resource();
}

} // namespace Barista
