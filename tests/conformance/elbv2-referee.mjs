// SPDX-License-Identifier: GPL-3.0-or-later
// Referee for the ELBv2 routes of Barista's EC2 test server (tests/servers/ec2/Elbv2*): the
// official AWS SDK, @aws-sdk/client-elastic-load-balancing-v2, talks to it (AWS Query protocol,
// Version 2015-12-01, SigV4 for the service "elasticloadbalancing") and must accept every reply:
// its XML parser, paginators (Marker / NextMarker), waiters, typed exceptions (awsQueryError codes)
// and retry classifier. The EC2 side (VPC, subnets, instances) is set up with @aws-sdk/client-ec2.
//
// usage: node elbv2-referee.mjs --endpoint http://127.0.0.1:PORT --access-key K --secret S [--region R]
// Exit 0 when every check passes, 1 otherwise. Run by barista_ec2_referee (CTest ConformanceElbv2).
// Rig (command line, checks, client configuration, EC2 set-up): aws-rig.mjs.

import { createRequire } from "node:module";
import { check, config, control, ec2, ec2Client, endpoint, pagesOf, run, secretAccessKey, sendersFor, vpcInTwoZones,
    waitOptions } from "./aws-rig.mjs";

const require = createRequire(import.meta.url);
const elb = require("@aws-sdk/client-elastic-load-balancing-v2");
const sdkVersion = require("@aws-sdk/client-elastic-load-balancing-v2/package.json").version;

const sdk = new elb.ElasticLoadBalancingV2Client(config());
const { send, expectError } = sendersFor(sdk);

// The SDK's own exception class for the wire code (awsQueryError), HTTP 400 as ELBv2 answers.
const typed = (e, type) => e instanceof type && e instanceof elb.ElasticLoadBalancingV2ServiceException
    && e.name === type.name && e.$metadata?.httpStatusCode === 400;

// ELBv2's paginated trait names no page-size member: the paginator's pageSize option is ignored,
// so PageSize goes into the input (and the paginator carries it to every page with the Marker).
const collect = (paginate, input, pageSize, key) => pagesOf(paginate({ client: sdk }, { ...input, PageSize: pageSize }), key);

