// SPDX-License-Identifier: GPL-3.0-or-later
// Referee for Barista's EC2 test server (tests/servers/ec2): the official AWS SDK,
// @aws-sdk/client-ec2, talks to it and must accept every reply. If the SDK's own request
// serialiser, SigV4 signer, XML parser, paginator, waiter and error/retry classifier all work
// against the server, the server speaks EC2 -- and adapter tests against it mean something.
//
// usage: node ec2-referee.mjs --endpoint http://127.0.0.1:PORT --access-key K --secret S [--region R]
// Exit 0 when every check passes, 1 otherwise. Run by barista_ec2_referee (CTest ConformanceEc2).
// Rig (command line, checks, client configuration): aws-rig.mjs.

import { createRequire } from "node:module";
import { check, config, control, ec2, ec2Client, endpoint, opensshEd25519, pagesOf, region, run, secretAccessKey,
    sendersFor, waitOptions } from "./aws-rig.mjs";

const require = createRequire(import.meta.url);
const sdkVersion = require("@aws-sdk/client-ec2/package.json").version;

const client = (...args) => new ec2.EC2Client(config(...args));
const sdk = ec2Client;
const { send, expectError } = sendersFor(sdk);

async function main() {
    console.log(`@aws-sdk/client-ec2 ${sdkVersion} (node ${process.version}) against ${endpoint}, region ${region}`);

    // Catalog.
    const regions = await send(new ec2.DescribeRegionsCommand({}));
    const names = (regions.Regions ?? []).map((r) => r.RegionName);
    check(names.includes(region) && regions.Regions.every((r) => r.Endpoint), `DescribeRegions: ${names.join(", ")}`);
    check(typeof regions.$metadata.requestId === "string" && regions.$metadata.requestId.length > 0,
        "DescribeRegions: the SDK read the requestId");
    const zones = await send(new ec2.DescribeAvailabilityZonesCommand({}));
    const zone = zones.AvailabilityZones?.[0]?.ZoneName;
    check(zones.AvailabilityZones?.length >= 2 && zones.AvailabilityZones.every((z) => z.State === "available" && z.ZoneId),
        `DescribeAvailabilityZones: ${zones.AvailabilityZones?.map((z) => `${z.ZoneName}/${z.ZoneId}`).join(", ")}`);
    let types = 0;
    let gpu = null;
    for await (const page of ec2.paginateDescribeInstanceTypes({ client: sdk, pageSize: 5 }, {})) {
        types += page.InstanceTypes.length;
        gpu ??= page.InstanceTypes.find((t) => t.GpuInfo)?.GpuInfo?.Gpus?.[0];
    }
    check(types > 5 && gpu?.Manufacturer === "NVIDIA" && gpu?.MemoryInfo?.SizeInMiB > 0,
        `DescribeInstanceTypes (paginator, pages of 5): ${types} types, GPU ${gpu?.Manufacturer} ${gpu?.Name}`);
    const images = await send(new ec2.DescribeImagesCommand({ Owners: ["099720109477"],
        Filters: [{ Name: "name", Values: ["ubuntu/images/*22.04-amd64*"] }] }));
    const image = images.Images?.[0];
    check(images.Images?.length === 1 && image.BlockDeviceMappings?.[0]?.Ebs?.VolumeSize > 0,
        `DescribeImages (owner + wildcard filter): ${image?.ImageId} ${image?.Name}`);

    // Network, security group, key pair.
    const vpc = (await send(new ec2.CreateVpcCommand({ CidrBlock: "10.20.0.0/16",
        TagSpecifications: [{ ResourceType: "vpc", Tags: [{ Key: "barista:infra", Value: "referee" }] }] }))).Vpc;
    check(vpc?.VpcId?.startsWith("vpc-") && vpc.Tags?.[0]?.Value === "referee", `CreateVpc: ${vpc?.VpcId}`);
    const subnet = (await send(new ec2.CreateSubnetCommand({ VpcId: vpc.VpcId, CidrBlock: "10.20.1.0/24",
        AvailabilityZone: zone }))).Subnet;
    check(subnet?.SubnetId?.startsWith("subnet-") && subnet.AvailableIpAddressCount === 251,
        `CreateSubnet: ${subnet?.SubnetId} in ${subnet?.AvailabilityZone}`);
    const group = await send(new ec2.CreateSecurityGroupCommand({ GroupName: "referee-ssh", Description: "ssh only",
        VpcId: vpc.VpcId }));
    const rule = await send(new ec2.AuthorizeSecurityGroupIngressCommand({ GroupId: group.GroupId,
        IpPermissions: [{ IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }] }));
    check(rule.Return === true && rule.SecurityGroupRules?.[0]?.FromPort === 22, "AuthorizeSecurityGroupIngress");
    const groups = await send(new ec2.DescribeSecurityGroupsCommand({ GroupIds: [group.GroupId] }));
    const perm = groups.SecurityGroups?.[0]?.IpPermissions?.[0];
    check(perm?.IpProtocol === "tcp" && perm.IpRanges?.[0]?.CidrIp === "0.0.0.0/0",
        `DescribeSecurityGroups: ${group.GroupId} tcp/${perm?.FromPort}`);
    const key = await send(new ec2.ImportKeyPairCommand({ KeyName: "referee-key",
        PublicKeyMaterial: Buffer.from(opensshEd25519()) }));
    check(key.KeyPairId?.startsWith("key-") && key.KeyFingerprint, `ImportKeyPair: ${key.KeyPairId}`);
    const keys = await send(new ec2.DescribeKeyPairsCommand({ KeyNames: ["referee-key"] }));
    check(keys.KeyPairs?.[0]?.KeyType === "ed25519" && keys.KeyPairs[0].CreateTime instanceof Date, "DescribeKeyPairs");

    // RunInstances with tags and a ClientToken; the same token again is the same reservation.
    const run = { ImageId: image.ImageId, InstanceType: "t3.micro", MinCount: 7, MaxCount: 7, KeyName: "referee-key",
        SubnetId: subnet.SubnetId, SecurityGroupIds: [group.GroupId], ClientToken: "barista-referee-0001",
        TagSpecifications: [{ ResourceType: "instance",
            Tags: [{ Key: "barista:infra", Value: "referee" }, { Key: "Name", Value: "referee-node" }] }] };
    const first = await send(new ec2.RunInstancesCommand(run));
    const ids = (first.Instances ?? []).map((i) => i.InstanceId);
    check(ids.length === 7 && first.Instances.every((i) => i.State?.Name === "pending" && i.State?.Code === 0),
        `RunInstances: reservation ${first.ReservationId}, ${ids.length} pending instances`);
    check(first.Instances?.[0]?.Tags?.some((t) => t.Key === "barista:infra") && first.Instances[0].LaunchTime instanceof Date,
        "RunInstances: tags and launch time parsed");
    const again = await send(new ec2.RunInstancesCommand(run));
    check(again.ReservationId === first.ReservationId, "RunInstances: same ClientToken gives the same reservation");
    const mismatch = await expectError(new ec2.RunInstancesCommand({ ...run, InstanceType: "m5.large" }));
    check(mismatch?.name === "IdempotentParameterMismatch" && mismatch.$metadata?.httpStatusCode === 400,
        `RunInstances: same token, other parameters -> ${mismatch?.name}`);

    // DescribeInstances through the SDK's paginator: more than one page.
    const { pages, items: reservations } = await pagesOf(ec2.paginateDescribeInstances({ client: sdk, pageSize: 5 },
        { Filters: [{ Name: "tag:barista:infra", Values: ["referee"] }, { Name: "instance-state-name", Values: ["pending", "running"] }] }),
        "Reservations");
    const seen = reservations.flatMap((r) => r.Instances ?? []).map((i) => i.InstanceId);
    check(pages === 2 && seen.length === 7 && ids.every((id) => seen.includes(id)),
        `DescribeInstances (paginator, pageSize 5, tag + state filters): ${pages} pages, ${seen.length} instances`);

    // The SDK's own waiter reads the instance state from our XML.
    const waited = await ec2.waitUntilInstanceRunning(waitOptions(sdk),
        { InstanceIds: ids });
    check(waited.state === "SUCCESS", `waitUntilInstanceRunning: ${waited.state}`);

    // A disk through its lifecycle.
    const volume = await send(new ec2.CreateVolumeCommand({ AvailabilityZone: zone, Size: 10, VolumeType: "gp3" }));
    await ec2.waitUntilVolumeAvailable(waitOptions(sdk), { VolumeIds: [volume.VolumeId] });
    const attach = await send(new ec2.AttachVolumeCommand({ VolumeId: volume.VolumeId, InstanceId: ids[0], Device: "/dev/sdf" }));
    check(attach.State === "attaching" && attach.AttachTime instanceof Date, `CreateVolume + AttachVolume: ${volume.VolumeId}`);
    const modified = await send(new ec2.ModifyVolumeCommand({ VolumeId: volume.VolumeId, Size: 20 }));
    check(modified.VolumeModification?.TargetSize === 20 && modified.VolumeModification.OriginalSize === 10, "ModifyVolume");
    await send(new ec2.DetachVolumeCommand({ VolumeId: volume.VolumeId }));
    await ec2.waitUntilVolumeAvailable(waitOptions(sdk), { VolumeIds: [volume.VolumeId] });
    const deleted = await send(new ec2.DeleteVolumeCommand({ VolumeId: volume.VolumeId }));
    check(deleted.$metadata.httpStatusCode === 200, "DetachVolume + DeleteVolume");

    // Tags.
    await send(new ec2.CreateTagsCommand({ Resources: [ids[0]], Tags: [{ Key: "role", Value: "leader" }] }));
    const tags = await send(new ec2.DescribeTagsCommand({ Filters: [{ Name: "resource-id", Values: [ids[0]] }] }));
    check(tags.Tags?.some((t) => t.Key === "role" && t.ResourceType === "instance"), "CreateTags + DescribeTags");

    // Errors: the SDK surfaces the server's code and message, and the VPC still has dependencies.
    const busy = await expectError(new ec2.DeleteVpcCommand({ VpcId: vpc.VpcId }));
    check(busy?.name === "DependencyViolation", `DeleteVpc with a subnet -> ${busy?.name}: ${busy?.message}`);
    const missing = await expectError(new ec2.DescribeInstancesCommand({ InstanceIds: ["i-0123456789abcdef0"] }));
    check(missing?.name === "InvalidInstanceID.NotFound" && missing.message === "The instance ID 'i-0123456789abcdef0' does not exist",
        `DescribeInstances of an unknown id -> ${missing?.name}`);

    // Terminate.
    const terminated = await send(new ec2.TerminateInstancesCommand({ InstanceIds: ids }));
    check(terminated.TerminatingInstances?.length === 7
        && terminated.TerminatingInstances.every((t) => t.CurrentState?.Name === "shutting-down" && t.PreviousState?.Name === "running"),
        "TerminateInstances: running -> shutting-down");
    const gone = await ec2.waitUntilInstanceTerminated(waitOptions(sdk), { InstanceIds: ids });
    check(gone.state === "SUCCESS", `waitUntilInstanceTerminated: ${gone.state}`);

    // A wrong secret: the SDK reports the server's code and message, and does not retry it
    // (default retry strategy, 3 attempts allowed): the server sees exactly one request.
    await control("/_barista/requests/clear", {});
    const denied = await expectError(new ec2.DescribeRegionsCommand({}), client("not-the-secret", 3));
    const after = await control("/_barista/requests");
    check(denied?.name === "SignatureDoesNotMatch" && denied.$metadata?.httpStatusCode === 403
        && denied.message.startsWith("The request signature we calculated does not match"),
        `wrong secret -> ${denied?.name} (HTTP ${denied?.$metadata?.httpStatusCode}): ${denied?.message}`);
    check(after.count === 1, `wrong secret: the server saw ${after.count} request(s), no retry`);

    const unknown = await expectError(new ec2.DescribeRegionsCommand({}), client(secretAccessKey, 3, "AKIDUNKNOWNKEY"));
    check(unknown?.name === "AuthFailure" && unknown.$metadata?.httpStatusCode === 401,
        `unknown access key -> ${unknown?.name} (HTTP ${unknown?.$metadata?.httpStatusCode}): ${unknown?.message}`);

    // Throttling: the SDK recognises RequestLimitExceeded as throttling and retries it.
    await control("/_barista/requests/clear", {});
    await control("/_barista/faults", { Action: "DescribeRegions", Code: "RequestLimitExceeded", Status: "503",
        Message: "Request limit exceeded.", Times: "1" });
    const retried = await send(new ec2.DescribeRegionsCommand({}), client(secretAccessKey, 3));
    const log = await control("/_barista/requests");
    check(retried.$metadata.attempts === 2 && log.count === 2 && log.records[0].code === "RequestLimitExceeded",
        `RequestLimitExceeded then success: ${retried.$metadata.attempts} attempts, server saw ${log.count}`);
}

await run(main);
