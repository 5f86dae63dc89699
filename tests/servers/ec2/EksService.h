// SPDX-License-Identifier: GPL-3.0-or-later
// Amazon EKS (REST-JSON, API version 2017-11-01) beside the EC2 Query API on the same test
// server: requests on /clusters... (or signed for the service "eks") come here, checked by this
// service's own SigV4 verifier. Routes:
//   POST   /clusters                                  CreateCluster
//   GET    /clusters?maxResults=&nextToken=           ListClusters (maxResults 1..100)
//   GET    /clusters/{name}                           DescribeCluster
//   DELETE /clusters/{name}                           DeleteCluster (ResourceInUseException while node groups exist)
//   POST   /clusters/{name}/node-groups               CreateNodegroup (the cluster must be ACTIVE)
//   GET    /clusters/{name}/node-groups?maxResults=&nextToken=   ListNodegroups
//   GET    /clusters/{name}/node-groups/{ng}          DescribeNodegroup
//   DELETE /clusters/{name}/node-groups/{ng}          DeleteNodegroup
// (node groups: EksNodegroupActions; shapes: EksShapes; error and page replies: EksReplies.)
// Subnets, security groups and key pairs are checked against the EC2 state of the region.
// Lifecycle as the EC2 resources: CREATING -> ACTIVE and DELETING -> gone after the state's
// number of sightings (Describe/List calls) or time. Errors are EKS's: HTTP status, the code in
// x-amzn-ErrorType and {"message": ...} in the body (ResourceNotFoundException 404,
// ResourceInUseException 409, InvalidParameterException / InvalidRequestException 400,
// ThrottlingException 429, InvalidSignatureException / UnrecognizedClientException 403). Faults
// queued for an operation name ("CreateCluster") come out in that shape; RequestLimitExceeded
// (throttleEvery) becomes ThrottlingException 429.
#pragma once

#include "tests/servers/ec2/Ec2FaultPlan.h"
#include "tests/servers/ec2/Ec2SigV4Verifier.h"
#include "tests/servers/ec2/Ec2State.h"
#include "tests/servers/ec2/Ec2TestServer.h"
#include "tests/servers/ec2/EksCall.h"
#include "tests/servers/ec2/EksModel.h"

namespace Barista {

class EksService
{
public:
    explicit EksService(Ec2State& ec2);

    Ec2SigV4Verifier& verifier() { return m_verifier; }
    EksRegionState& clusters(const QString& region) { return m_regions[region]; }
    static bool isEksPath(const QString& path);
    static QString accountId() { return QStringLiteral("123456789012"); }

    Ec2Reply handle(const Ec2SignedRequest& request, Ec2FaultPlan& faults, Ec2RequestRecord& record);

    /// Settles due transitions of the region's clusters and node groups (one sighting).
    static void advance(Ec2State& ec2, EksRegionState& region);

private:
    static Ec2Reply createCluster(EksCall& call);
    static Ec2Reply listClusters(EksCall& call);
    static Ec2Reply describeCluster(EksCall& call, const QString& name);
    static Ec2Reply deleteCluster(EksCall& call, const QString& name);

    Ec2State& m_ec2;
    Ec2SigV4Verifier m_verifier;
    QMap<QString, EksRegionState> m_regions;
};

} // namespace Barista
