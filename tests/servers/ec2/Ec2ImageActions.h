// SPDX-License-Identifier: GPL-3.0-or-later
// AMIs: DescribeImages over the public catalog and this account's own images (Owner.N with
// "self", ImageId.N, filters, paginated), CreateImage from an instance (the image pending ->
// available, one EBS snapshot per volume pending -> completed, TagSpecification for "image" and
// "snapshot"), DeregisterImage (the snapshots stay, as in EC2) and DeleteSnapshot (refused while a
// registered AMI uses it), with EC2's error codes.
#pragma once

#include "tests/servers/ec2/Ec2Call.h"

namespace Barista {

class Ec2ImageActions
{
public:
    static void registerAll(Ec2HandlerTable& table);

    static Ec2Outcome describeImages(Ec2Call& call);
    static Ec2Outcome createImage(Ec2Call& call);
    static Ec2Outcome deregisterImage(Ec2Call& call);
    static Ec2Outcome deleteSnapshot(Ec2Call& call);
};

} // namespace Barista
