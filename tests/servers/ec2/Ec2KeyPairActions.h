// SPDX-License-Identifier: GPL-3.0-or-later
// ImportKeyPair (PublicKeyMaterial is base64 on the wire: the SDKs encode the blob),
// DescribeKeyPairs and DeleteKeyPair.
#pragma once

#include "tests/servers/ec2/Ec2Call.h"

namespace Barista {

class Ec2KeyPairActions
{
public:
    static void registerAll(Ec2HandlerTable& table);

    static Ec2Outcome importKeyPair(Ec2Call& call);
    static Ec2Outcome describeKeyPairs(Ec2Call& call);
    static Ec2Outcome deleteKeyPair(Ec2Call& call);
};

} // namespace Barista
