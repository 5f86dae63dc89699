// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Barista {

/// The resource kinds of the Cloud-Barista abstraction (CB-Spider's 12 kinds; Zone and
/// Subnet travel inside Region and Vpc as they do in Spider).
enum class ResourceKind
{
    Region,
    Vpc,
    SecurityGroup,
    KeyPair,
    Vm,
    Disk,
    MyImage,
    Nlb,
    Cluster,
    Spec,
    Image,
    Price,
};

/// Lifecycle actions, as CB-Spider's VM control and Tumblebug's infra control name them.
enum class ControlAction
{
    Suspend,
    Resume,
    Reboot,
    Terminate,
};

/// Operations a provider may support for a kind (Spider's driver capability matrix).
enum class Operation
{
    List,
    Get,
    Create,
    Delete,
    Control,
};

QList<ResourceKind> allResourceKinds();
/// Stable lower-case wire names ("vpc", "securitygroup", "vm", ...) used by the CLI and JSON.
QString resourceKindName(ResourceKind kind);
std::optional<ResourceKind> resourceKindFromName(const QString& name);
/// True for the kinds that describe offers (regions, specs, images, prices) rather than
/// things a user creates and pays for.
bool isCatalogKind(ResourceKind kind);

QString controlActionName(ControlAction action);
std::optional<ControlAction> controlActionFromName(const QString& name);

QString operationName(Operation op);
std::optional<Operation> operationFromName(const QString& name);

} // namespace Barista
