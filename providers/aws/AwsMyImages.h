// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/aws/AwsSession.h"

namespace Barista {

/// Images made from the user's VMs (Spider's MyImage) as the account's own AMIs: CreateImage of
/// an instance, DescribeImages with Owner "self", DeregisterImage followed by DeleteSnapshot of
/// the AMI's EBS snapshots (EC2 keeps them otherwise, and bills them). The nameId is both the AMI
/// name (unique per account and region) and its Name tag.
class AwsMyImages final
{
public:
    AwsMyImages(AwsSession& session, const ConnectionConfig& connection);

    /// DescribeImages Owner.1=self, paged by MaxResults/NextToken.
    Result<ResourcePage> list(const ListRequest& request);
    /// By AMI id, or by AMI name.
    Result<Resource> get(const QString& id);
    /// CreateImage with NoReboot (the VM keeps running; the image is crash-consistent), tags for
    /// the image and its snapshots by TagSpecification. CreateImage has no ClientToken: a retry
    /// with the same token finds the image by its token tag instead.
    Result<Resource> create(const MyImageInfo& request, const MutationContext& context);
    /// DeregisterImage, then DeleteSnapshot of each snapshot it used (one already gone is fine).
    Result<Done> remove(const Iid& iid);

private:
    Result<QList<AwsXmlNode>> describe(const AwsParams& filters);
    Result<AwsXmlNode> find(const QString& id);

    AwsSession& m_session;
    const ConnectionConfig& m_connection;
};

} // namespace Barista
