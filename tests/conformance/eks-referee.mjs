// SPDX-License-Identifier: GPL-3.0-or-later
// Referee for the EKS routes of Barista's EC2 test server (tests/servers/ec2/Eks*): the official
// AWS SDK, @aws-sdk/client-eks, talks to it (REST-JSON, SigV4 for the service "eks") and must
// accept every reply: its JSON deserialiser (epoch-second timestamps, maps), paginators
// (maxResults / nextToken), waiters, typed exceptions (read from the x-amzn-ErrorType header: the
// bodies carry only a message) and retry classifier. Subnets, security group and key pair are
// made with @aws-sdk/client-ec2 on the same server.
//
// usage: node eks-referee.mjs --endpoint http://127.0.0.1:PORT --access-key K --secret S [--region R]
// Exit 0 when every check passes, 1 otherwise. Run by barista_ec2_referee (CTest ConformanceEks).
// Rig (command line, checks, client configuration, EC2 set-up): aws-rig.mjs.

import { createRequire } from "node:module";
import { check, config, control, ec2, ec2Client, endpoint, opensshEd25519, pagesOf, run, secretAccessKey, sendersFor,
    vpcInTwoZones, waitOptions as waitFor } from "./aws-rig.mjs";

const require = createRequire(import.meta.url);
const eks = require("@aws-sdk/client-eks");
const sdkVersion = require("@aws-sdk/client-eks/package.json").version;

const sdk = new eks.EKSClient(config());
const { send, expectError } = sendersFor(sdk);
const waitOptions = waitFor(sdk);

// The SDK's own exception class for the code in x-amzn-ErrorType, with the documented HTTP status.
const typed = (e, type, status) => e instanceof type && e instanceof eks.EKSServiceException && e.name === type.name
    && e.$metadata?.httpStatusCode === status;

