// SPDX-License-Identifier: GPL-3.0-or-later
// EBS volumes: CreateVolume (creating -> available), DescribeVolumes (filters, paginated),
// AttachVolume (attaching -> attached), DetachVolume (detaching -> available), ModifyVolume,
// DeleteVolume, with EC2's zone, state and in-use checks.
#pragma once

#include "tests/servers/ec2/Ec2Call.h"

namespace Barista {

class Ec2VolumeActions
{
public:
    static void registerAll(Ec2HandlerTable& table);

    static Ec2Outcome createVolume(Ec2Call& call);
    static Ec2Outcome describeVolumes(Ec2Call& call);
    static Ec2Outcome attachVolume(Ec2Call& call);
    static Ec2Outcome detachVolume(Ec2Call& call);
    static Ec2Outcome modifyVolume(Ec2Call& call);
    static Ec2Outcome deleteVolume(Ec2Call& call);
};

} // namespace Barista
