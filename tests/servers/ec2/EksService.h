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
// Subnets, security groups and key pairs are checked against the EC2 state of the region.
// Lifecycle as the EC2 resources: CREATING -> ACTIVE and DELETING -> gone after the state's
// number of sightings (Describe/List calls) or time. Errors are EKS's: HTTP status, the code in
// x-amzn-ErrorType and {"message": ...} in the body (ResourceNotFoundException 404,
// ResourceInUseException 409, InvalidParameterException / InvalidRequestException 400,
// ThrottlingException 429). Faults queued for an operation name ("CreateCluster") come out in
// that shape; RequestLimitExceeded (throttleEvery) becomes ThrottlingException 429.
#pragma once

#include "tests/servers/ec2/Ec2FaultPlan.h"
#include "tests/servers/ec2/Ec2SigV4Verifier.h"
#include "tests/servers/ec2/Ec2State.h"
#include "tests/servers/ec2/Ec2TestServer.h"
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

private:
    struct Call;
    Ec2Reply createCluster(Call& call);
    Ec2Reply listClusters(Call& call);
    Ec2Reply describeCluster(Call& call, const QString& name);
    Ec2Reply deleteCluster(Call& call, const QString& name);
    Ec2Reply createNodegroup(Call& call, const QString& cluster);
    Ec2Reply listNodegroups(Call& call, const QString& cluster);
    Ec2Reply describeNodegroup(Call& call, const QString& cluster, const QString& name);
    Ec2Reply deleteNodegroup(Call& call, const QString& cluster, const QString& name);
    /// Settles due transitions of the region's clusters and node groups (one sighting).
    void advance(EksRegionState& region);
    QJsonObject clusterJson(const EksCluster& cluster, const QString& region) const;
    QJsonObject nodegroupJson(const EksNodegroup& group, const EksCluster& cluster) const;

    Ec2State& m_ec2;
    Ec2SigV4Verifier m_verifier;
    QMap<QString, EksRegionState> m_regions;
};

} // namespace Barista
