// SPDX-License-Identifier: GPL-3.0-or-later
// EKS managed node group operations of the test service (EksService routes them here):
// CreateNodegroup (the cluster must be ACTIVE; clientRequestToken idempotency), ListNodegroups,
// DescribeNodegroup, DeleteNodegroup (ACTIVE -> DELETING -> gone after the state's sightings).
#pragma once

#include "tests/servers/ec2/EksCall.h"

namespace Barista {

class EksNodegroupActions
{
public:
    static Ec2Reply create(EksCall& call, const QString& cluster);
    static Ec2Reply list(EksCall& call, const QString& cluster);
    static Ec2Reply describe(EksCall& call, const QString& cluster, const QString& name);
    static Ec2Reply remove(EksCall& call, const QString& cluster, const QString& name);
};

} // namespace Barista
