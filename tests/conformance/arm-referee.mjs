// SPDX-License-Identifier: GPL-3.0-or-later
// Referee for Barista's ARM test server (tests/servers/azure): the official Azure SDK,
// @azure/arm-compute (ComputeManagementClient on @azure/core-rest-pipeline), talks to it over
// HTTPS (the test CA comes in through NODE_EXTRA_CA_CERTS) with a TokenCredential that gets its
// token from the server's own token endpoint (client credentials). If the SDK's serialiser,
// bearer-token policy, paging (nextLink), long-running-operation poller (Azure-AsyncOperation /
// Location), retry policy (429 + Retry-After) and RestError parsing all accept the replies (VMs,
// images captured from a generalized VM), the server speaks ARM -- and the adapter's tests
// against it mean something.
//
// usage: node arm-referee.mjs --endpoint https://127.0.0.1:PORT --tenant T --client-id C --secret S --subscription SUB
// Exit 0 when every check passes, 1 otherwise. Run by barista_arm_referee (CTest ConformanceArm).
// Rig (command line, checks, token, options): arm-rig.mjs.

import { createRequire } from "node:module";
import { check, ClientSecretTokenCredential, control, credential, endpoint, lro, options, pagesOf, raw, run, subscription }
    from "./arm-rig.mjs";

const require = createRequire(import.meta.url);
const { ComputeManagementClient } = require("@azure/arm-compute");
const sdkVersion = require("@azure/arm-compute/package.json").version;

// A credential handing out TOKEN as it is (the wrong-token check).
const fixedToken = (token) => ({ getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3600000 }) });
const client = new ComputeManagementClient(credential, subscription, options);

const group = "referee-rg";
const location = "koreacentral";
const rgPath = `/subscriptions/${subscription}/resourceGroups/${group}`;

