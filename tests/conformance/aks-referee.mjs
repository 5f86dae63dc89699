// SPDX-License-Identifier: GPL-3.0-or-later
// Referee for the Microsoft.ContainerService/managedClusters routes (AKS) of Barista's ARM test
// server (tests/servers/azure/AzureArmManagedClusters.cpp): the official @azure/arm-containerservice
// ContainerServiceClient creates, reads, lists and deletes clusters with its own LRO poller (the
// server's Azure-AsyncOperation under Microsoft.ContainerService/locations/{l}/operations), nextLink
// paging and RestError. Rig (TLS, token, options): arm-rig.mjs.
//
// usage: node aks-referee.mjs --endpoint https://127.0.0.1:PORT --tenant T --client-id C --secret S --subscription SUB
// Exit 0 when every check passes, 1 otherwise. Run by barista_arm_referee (CTest ConformanceAks).

import { createRequire } from "node:module";
import { check, control, credential, failure, lro, options, pagesOf, raw, run, subscription } from "./arm-rig.mjs";

const require = createRequire(import.meta.url);
const { ContainerServiceClient } = require("@azure/arm-containerservice");
const sdkVersion = require("@azure/arm-containerservice/package.json").version;

const client = new ContainerServiceClient(credential, subscription, options);
const group = "referee-aks-rg";
const location = "koreacentral";
const rgPath = `/subscriptions/${subscription}/resourceGroups/${group}`;
const vnetPath = `${rgPath}/providers/Microsoft.Network/virtualNetworks/ref-aks-vnet`;

