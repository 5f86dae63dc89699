// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"
#include "models/interfaces/Result.h"

#include <QString>
#include <QStringList>

namespace Barista {

class ResourceService;

/// `resource create --kind cluster --wait`: waiting for node groups that the cloud takes only
/// once their cluster is active (see NodeGroupFollowUp).
namespace CliNodeGroups {

/// True once the cluster lists each of these node groups, none of them still on its way
/// (true for any other kind).
bool showsNodeGroups(const Resource& resource, const QStringList& groups);

/// Waits for the service's follow-up of a just-created cluster, if it has one, printing its
/// progress on stderr; returns the cluster as the cloud last answered, or what stopped it.
/// *followed tells whether there was one.
Result<Resource> awaitNodeGroups(ResourceService& service, const QString& connection, const Resource& created,
                                 bool* followed);

/// Without --wait the command ends before such a cluster is active: says so on stderr.
void warnIfFollowUpDropped(ResourceService& service, const QString& connection, const Resource& created);

} // namespace CliNodeGroups
} // namespace Barista
