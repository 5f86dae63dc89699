// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/ResourceKind.h"

#include "models/domain/DomainJson.h"

namespace Barista {

namespace {
using DomainJson::nameOf;
using DomainJson::valueOf;

const std::pair<ResourceKind, const char*> KIND_NAMES[] = {
    { ResourceKind::Region, "region" },
    { ResourceKind::Vpc, "vpc" },
    { ResourceKind::SecurityGroup, "securitygroup" },
    { ResourceKind::KeyPair, "keypair" },
    { ResourceKind::Vm, "vm" },
    { ResourceKind::Disk, "disk" },
    { ResourceKind::MyImage, "myimage" },
    { ResourceKind::Nlb, "nlb" },
    { ResourceKind::Cluster, "cluster" },
    { ResourceKind::Spec, "spec" },
    { ResourceKind::Image, "image" },
    { ResourceKind::Price, "price" },
};

// Spellings people type on the command line; the canonical names above always win.
const std::pair<ResourceKind, const char*> KIND_ALIASES[] = {
    { ResourceKind::SecurityGroup, "sg" },
    { ResourceKind::SecurityGroup, "security-group" },
    { ResourceKind::KeyPair, "key-pair" },
    { ResourceKind::Cluster, "k8s" },
    { ResourceKind::Cluster, "kubernetes" },
};

const std::pair<ControlAction, const char*> ACTION_NAMES[] = {
    { ControlAction::Suspend, "suspend" },
    { ControlAction::Resume, "resume" },
    { ControlAction::Reboot, "reboot" },
    { ControlAction::Terminate, "terminate" },
};

const std::pair<Operation, const char*> OPERATION_NAMES[] = {
    { Operation::List, "list" },
    { Operation::Get, "get" },
    { Operation::Create, "create" },
    { Operation::Delete, "delete" },
    { Operation::Control, "control" },
};
} // namespace

QList<ResourceKind> allResourceKinds()
{
    QList<ResourceKind> kinds;
    for (const auto& entry : KIND_NAMES)
        kinds.append(entry.first);
    return kinds;
}

QString resourceKindName(ResourceKind kind)
{
    return nameOf(KIND_NAMES, kind);
}

std::optional<ResourceKind> resourceKindFromName(const QString& name)
{
    if (const auto kind = valueOf(KIND_NAMES, name))
        return kind;
    return valueOf(KIND_ALIASES, name);
}

bool isCatalogKind(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Region:
    case ResourceKind::Spec:
    case ResourceKind::Image:
    case ResourceKind::Price:
        return true;
    default:
        return false;
    }
}

QString controlActionName(ControlAction action)
{
    return nameOf(ACTION_NAMES, action);
}

std::optional<ControlAction> controlActionFromName(const QString& name)
{
    return valueOf(ACTION_NAMES, name);
}

QString operationName(Operation op)
{
    return nameOf(OPERATION_NAMES, op);
}

std::optional<Operation> operationFromName(const QString& name)
{
    return valueOf(OPERATION_NAMES, name);
}

} // namespace Barista