async function main() {
    console.log(`@azure/arm-containerservice ${sdkVersion} against ${options.endpoint}`);
    await control("/_barista/config", { pageSize: "2", asyncPolls: "2" });
    check((await raw("PUT", rgPath, "2021-04-01", { location })).status === 201, "resource group created (raw PUT)");
    const vnet = await raw("PUT", vnetPath, "2024-05-01", { location, properties: {
        addressSpace: { addressPrefixes: ["10.9.0.0/16"] }, subnets: [{ name: "nodes", properties: { addressPrefix: "10.9.0.0/20" } }] } });
    const subnetId = vnet.json.properties?.subnets?.[0]?.id;
    check(vnet.status === 201 && subnetId, "virtual network with a node subnet (raw PUT)");

    const cluster = (name, extra = {}) => ({ location, dnsPrefix: name, kubernetesVersion: "1.30",
        identity: { type: "SystemAssigned" }, tags: { "barista-token": "referee-aks" },
        agentPoolProfiles: [{ name: "system", mode: "System", vmSize: "Standard_D2s_v5", count: 2, osDiskSizeGB: 64,
            vnetSubnetID: subnetId }], ...extra });

    // beginCreateOrUpdateAndWait: the SDK's poller on the ContainerService operation URL.
    const before = (await control("/_barista/requests")).records.length;
    const created = await client.managedClusters.beginCreateOrUpdateAndWait(group, "ref-aks-1", cluster("ref-aks-1"), lro);
    const polls = (await control("/_barista/requests")).records.slice(before)
        .filter((r) => r.path.includes("/providers/Microsoft.ContainerService/locations/") && r.path.includes("/operations/"));
    check(created.provisioningState === "Succeeded" && created.powerState?.code === "Running"
        && created.kubernetesVersion?.startsWith("1.30.") && created.fqdn?.endsWith(`.hcp.${location}.azmk8s.io`)
        && created.agentPoolProfiles?.[0]?.count === 2 && created.agentPoolProfiles[0].vnetSubnetID?.toLowerCase() === subnetId.toLowerCase()
        && created.identity?.principalId && created.tags?.["barista-token"] === "referee-aks",
        `managedClusters.beginCreateOrUpdateAndWait: ${created.provisioningState} ${created.kubernetesVersion} ${created.fqdn}`);
    check(polls.length >= 2, `the SDK polled the Microsoft.ContainerService operation ${polls.length} times`);

    // A second PUT while the first is still running: 409 OperationNotAllowed.
    const poller = await client.managedClusters.beginCreateOrUpdate(group, "ref-aks-2", cluster("ref-aks-2"), lro);
    const busy = await failure(client.managedClusters.beginCreateOrUpdate(group, "ref-aks-2", cluster("ref-aks-2"), lro));
    check(busy?.name === "RestError" && busy.statusCode === 409 && busy.code === "OperationNotAllowed",
        `a PUT during the create -> RestError ${busy?.statusCode} ${busy?.code}`);
    const second = await poller.pollUntilDone();
    check(second.provisioningState === "Succeeded", `pollUntilDone after the refused PUT: ${second.provisioningState}`);
    await client.managedClusters.beginCreateOrUpdateAndWait(group, "ref-aks-3", cluster("ref-aks-3"), lro);

    // Reads and paging (page size 2 on the server).
    const got = await client.managedClusters.get(group, "ref-aks-1");
    check(got.id === created.id && got.nodeResourceGroup === `MC_${group}_ref-aks-1_${location}`
        && got.agentPoolProfiles?.[0]?.provisioningState === "Succeeded", `managedClusters.get: ${got.name} ${got.nodeResourceGroup}`);
    const inGroup = await pagesOf(client.managedClusters.listByResourceGroup(group));
    check(inGroup.pages === 2 && inGroup.items.map((c) => c.name).sort().join() === "ref-aks-1,ref-aks-2,ref-aks-3",
        `managedClusters.listByResourceGroup: ${inGroup.items.length} over ${inGroup.pages} pages`);
    const all = await pagesOf(client.managedClusters.list());
    check(all.pages === 2 && all.items.length === 3, `managedClusters.list(): ${all.items.length} over ${all.pages} pages`);

    // Errors: RestError with AKS's codes and messages.
    const version = await failure(client.managedClusters.beginCreateOrUpdateAndWait(group, "ref-aks-old",
        cluster("ref-aks-old", { kubernetesVersion: "1.20" }), lro));
    check(version?.name === "RestError" && version.statusCode === 400 && version.code === "K8sVersionNotSupported"
        && version.message.includes("1.20"), `an unsupported version -> ${version?.code}: ${version?.message}`);
    const noSystem = await failure(client.managedClusters.beginCreateOrUpdateAndWait(group, "ref-aks-user",
        cluster("ref-aks-user", { agentPoolProfiles: [{ name: "user", mode: "User", vmSize: "Standard_D2s_v5", count: 1 }] }), lro));
    check(noSystem?.statusCode === 400 && noSystem.code === "MustDefineAtLeastOneSystemPool", `no system pool -> ${noSystem?.code}`);
    const missing = await failure(client.managedClusters.get(group, "no-such-cluster"));
    check(missing?.name === "RestError" && missing.statusCode === 404 && missing.code === "ResourceNotFound",
        `get of a missing cluster -> ${missing?.statusCode} ${missing?.code}`);
    const subnetBusy = await raw("DELETE", vnetPath, "2024-05-01");
    check(subnetBusy.status === 400 && subnetBusy.json.error?.code === "InUseSubnetCannotBeDeleted",
        `deleting the virtual network under a cluster -> ${subnetBusy.status} ${subnetBusy.json.error?.code}`);

    // beginDeleteAndWait: Location / Azure-AsyncOperation on a 202; the clusters are gone after.
    for (const name of ["ref-aks-1", "ref-aks-2", "ref-aks-3"])
        await client.managedClusters.beginDeleteAndWait(group, name, lro);
    const left = await pagesOf(client.managedClusters.listByResourceGroup(group));
    const gone = await failure(client.managedClusters.get(group, "ref-aks-1"));
    check(left.items.length === 0 && gone?.statusCode === 404,
        `beginDeleteAndWait x3: ${left.items.length} left, GET -> ${gone?.statusCode}`);
    check((await raw("DELETE", vnetPath, "2024-05-01")).status < 300, "the virtual network can go once the clusters are gone");
}

await run(main);