async function main() {
    console.log(`@aws-sdk/client-elastic-load-balancing-v2 ${sdkVersion} (node ${process.version}) against ${endpoint}`);

    // The EC2 side: a VPC with subnets in two zones and two running instances.
    const { vpc, subnets } = await vpcInTwoZones(30);
    const image = (await send(new ec2.DescribeImagesCommand({ Owners: ["099720109477"],
        Filters: [{ Name: "name", Values: ["ubuntu/images/*22.04-amd64*"] }] }), ec2Client)).Images[0];
    const run = await send(new ec2.RunInstancesCommand({ ImageId: image.ImageId, InstanceType: "t3.micro", MinCount: 2,
        MaxCount: 2, SubnetId: subnets[0] }), ec2Client);
    const instances = run.Instances.map((i) => i.InstanceId);
    await ec2.waitUntilInstanceRunning(waitOptions(ec2Client), { InstanceIds: instances });

    // Target group: every field the SDK parses, idempotent by name and settings.
    const tgInput = { Name: "referee-tcp", Protocol: "TCP", Port: 8080, VpcId: vpc.VpcId, TargetType: "instance",
        HealthCheckProtocol: "TCP", HealthCheckIntervalSeconds: 10, HealthyThresholdCount: 3, UnhealthyThresholdCount: 3,
        Tags: [{ Key: "barista-token", Value: "referee-1" }] };
    const tg = (await send(new elb.CreateTargetGroupCommand(tgInput))).TargetGroups?.[0];
    check(tg?.TargetGroupArn?.includes(":targetgroup/referee-tcp/") && tg.Port === 8080 && tg.Protocol === "TCP"
        && tg.HealthCheckIntervalSeconds === 10 && tg.HealthCheckEnabled === true && Array.isArray(tg.LoadBalancerArns),
        `CreateTargetGroup: ${tg?.TargetGroupArn}`);
    const tgAgain = (await send(new elb.CreateTargetGroupCommand(tgInput))).TargetGroups?.[0];
    check(tgAgain?.TargetGroupArn === tg.TargetGroupArn, "CreateTargetGroup: same name and settings -> the same group");
    const dupTg = await expectError(new elb.CreateTargetGroupCommand({ ...tgInput, Port: 9090 }));
    check(typed(dupTg, elb.DuplicateTargetGroupNameException), `CreateTargetGroup: other settings -> ${dupTg?.name}: ${dupTg?.message}`);
    const extra = [];
    for (const n of [1, 2, 3])
        extra.push((await send(new elb.CreateTargetGroupCommand({ Name: `referee-extra-${n}`, Protocol: "TCP",
            Port: 9000 + n, VpcId: vpc.VpcId }))).TargetGroups[0].TargetGroupArn);

    // Targets.
    const registered = await send(new elb.RegisterTargetsCommand({ TargetGroupArn: tg.TargetGroupArn,
        Targets: instances.map((Id) => ({ Id, Port: 8080 })) }));
    check(registered.$metadata.httpStatusCode === 200, "RegisterTargets: 2 instances");
    const badTarget = await expectError(new elb.RegisterTargetsCommand({ TargetGroupArn: tg.TargetGroupArn,
        Targets: [{ Id: "i-0123456789abcdef0" }] }));
    check(typed(badTarget, elb.InvalidTargetException) && badTarget.message.includes("i-0123456789abcdef0"),
        `RegisterTargets of an unknown instance -> ${badTarget?.name}: ${badTarget?.message}`);

    // Load balancers: a network one in two zones (provisioning -> active through the SDK's waiter)
    // and an internal one, for paging.
    const lbInput = { Name: "referee-nlb", Type: "network", Scheme: "internet-facing", Subnets: subnets,
        Tags: [{ Key: "barista-token", Value: "referee-1" }] };
    const lb = (await send(new elb.CreateLoadBalancerCommand(lbInput))).LoadBalancers?.[0];
    check(lb?.LoadBalancerArn?.includes(":loadbalancer/net/referee-nlb/") && lb.Type === "network"
        && lb.State?.Code === "provisioning" && lb.CreatedTime instanceof Date && lb.DNSName?.endsWith(".amazonaws.com")
        && lb.AvailabilityZones?.length === 2 && lb.AvailabilityZones.every((z) => z.LoadBalancerAddresses?.[0]?.IpAddress),
        `CreateLoadBalancer (network): ${lb?.LoadBalancerArn} ${lb?.State?.Code} ${lb?.DNSName}`);
    const dupLb = await expectError(new elb.CreateLoadBalancerCommand({ ...lbInput, Scheme: "internal" }));
    check(typed(dupLb, elb.DuplicateLoadBalancerNameException),
        `CreateLoadBalancer: same name, other settings -> ${dupLb?.name}: ${dupLb?.message}`);
    const internal = (await send(new elb.CreateLoadBalancerCommand({ Name: "referee-internal", Type: "network",
        Scheme: "internal", Subnets: [subnets[1]] }))).LoadBalancers[0];
    check(internal.Scheme === "internal" && internal.AvailabilityZones?.[0]?.LoadBalancerAddresses?.[0]?.PrivateIPv4Address?.startsWith("10.30.2."),
        `CreateLoadBalancer (internal): ${internal.AvailabilityZones?.[0]?.LoadBalancerAddresses?.[0]?.PrivateIPv4Address}`);
    const available = await elb.waitUntilLoadBalancerAvailable(waitOptions(sdk), { LoadBalancerArns: [lb.LoadBalancerArn] });
    check(available.state === "SUCCESS", `waitUntilLoadBalancerAvailable: ${available.state}`);

    // Listeners: forward to a target group.
    const listener = (await send(new elb.CreateListenerCommand({ LoadBalancerArn: lb.LoadBalancerArn, Protocol: "TCP",
        Port: 80, DefaultActions: [{ Type: "forward", TargetGroupArn: tg.TargetGroupArn }] }))).Listeners?.[0];
    check(listener?.ListenerArn?.includes(":listener/net/referee-nlb/") && listener.Port === 80
        && listener.DefaultActions?.[0]?.Type === "forward" && listener.DefaultActions[0].TargetGroupArn === tg.TargetGroupArn
        && listener.DefaultActions[0].ForwardConfig?.TargetGroups?.[0]?.Weight === 1,
        `CreateListener TCP:80 -> ${listener?.ListenerArn}`);
    await send(new elb.CreateListenerCommand({ LoadBalancerArn: lb.LoadBalancerArn, Protocol: "TCP", Port: 443,
        DefaultActions: [{ Type: "forward", TargetGroupArn: extra[0] }] }));

    // Reads through the SDK's paginators (the server pages with PageSize and an opaque Marker).
    const lbs = await collect(elb.paginateDescribeLoadBalancers, {}, 1, "LoadBalancers");
    check(lbs.pages === 2 && lbs.items.map((x) => x.LoadBalancerName).join() === "referee-nlb,referee-internal"
        && lbs.items[0].State.Code === "active",
        `DescribeLoadBalancers (paginator, PageSize 1): ${lbs.pages} pages, ${lbs.items.length} load balancers`);
    const tgs = await collect(elb.paginateDescribeTargetGroups, {}, 3, "TargetGroups");
    check(tgs.pages === 2 && tgs.items.length === 4 && tgs.items[0].LoadBalancerArns?.[0] === lb.LoadBalancerArn,
        `DescribeTargetGroups (paginator, PageSize 3): ${tgs.pages} pages, ${tgs.items.length} target groups`);
    const byLb = await send(new elb.DescribeTargetGroupsCommand({ LoadBalancerArn: lb.LoadBalancerArn }));
    check(byLb.TargetGroups?.length === 2 && byLb.NextMarker === undefined, "DescribeTargetGroups by LoadBalancerArn: 2");
    const listeners = await collect(elb.paginateDescribeListeners, { LoadBalancerArn: lb.LoadBalancerArn }, 1, "Listeners");
    check(listeners.pages === 2 && listeners.items.map((x) => x.Port).join() === "80,443",
        `DescribeListeners (paginator, PageSize 1): ${listeners.pages} pages, ports ${listeners.items.map((x) => x.Port)}`);
    const health = await send(new elb.DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn }));
    const descriptions = health.TargetHealthDescriptions ?? [];
    check(descriptions.length === 2 && descriptions.every((d) => d.TargetHealth?.State === "healthy"
        && d.Target?.Port === 8080 && instances.includes(d.Target.Id) && d.HealthCheckPort === "8080"),
        `DescribeTargetHealth: ${descriptions.map((d) => `${d.Target?.Id}:${d.TargetHealth?.State}`).join(", ")}`);
    const one = await send(new elb.DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn,
        Targets: [{ Id: instances[1], Port: 8080 }, { Id: instances[0], Port: 9999 }] }));
    const only = one.TargetHealthDescriptions?.find((d) => d.Target?.Port === 8080);
    const notRegistered = one.TargetHealthDescriptions?.find((d) => d.Target?.Port === 9999);
    check(one.TargetHealthDescriptions?.length === 2 && only?.Target?.Id === instances[1] && only.TargetHealth?.State === "healthy"
        && notRegistered?.TargetHealth?.State === "unused" && notRegistered.TargetHealth.Reason === "Target.NotRegistered",
        `DescribeTargetHealth with Targets: ${one.TargetHealthDescriptions?.map((d) => `${d.Target?.Port}:${d.TargetHealth?.State}`).join(", ")}`);
    const unused = await send(new elb.DescribeTargetHealthCommand({ TargetGroupArn: extra[1] }));
    check(unused.TargetHealthDescriptions?.length === 0, "DescribeTargetHealth of a group without targets: empty list");
    const inService = await elb.waitUntilTargetInService(waitOptions(sdk),
        { TargetGroupArn: tg.TargetGroupArn, Targets: instances.map((Id) => ({ Id, Port: 8080 })) });
    check(inService.state === "SUCCESS", `waitUntilTargetInService: ${inService.state}`);
    const tags = await send(new elb.DescribeTagsCommand({ ResourceArns: [lb.LoadBalancerArn, tg.TargetGroupArn] }));
    check(tags.TagDescriptions?.length === 2 && tags.TagDescriptions.every((d) =>
        d.Tags?.some((t) => t.Key === "barista-token" && t.Value === "referee-1")), "DescribeTags: our tags on both");

    // Errors: typed exceptions with the server's code and message.
    const missing = await expectError(new elb.DescribeLoadBalancersCommand({ LoadBalancerArns:
        [lb.LoadBalancerArn.replace(/\/[0-9a-f]+$/, "/0000000000000000")] }));
    check(typed(missing, elb.LoadBalancerNotFoundException) && missing.message === "One or more load balancers not found"
        && typeof missing.$metadata.requestId === "string",
        `DescribeLoadBalancers of an unknown ARN -> ${missing?.name}: ${missing?.message}`);
    const busy = await expectError(new elb.DeleteTargetGroupCommand({ TargetGroupArn: tg.TargetGroupArn }));
    check(typed(busy, elb.ResourceInUseException) && busy.message.includes(tg.TargetGroupArn),
        `DeleteTargetGroup in use -> ${busy?.name}: ${busy?.message}`);
    const badPage = await expectError(new elb.DescribeLoadBalancersCommand({ PageSize: 401 }));
    check(badPage?.name === "ValidationError" && badPage.$metadata?.httpStatusCode === 400
        && badPage instanceof elb.ElasticLoadBalancingV2ServiceException,
        `DescribeLoadBalancers PageSize 401 -> ${badPage?.name}: ${badPage?.message}`);

    // Throttling: the SDK classifies ELBv2's "Throttling" code as throttling and retries.
    await control("/_barista/requests/clear", {});
    await control("/_barista/faults", { Action: "DescribeListeners", Code: "RequestLimitExceeded", Times: "1" });
    const retried = await send(new elb.DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn }),
        new elb.ElasticLoadBalancingV2Client(config(secretAccessKey, 3)));
    const log = await control("/_barista/requests");
    check(retried.$metadata.attempts === 2 && log.count === 2 && log.records[0].code === "Throttling",
        `Throttling then success: ${retried.$metadata.attempts} attempts, server saw ${log.count}`);

    // A wrong secret: the server's code and message, no retry.
    await control("/_barista/requests/clear", {});
    const denied = await expectError(new elb.DescribeLoadBalancersCommand({}),
        new elb.ElasticLoadBalancingV2Client(config("not-the-secret", 3)));
    const after = await control("/_barista/requests");
    check(denied?.name === "SignatureDoesNotMatch" && denied.$metadata?.httpStatusCode === 403 && after.count === 1,
        `wrong secret -> ${denied?.name} (HTTP ${denied?.$metadata?.httpStatusCode}), server saw ${after.count} request(s)`);

    // Deletes, in the order the API allows.
    for (const l of listeners.items)
        await send(new elb.DeleteListenerCommand({ ListenerArn: l.ListenerArn }));
    const noListeners = await send(new elb.DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn }));
    check(noListeners.Listeners?.length === 0, "DeleteListener x2: none left");
    const goneListener = await expectError(new elb.DeleteListenerCommand({ ListenerArn: listener.ListenerArn }));
    check(typed(goneListener, elb.ListenerNotFoundException), `DeleteListener again -> ${goneListener?.name}`);
    for (const x of [lb, internal])
        await send(new elb.DeleteLoadBalancerCommand({ LoadBalancerArn: x.LoadBalancerArn }));
    const deleted = await elb.waitUntilLoadBalancersDeleted(waitOptions(sdk), { LoadBalancerArns: [lb.LoadBalancerArn] });
    check(deleted.state === "SUCCESS", `DeleteLoadBalancer x2 + waitUntilLoadBalancersDeleted: ${deleted.state}`);
    for (const arn of [tg.TargetGroupArn, ...extra])
        await send(new elb.DeleteTargetGroupCommand({ TargetGroupArn: arn }));
    const none = await send(new elb.DescribeTargetGroupsCommand({}));
    check(none.TargetGroups?.length === 0, "DeleteTargetGroup x4: none left");
    const goneTg = await expectError(new elb.DescribeTargetGroupsCommand({ Names: ["referee-tcp"] }));
    check(typed(goneTg, elb.TargetGroupNotFoundException), `DescribeTargetGroups of a deleted name -> ${goneTg?.name}`);
}

await run(main);