async function main() {
    console.log(`@aws-sdk/client-eks ${sdkVersion} (node ${process.version}) against ${endpoint}`);

    // The EC2 side: subnets in two zones, a security group, a key pair.
    const { vpc, subnets } = await vpcInTwoZones(40);
    const group = (await send(new ec2.CreateSecurityGroupCommand({ GroupName: "referee-eks", Description: "eks",
        VpcId: vpc.VpcId }), ec2Client)).GroupId;
    await send(new ec2.ImportKeyPairCommand({ KeyName: "referee-eks-key",
        PublicKeyMaterial: Buffer.from(opensshEd25519()) }), ec2Client);

    // CreateCluster with a clientRequestToken: the same token again is the same cluster.
    const roleArn = "arn:aws:iam::123456789012:role/referee-eks-cluster";
    const input = { name: "referee-1", version: "1.31", roleArn, clientRequestToken: "barista-referee-eks-0001",
        resourcesVpcConfig: { subnetIds: subnets, securityGroupIds: [group] },
        tags: { "barista-token": "referee-eks", Name: "referee-1" } };
    const created = (await send(new eks.CreateClusterCommand(input))).cluster;
    check(created?.name === "referee-1" && created.status === "CREATING" && created.createdAt instanceof Date
        && created.arn?.startsWith("arn:aws:eks:") && created.resourcesVpcConfig?.vpcId === vpc.VpcId
        && created.tags?.["barista-token"] === "referee-eks",
        `CreateCluster: ${created?.arn} ${created?.status} ${created?.createdAt?.toISOString()}`);
    const again = (await send(new eks.CreateClusterCommand(input))).cluster;
    check(again?.arn === created.arn && again.createdAt?.getTime() === created.createdAt.getTime(),
        "CreateCluster: the same clientRequestToken gives the same cluster");
    const taken = await expectError(new eks.CreateClusterCommand({ ...input, clientRequestToken: "barista-other" }));
    check(typed(taken, eks.ResourceInUseException, 409) && taken.message === "Cluster already exists with name: referee-1",
        `CreateCluster: name taken, other token -> ${taken?.name} (HTTP ${taken?.$metadata?.httpStatusCode}): ${taken?.message}`);
    const badSubnet = await expectError(new eks.CreateClusterCommand({ ...input, name: "referee-bad",
        clientRequestToken: undefined, resourcesVpcConfig: { subnetIds: ["subnet-0123456789abcdef0", subnets[0]] } }));
    check(typed(badSubnet, eks.InvalidParameterException, 400) && badSubnet.message.includes("subnet-0123456789abcdef0"),
        `CreateCluster with an unknown subnet -> ${badSubnet?.name}: ${badSubnet?.message}`);
    for (const n of [2, 3])
        await send(new eks.CreateClusterCommand({ ...input, name: `referee-${n}`, clientRequestToken: undefined }));

    // A node group on a cluster still CREATING: InvalidRequestException ("the request is invalid
    // given the state of the cluster", as the API reference documents it).
    const notActive = await expectError(new eks.CreateNodegroupCommand({ clusterName: "referee-2", nodegroupName: "early",
        nodeRole: "arn:aws:iam::123456789012:role/referee-eks-node", subnets }));
    check(typed(notActive, eks.InvalidRequestException, 400) && notActive.message.includes("referee-2"),
        `CreateNodegroup on a CREATING cluster -> ${notActive?.name}: ${notActive?.message}`);

    // The SDK's waiter reads the status from DescribeCluster until ACTIVE.
    const active = await eks.waitUntilClusterActive(waitOptions, { name: "referee-1" });
    check(active.state === "SUCCESS", `waitUntilClusterActive: ${active.state}`);
    const cluster = (await send(new eks.DescribeClusterCommand({ name: "referee-1" }))).cluster;
    check(cluster?.status === "ACTIVE" && cluster.endpoint?.startsWith("https://") && cluster.version === "1.31"
        && cluster.certificateAuthority?.data && cluster.resourcesVpcConfig?.clusterSecurityGroupId?.startsWith("sg-")
        && cluster.resourcesVpcConfig.subnetIds?.join() === subnets.join()
        && cluster.kubernetesNetworkConfig?.serviceIpv4Cidr,
        `DescribeCluster: ${cluster?.status} ${cluster?.endpoint}`);

    // ListClusters through the SDK's paginator: 3 clusters, pages of 2.
    const clusters = await pagesOf(eks.paginateListClusters({ client: sdk, pageSize: 2 }, {}), "clusters");
    check(clusters.pages === 2 && clusters.items.join() === "referee-1,referee-2,referee-3",
        `ListClusters (paginator, maxResults 2): ${clusters.pages} pages, ${clusters.items.join(", ")}`);
    const badMax = await expectError(new eks.ListClustersCommand({ maxResults: 101 }));
    check(typed(badMax, eks.InvalidParameterException, 400), `ListClusters maxResults 101 -> ${badMax?.name}: ${badMax?.message}`);

    // Node groups.
    const ngInput = (name) => ({ clusterName: "referee-1", nodegroupName: name,
        nodeRole: "arn:aws:iam::123456789012:role/referee-eks-node", subnets, instanceTypes: ["t3.medium"],
        diskSize: 30, scalingConfig: { minSize: 1, maxSize: 3, desiredSize: 2 },
        remoteAccess: { ec2SshKey: "referee-eks-key" }, tags: { "barista-token": "referee-eks" } });
    const ng = (await send(new eks.CreateNodegroupCommand(ngInput("workers")))).nodegroup;
    check(ng?.nodegroupName === "workers" && ng.status === "CREATING" && ng.scalingConfig?.desiredSize === 2
        && ng.nodegroupArn?.includes(":nodegroup/referee-1/workers/") && ng.createdAt instanceof Date,
        `CreateNodegroup: ${ng?.nodegroupArn} ${ng?.status}`);
    await send(new eks.CreateNodegroupCommand(ngInput("spares")));
    const ngActive = await eks.waitUntilNodegroupActive(waitOptions, { clusterName: "referee-1", nodegroupName: "workers" });
    check(ngActive.state === "SUCCESS", `waitUntilNodegroupActive: ${ngActive.state}`);
    const described = (await send(new eks.DescribeNodegroupCommand({ clusterName: "referee-1", nodegroupName: "workers" }))).nodegroup;
    check(described?.status === "ACTIVE" && described.instanceTypes?.[0] === "t3.medium" && described.diskSize === 30
        && described.remoteAccess?.ec2SshKey === "referee-eks-key" && described.subnets?.length === 2
        && described.tags?.["barista-token"] === "referee-eks" && described.version === "1.31",
        `DescribeNodegroup: ${described?.status} ${described?.instanceTypes} ${described?.diskSize} GiB`);
    const groups = await pagesOf(eks.paginateListNodegroups({ client: sdk, pageSize: 1 }, { clusterName: "referee-1" }),
        "nodegroups");
    check(groups.pages === 2 && groups.items.sort().join() === "spares,workers",
        `ListNodegroups (paginator, maxResults 1): ${groups.pages} pages, ${groups.items.join(", ")}`);

    // Errors: typed exceptions from the x-amzn-ErrorType header, with the server's message.
    const inUse = await expectError(new eks.DeleteClusterCommand({ name: "referee-1" }));
    check(typed(inUse, eks.ResourceInUseException, 409) && inUse.message === "Cluster has nodegroups attached"
        && inUse.clusterName === "referee-1",
        `DeleteCluster with node groups -> ${inUse?.name} (HTTP ${inUse?.$metadata?.httpStatusCode}): ${inUse?.message}`);
    const missing = await expectError(new eks.DescribeClusterCommand({ name: "referee-nope" }));
    check(typed(missing, eks.ResourceNotFoundException, 404) && missing.message === "No cluster found for name: referee-nope.",
        `DescribeCluster of an unknown name -> ${missing?.name}: ${missing?.message}`);
    const missingNg = await expectError(new eks.DescribeNodegroupCommand({ clusterName: "referee-1", nodegroupName: "nope" }));
    check(typed(missingNg, eks.ResourceNotFoundException, 404) && missingNg.nodegroupName === "nope",
        `DescribeNodegroup of an unknown name -> ${missingNg?.name}: ${missingNg?.message}`);

    // Throttling: the SDK retries a ThrottlingException (429).
    await control("/_barista/requests/clear", {});
    await control("/_barista/faults", { Action: "ListClusters", Code: "RequestLimitExceeded", Times: "1" });
    const retried = await send(new eks.ListClustersCommand({}), new eks.EKSClient(config(secretAccessKey, 3)));
    const log = await control("/_barista/requests");
    check(retried.$metadata.attempts === 2 && log.count === 2 && log.records[0].code === "ThrottlingException"
        && log.records[0].status === 429, `ThrottlingException then success: ${retried.$metadata.attempts} attempts, server saw ${log.count}`);

    // A wrong secret and an unknown key: EKS's auth errors, not retried.
    await control("/_barista/requests/clear", {});
    const denied = await expectError(new eks.ListClustersCommand({}), new eks.EKSClient(config("not-the-secret", 3)));
    const after = await control("/_barista/requests");
    check(denied?.name === "InvalidSignatureException" && denied.$metadata?.httpStatusCode === 403
        && denied.message.startsWith("The request signature we calculated does not match") && after.count === 1,
        `wrong secret -> ${denied?.name} (HTTP ${denied?.$metadata?.httpStatusCode}), server saw ${after.count} request(s)`);
    const unknown = await expectError(new eks.ListClustersCommand({}),
        new eks.EKSClient(config(secretAccessKey, 1, "AKIDUNKNOWNKEY")));
    check(unknown?.name === "UnrecognizedClientException" && unknown.$metadata?.httpStatusCode === 403,
        `unknown access key -> ${unknown?.name} (HTTP ${unknown?.$metadata?.httpStatusCode}): ${unknown?.message}`);

    // Deletes: node groups first (the API refuses otherwise), then the clusters.
    for (const name of ["workers", "spares"]) {
        const deleting = (await send(new eks.DeleteNodegroupCommand({ clusterName: "referee-1", nodegroupName: name }))).nodegroup;
        check(deleting?.status === "DELETING", `DeleteNodegroup ${name}: ${deleting?.status}`);
        const gone = await eks.waitUntilNodegroupDeleted(waitOptions, { clusterName: "referee-1", nodegroupName: name });
        check(gone.state === "SUCCESS", `waitUntilNodegroupDeleted ${name}: ${gone.state}`);
    }
    for (const name of ["referee-1", "referee-2", "referee-3"]) {
        const deleting = (await send(new eks.DeleteClusterCommand({ name }))).cluster;
        check(deleting?.status === "DELETING", `DeleteCluster ${name}: ${deleting?.status}`);
    }
    const gone = await eks.waitUntilClusterDeleted(waitOptions, { name: "referee-1" });
    const left = await send(new eks.ListClustersCommand({}));
    check(gone.state === "SUCCESS" && left.clusters?.length === 0,
        `waitUntilClusterDeleted: ${gone.state}; ListClusters: ${left.clusters?.length} left`);
}

await run(main);
