// SPDX-License-Identifier: GPL-3.0-or-later
// Referee for the Microsoft.Network routes of Barista's ARM test server (tests/servers/azure:
// virtual networks, public IP addresses, network interfaces, load balancers): the official
// @azure/arm-network NetworkManagementClient (x-ms-client-flatten models, LRO pollers, nextLink
// paging, RestError) must accept every reply. Rig (TLS, token, options): arm-rig.mjs.
//
// usage: node arm-network-referee.mjs --endpoint https://127.0.0.1:PORT --tenant T --client-id C --secret S --subscription SUB
// Exit 0 when every check passes, 1 otherwise. Run by barista_arm_referee (CTest ConformanceArmNetwork).

import { createRequire } from "node:module";
import { check, control, credential, failure, lro, options, pagesOf, raw, run, subscription } from "./arm-rig.mjs";

const require = createRequire(import.meta.url);
const { NetworkManagementClient } = require("@azure/arm-network");
const sdkVersion = require("@azure/arm-network/package.json").version;

const client = new NetworkManagementClient(credential, subscription, options);
const group = "referee-net-rg";
const location = "koreacentral";
const rgPath = `/subscriptions/${subscription}/resourceGroups/${group}`;
const net = `${rgPath}/providers/Microsoft.Network`;

async function main() {
    console.log(`@azure/arm-network ${sdkVersion} against ${options.endpoint}`);
    await control("/_barista/config", { pageSize: "2", asyncPolls: "1" });
    check((await raw("PUT", rgPath, "2021-04-01", { location })).status === 201, "resource group created (raw PUT)");

    // A virtual network and two NICs through the SDK's pollers.
    const vnet = await client.virtualNetworks.beginCreateOrUpdateAndWait(group, "ref-vnet", { location,
        addressSpace: { addressPrefixes: ["10.8.0.0/16"] }, subnets: [{ name: "backend", addressPrefix: "10.8.1.0/24" }] }, lro);
    const subnetId = vnet.subnets?.[0]?.id;
    check(vnet.provisioningState === "Succeeded" && subnetId?.endsWith("/virtualNetworks/ref-vnet/subnets/backend"),
        `virtualNetworks.beginCreateOrUpdateAndWait: ${vnet.provisioningState}, subnet ${vnet.subnets?.[0]?.name}`);
    const nicBody = (pools) => ({ location, ipConfigurations: [{ name: "ipconfig1", subnet: { id: subnetId },
        loadBalancerBackendAddressPools: pools.map((id) => ({ id })) }] });
    const nics = [];
    for (const i of [0, 1])
        nics.push(await client.networkInterfaces.beginCreateOrUpdateAndWait(group, `ref-nic-${i}`, nicBody([]), lro));
    const addresses = nics.map((n) => n.ipConfigurations?.[0]?.privateIPAddress);
    check(addresses.every((a) => a?.startsWith("10.8.1.")) && new Set(addresses).size === 2,
        `networkInterfaces.beginCreateOrUpdateAndWait x2: ${nics.map((n) => n.ipConfigurations?.[0]?.privateIPAddress).join(", ")}`);

    // Public IP addresses: Standard for the balancer, Basic to be refused by it.
    const pip = await client.publicIPAddresses.beginCreateOrUpdateAndWait(group, "ref-pip", { location,
        sku: { name: "Standard", tier: "Regional" }, publicIPAllocationMethod: "Static", tags: { "barista-token": "referee-net" } }, lro);
    check(pip.provisioningState === "Succeeded" && /^\d+\.\d+\.\d+\.\d+$/.test(pip.ipAddress ?? "") && pip.sku?.name === "Standard"
        && pip.tags?.["barista-token"] === "referee-net", `publicIPAddresses.beginCreateOrUpdateAndWait: ${pip.ipAddress}`);
    const basic = await client.publicIPAddresses.beginCreateOrUpdateAndWait(group, "ref-pip-basic", { location,
        sku: { name: "Basic" }, publicIPAllocationMethod: "Static" }, lro);
    await client.publicIPAddresses.beginCreateOrUpdateAndWait(group, "ref-pip-spare", { location,
        sku: { name: "Standard" }, publicIPAllocationMethod: "Static" }, lro);
    const gotPip = await client.publicIPAddresses.get(group, "ref-pip");
    check(gotPip.id === pip.id && gotPip.ipAddress === pip.ipAddress && gotPip.publicIPAllocationMethod === "Static",
        `publicIPAddresses.get: ${gotPip.name} ${gotPip.ipAddress}`);
    const pips = await pagesOf(client.publicIPAddresses.list(group));
    check(pips.pages === 2 && pips.items.length === 3, `publicIPAddresses.list(group).byPage(): ${pips.items.length} over ${pips.pages} pages`);

    // A Standard load balancer: frontend on the public IP, a pool, a TCP probe and a rule.
    const lbId = `${net}/loadBalancers/ref-lb`;
    const lbBody = (pipId) => ({ location, sku: { name: "Standard" }, tags: { "barista-token": "referee-net" },
        frontendIPConfigurations: [{ name: "fe", publicIPAddress: { id: pipId } }],
        backendAddressPools: [{ name: "pool" }],
        probes: [{ name: "probe", protocol: "Tcp", port: 22, intervalInSeconds: 5, numberOfProbes: 2 }],
        loadBalancingRules: [{ name: "rule", protocol: "Tcp", frontendPort: 80, backendPort: 22,
            frontendIPConfiguration: { id: `${lbId}/frontendIPConfigurations/fe` },
            backendAddressPool: { id: `${lbId}/backendAddressPools/pool` }, probe: { id: `${lbId}/probes/probe` } }] });
    const lb = await client.loadBalancers.beginCreateOrUpdateAndWait(group, "ref-lb", lbBody(pip.id), lro);
    check(lb.provisioningState === "Succeeded" && lb.sku?.name === "Standard"
        && lb.frontendIPConfigurations?.[0]?.publicIPAddress?.id === pip.id
        && lb.loadBalancingRules?.[0]?.frontendPort === 80 && lb.loadBalancingRules[0].backendPort === 22
        && lb.loadBalancingRules[0].probe?.id === `${lbId}/probes/probe` && lb.probes?.[0]?.intervalInSeconds === 5,
        `loadBalancers.beginCreateOrUpdateAndWait: ${lb.id}`);
    const mismatch = await failure(client.loadBalancers.beginCreateOrUpdateAndWait(group, "ref-lb-basic-ip",
        { ...lbBody(basic.id), loadBalancingRules: [], probes: [] }, lro));
    check(mismatch?.name === "RestError" && mismatch.statusCode === 400 && mismatch.code === "PublicIPAndLBSkuDoNotMatch",
        `a Basic public IP on a Standard balancer -> RestError ${mismatch?.statusCode} ${mismatch?.code}: ${mismatch?.message}`);

    // The NICs join the pool; the balancer then lists them as backendIPConfigurations.
    const poolId = `${lbId}/backendAddressPools/pool`;
    const joined = [];
    for (const i of [0, 1])
        joined.push(await client.networkInterfaces.beginCreateOrUpdateAndWait(group, `ref-nic-${i}`, nicBody([poolId]), lro));
    check(joined.map((n) => n.ipConfigurations?.[0]?.privateIPAddress).join() === addresses.join()
        && joined.every((n) => n.ipConfigurations[0].loadBalancerBackendAddressPools?.[0]?.id === poolId),
        "networkInterfaces update into the pool: each NIC keeps its dynamic address");
    const members = (x) => (x.backendAddressPools?.[0]?.backendIPConfigurations ?? []).map((c) => c.id).sort().join();
    const expected = nics.map((n) => n.ipConfigurations[0].id).sort().join();
    const got = await client.loadBalancers.get(group, "ref-lb");
    check(members(got) === expected, `loadBalancers.get: pool members ${members(got) ? "both NICs" : "none"}`);
    const inGroup = await pagesOf(client.loadBalancers.list(group));
    check(inGroup.items.length === 1 && members(inGroup.items[0]) === expected, "loadBalancers.list(group): the balancer with its pool members");
    const everywhere = await pagesOf(client.loadBalancers.listAll());
    check(everywhere.items.length === 1 && members(everywhere.items[0]) === expected,
        "loadBalancers.listAll(): the balancer with its pool members");

    // Errors: RestError with ARM's code and message.
    const missing = await failure(client.loadBalancers.get(group, "no-such-lb"));
    check(missing?.name === "RestError" && missing.statusCode === 404 && missing.code === "ResourceNotFound"
        && missing.message.includes("'Microsoft.Network/loadBalancers/no-such-lb'"), `get of a missing balancer -> ${missing?.code}: ${missing?.message}`);
    const pipInUse = await failure(client.publicIPAddresses.beginDeleteAndWait(group, "ref-pip", lro));
    check(pipInUse?.name === "RestError" && pipInUse.statusCode === 400 && pipInUse.code === "PublicIPAddressCannotBeDeleted",
        `deleting the balancer's public IP -> ${pipInUse?.code}`);
    await control("/_barista/faults", { Path: "loadBalancers/ref-lb", Method: "GET", Status: "429", Code: "TooManyRequests",
        Message: "The request is being throttled.", Times: "1", RetryAfter: "0" });
    const retried = await client.loadBalancers.get(group, "ref-lb");
    const throttled = (await control("/_barista/requests")).records.filter((r) => r.path.endsWith("/ref-lb") && r.status === 429);
    check(retried.name === "ref-lb" && throttled.length === 1, "429 + Retry-After on a balancer GET retried by the SDK");

    // Deletes, in the order ARM allows: NICs leave the pool (or go), then the balancer, then the IPs.
    for (const i of [0, 1])
        await client.networkInterfaces.beginDeleteAndWait(group, `ref-nic-${i}`, lro);
    await client.loadBalancers.beginDeleteAndWait(group, "ref-lb", lro);
    for (const name of ["ref-pip", "ref-pip-basic", "ref-pip-spare"])
        await client.publicIPAddresses.beginDeleteAndWait(group, name, lro);
    await client.virtualNetworks.beginDeleteAndWait(group, "ref-vnet", lro);
    const leftLbs = await pagesOf(client.loadBalancers.list(group));
    const leftPips = await pagesOf(client.publicIPAddresses.list(group));
    const gone = await failure(client.publicIPAddresses.get(group, "ref-pip"));
    check(leftLbs.items.length === 0 && leftPips.items.length === 0 && gone?.statusCode === 404,
        `beginDeleteAndWait: ${leftLbs.items.length} balancers, ${leftPips.items.length} public IPs left; GET -> ${gone?.statusCode}`);
}

await run(main);
