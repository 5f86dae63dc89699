// SPDX-License-Identifier: GPL-3.0-or-later
// The read-only catalog actions: DescribeRegions, DescribeAvailabilityZones,
// DescribeInstanceTypes (paginated, GPU info). DescribeImages is Ec2ImageActions (public and own AMIs).
#pragma once

#include "tests/servers/ec2/Ec2Call.h"

namespace Barista {

class Ec2CatalogActions
{
public:
    static void registerAll(Ec2HandlerTable& table);

    static Ec2Outcome describeRegions(Ec2Call& call);
    static Ec2Outcome describeAvailabilityZones(Ec2Call& call);
    static Ec2Outcome describeInstanceTypes(Ec2Call& call);
};

} // namespace Barista
