// SPDX-License-Identifier: GPL-3.0-or-later
// The <item> of an instance in RunInstances and DescribeInstances replies (the API reference's
// "Instance" shape), and the state-change item of Start/Stop/TerminateInstances.
#pragma once

#include "tests/servers/ec2/Ec2Model.h"
#include "tests/servers/ec2/Ec2XmlWriter.h"

namespace Barista {

class Ec2InstanceXml
{
public:
    static void write(Ec2XmlWriter& out, const Ec2Instance& instance, const Ec2RegionState& region);
    static void writeState(Ec2XmlWriter& out, const QString& element, const QString& state);
    static void writeStateChange(Ec2XmlWriter& out, const QString& id, const QString& previous, const QString& current);
};

} // namespace Barista
