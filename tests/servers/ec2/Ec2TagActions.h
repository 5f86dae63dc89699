// SPDX-License-Identifier: GPL-3.0-or-later
// CreateTags, DeleteTags and DescribeTags (filters resource-id, resource-type, key, value;
// paginated) over every taggable resource of the region.
#pragma once

#include "tests/servers/ec2/Ec2Call.h"

namespace Barista {

class Ec2TagActions
{
public:
    static void registerAll(Ec2HandlerTable& table);

    static Ec2Outcome createTags(Ec2Call& call);
    static Ec2Outcome deleteTags(Ec2Call& call);
    static Ec2Outcome describeTags(Ec2Call& call);
};

} // namespace Barista
