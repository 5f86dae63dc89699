// SPDX-License-Identifier: GPL-3.0-or-later
// Shared rig of the AWS referees run by barista_ec2_referee (ec2-referee.mjs, elbv2-referee.mjs,
// eks-referee.mjs), on referee-rig.mjs: command line, checks, the EC2 test server's /_barista
// control API, client configuration (endpoint, region, credentials, attempts), the
// @aws-sdk/client-ec2 client every script needs, waiter options, paginator collection and the
// EC2 set-up the ELBv2 and EKS scripts share.
//
// Command line: --endpoint http://127.0.0.1:PORT --access-key K --secret S [--region R]

import { createRequire } from "node:module";
import { generateKeyPairSync } from "node:crypto";
import { arg, collectPages, controlAt, failure, requireArgs } from "./referee-rig.mjs";

export { check, failure, run } from "./referee-rig.mjs";

const require = createRequire(import.meta.url);
export const ec2 = require("@aws-sdk/client-ec2");

export const endpoint = arg("--endpoint");
export const accessKeyId = arg("--access-key");
export const secretAccessKey = arg("--secret");
export const region = arg("--region", "us-east-1");
requireArgs([endpoint, accessKeyId, secretAccessKey], "--endpoint URL --access-key K --secret S [--region R]");

export const control = controlAt(endpoint);

// A client configuration for the test server. By default one attempt, so that a check sees the
// server's first answer; the retry checks ask for 3, the auth checks for another secret or key.
export const config = (secret = secretAccessKey, maxAttempts = 1, keyId = accessKeyId) =>
    ({ endpoint, region, maxAttempts, credentials: { accessKeyId: keyId, secretAccessKey: secret } });
export const ec2Client = new ec2.EC2Client(config());

// send(command[, client]) and expectError(command[, client]) (the error, or null) on the script's
// own default client.
export const sendersFor = (sdk) => ({
    send: (command, client = sdk) => client.send(command),
    expectError: (command, client = sdk) => failure(client.send(command)),
});

// The SDK waiters' options: poll every 1-2 s, give up after a minute.
export const waitOptions = (client) => ({ client, maxWaitTime: 60, minDelay: 1, maxDelay: 2 });

// Every item under KEY of the pages a paginator yields, and how many pages it took.
export const pagesOf = (paginator, key) => collectPages(paginator, (page) => page[key]);

// A VPC 10.N.0.0/16 with subnets 10.N.1.0/24 and 10.N.2.0/24 in the first two zones.
export async function vpcInTwoZones(n) {
    const zones = (await ec2Client.send(new ec2.DescribeAvailabilityZonesCommand({}))).AvailabilityZones;
    const vpc = (await ec2Client.send(new ec2.CreateVpcCommand({ CidrBlock: `10.${n}.0.0/16` }))).Vpc;
    const subnets = [];
    for (const [i, zone] of zones.slice(0, 2).entries())
        subnets.push((await ec2Client.send(new ec2.CreateSubnetCommand({ VpcId: vpc.VpcId, CidrBlock: `10.${n}.${i + 1}.0/24`,
            AvailabilityZone: zone.ZoneName }))).Subnet.SubnetId);
    return { vpc, subnets };
}

// An OpenSSH "ssh-ed25519 AAAA..." line from a fresh key (RFC 8709 wire encoding).
export function opensshEd25519() {
    const { publicKey } = generateKeyPairSync("ed25519");
    const raw = Buffer.from(publicKey.export({ format: "jwk" }).x, "base64url");
    const str = (b) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
    return `ssh-ed25519 ${Buffer.concat([str(Buffer.from("ssh-ed25519")), str(raw)]).toString("base64")} referee`;
}