async function main() {
    console.log(`@azure/arm-compute ${sdkVersion} against ${endpoint}`);
    await control("/_barista/config", { pageSize: "2", asyncPolls: "2" });

    // The network the VMs need, made with raw ARM calls (the compute SDK has no network client).
    check((await raw("PUT", rgPath, "2021-04-01", { location })).status === 201, "resource group created (raw PUT)");
    const vnet = await raw("PUT", `${rgPath}/providers/Microsoft.Network/virtualNetworks/ref-net`, "2023-09-01", {
        location, properties: { addressSpace: { addressPrefixes: ["10.1.0.0/16"] },
            subnets: [{ name: "default", properties: { addressPrefix: "10.1.0.0/24" } }] } });
    check(vnet.status === 201, "virtual network with a subnet (raw PUT)");
    const subnetId = vnet.json.properties?.subnets?.[0]?.id;
    const nicIds = [];
    for (let i = 0; i < 3; i++) {
        const nic = await raw("PUT", `${rgPath}/providers/Microsoft.Network/networkInterfaces/ref-nic-${i}`, "2023-09-01", {
            location, properties: { ipConfigurations: [{ name: "ipconfig1", properties: { subnet: { id: subnetId } } }] } });
        nicIds.push(nic.json.id);
    }
    check(nicIds.every(Boolean), "three network interfaces (raw PUT)");

    // beginCreateOrUpdateAndWait: the SDK's own poller against our Azure-AsyncOperation replies.
    const vmBody = (i) => ({
        location, tags: { referee: "arm-compute" },
        hardwareProfile: { vmSize: "Standard_B1s" },
        storageProfile: { imageReference: { publisher: "Canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts-gen2", version: "latest" },
            osDisk: { createOption: "FromImage", deleteOption: "Delete", managedDisk: { storageAccountType: "Standard_LRS" } } },
        osProfile: { computerName: `ref-vm-${i}`, adminUsername: "azureuser",
            linuxConfiguration: { disablePasswordAuthentication: true, ssh: { publicKeys: [{ path: "/home/azureuser/.ssh/authorized_keys",
                keyData: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl referee" }] } } },
        networkProfile: { networkInterfaces: [{ id: nicIds[i], primary: true, deleteOption: "Delete" }] },
    });
    const before = (await control("/_barista/requests")).records.length;
    const vm0 = await client.virtualMachines.beginCreateOrUpdateAndWait(group, "ref-vm-0", vmBody(0), lro);
    check(vm0.provisioningState === "Succeeded", `beginCreateOrUpdateAndWait: provisioningState ${vm0.provisioningState}`);
    check(vm0.hardwareProfile?.vmSize === "Standard_B1s" && vm0.tags?.referee === "arm-compute", "the created VM's size and tags");
    const records = (await control("/_barista/requests")).records.slice(before);
    const polls = records.filter((r) => r.path.includes("/operations/"));
    check(polls.length >= 2, `the SDK polled the Azure-AsyncOperation URL ${polls.length} times (InProgress, then Succeeded)`);
    for (const i of [1, 2])
        await client.virtualMachines.beginCreateOrUpdateAndWait(group, `ref-vm-${i}`, vmBody(i), lro);

    // Paging: the async iterators over nextLink (page size 2 on the server).
    const all = await pagesOf(client.virtualMachines.listAll());
    check(all.pages >= 2 && all.items.length === 3, `listAll(): ${all.items.length} VMs over ${all.pages} pages`);
    const inGroup = [];
    for await (const vm of client.virtualMachines.list(group))
        inGroup.push(vm.name);
    check(inGroup.sort().join() === "ref-vm-0,ref-vm-1,ref-vm-2", `list(group) iterator: ${inGroup.join(", ")}`);

    const view = await client.virtualMachines.instanceView(group, "ref-vm-0");
    const power = (v) => v.statuses?.find((s) => s.code?.startsWith("PowerState/"))?.code;
    check(power(view) === "PowerState/running", `instanceView: ${power(view)}`);

    await client.virtualMachines.beginPowerOffAndWait(group, "ref-vm-0", lro);
    const stopped = await client.virtualMachines.instanceView(group, "ref-vm-0");
    check(power(stopped) === "PowerState/stopped", `beginPowerOffAndWait, then instanceView: ${power(stopped)}`);
    await client.virtualMachines.beginStartAndWait(group, "ref-vm-0", lro);
    check(power(await client.virtualMachines.instanceView(group, "ref-vm-0")) === "PowerState/running", "beginStartAndWait: running again");

    // Images (Microsoft.Compute/images) from a VM: ARM's rule, stopped and generalized first.
    const vm1Id = (await client.virtualMachines.get(group, "ref-vm-1")).id;
    const imageBody = { location, sourceVirtualMachine: { id: vm1Id }, tags: { "barista-token": "referee-image" } };
    const early = await client.images.beginCreateOrUpdateAndWait(group, "ref-image", imageBody, lro).catch((e) => e);
    check(early?.name === "RestError" && early.statusCode === 409 && early.code === "OperationNotAllowed",
        `images.beginCreateOrUpdateAndWait from a VM not generalized -> ${early?.statusCode} ${early?.code}`);
    const running = await client.virtualMachines.generalize(group, "ref-vm-1").catch((e) => e);
    check(running?.statusCode === 409 && running.code === "OperationNotAllowed", `generalize of a running VM -> ${running?.code}`);
    await client.virtualMachines.beginPowerOffAndWait(group, "ref-vm-1", lro);
    await client.virtualMachines.generalize(group, "ref-vm-1");
    const image = await client.images.beginCreateOrUpdateAndWait(group, "ref-image", imageBody, lro);
    check(image.provisioningState === "Succeeded" && image.sourceVirtualMachine?.id === vm1Id
        && image.storageProfile?.osDisk?.osState === "Generalized" && image.tags?.["barista-token"] === "referee-image",
        `power off + generalize + images.beginCreateOrUpdateAndWait: ${image.provisioningState}, os disk ${image.storageProfile?.osDisk?.osState}`);
    const images = [];
    for await (const i of client.images.listByResourceGroup(group))
        images.push(i.name);
    const gotImage = await client.images.get(group, "ref-image");
    check(images.join() === "ref-image" && gotImage.id === image.id, `images.listByResourceGroup + get: ${images.join(", ")}`);
    await client.images.beginDeleteAndWait(group, "ref-image", lro);
    const goneImage = await client.images.get(group, "ref-image").catch((e) => e);
    check(goneImage?.statusCode === 404, `images.beginDeleteAndWait, then get -> ${goneImage?.statusCode}`);

    // Throttling: a 429 with Retry-After is retried by the SDK's own policy.
    await control("/_barista/faults", { Path: "virtualMachines/ref-vm-1", Method: "GET", Status: "429", Code: "TooManyRequests",
        Message: "The request is being throttled.", Times: "1", RetryAfter: "0" });
    const got = await client.virtualMachines.get(group, "ref-vm-1");
    const throttled = (await control("/_barista/requests")).records.filter((r) => r.path.endsWith("ref-vm-1") && r.status === 429);
    check(got.name === "ref-vm-1" && throttled.length === 1, "429 + Retry-After retried by the SDK");

    // Errors through RestError, as the server worded them.
    try {
        await client.virtualMachines.get(group, "no-such-vm");
        check(false, "get of a missing VM fails");
    } catch (e) {
        check(e.name === "RestError" && e.statusCode === 404 && e.code === "ResourceNotFound"
            && e.message.includes("'Microsoft.Compute/virtualMachines/no-such-vm'"), `RestError ${e.statusCode} ${e.code}: ${e.message}`);
    }
    const bogus = new ComputeManagementClient(fixedToken("not.a.token"), subscription, { ...options, retryOptions: { maxRetries: 0 } });
    try {
        await bogus.virtualMachines.get(group, "ref-vm-0");
        check(false, "a wrong token is refused");
    } catch (e) {
        check(e.name === "RestError" && e.statusCode === 401 && e.code === "InvalidAuthenticationToken"
            && e.message === "The access token is invalid.", `wrong token: RestError ${e.statusCode} ${e.code}: ${e.message}`);
    }
    await control("/_barista/requests/clear", {});
    const wrong = new ComputeManagementClient(new ClientSecretTokenCredential("wrong-secret"), subscription, options);
    try {
        await wrong.virtualMachines.get(group, "ref-vm-0");
        check(false, "a wrong secret is refused");
    } catch (e) {
        const seen = (await control("/_barista/requests")).records;
        check(e.message.startsWith("AADSTS7000215: Invalid client secret provided.") && seen.length === 1 && seen[0].status === 401,
            `wrong secret: ${seen.length} token request, ${e.message.split("\r\n")[0]}`);
    }

    // beginDeleteAndWait: the Location/Azure-AsyncOperation poller on DELETE; deleteOption takes NIC and OS disk along.
    for (const i of [0, 1, 2])
        await client.virtualMachines.beginDeleteAndWait(group, `ref-vm-${i}`, lro);
    const left = [];
    for await (const vm of client.virtualMachines.listAll())
        left.push(vm.name);
    check(left.length === 0, `beginDeleteAndWait x3: ${left.length} VMs left`);
    const nic = await raw("GET", `${rgPath}/providers/Microsoft.Network/networkInterfaces/ref-nic-0`, "2023-09-01");
    check(nic.status === 404, `the NIC went with its VM (deleteOption Delete): GET ${nic.status}`);
    let disks = 0;
    for await (const d of client.disks.listByResourceGroup(group))
        disks += d ? 1 : 0;
    check(disks === 0, `the OS disks went too: ${disks} left`);
}

await run(main);
