// SPDX-License-Identifier: GPL-3.0-or-later
// Shared rig of the ARM referees run by barista_arm_referee (arm-referee.mjs,
// arm-network-referee.mjs, aks-referee.mjs), on referee-rig.mjs: command line, checks, the test
// server's /_barista control API, a TokenCredential doing the client-credentials grant against the
// server's token endpoint (as @azure/identity's ClientSecretCredential would), raw ARM calls and
// the SDK client options.
//
// Command line: --endpoint https://127.0.0.1:PORT --tenant T --client-id C --secret S --subscription SUB

import { arg, collectPages, controlAt, requireArgs } from "./referee-rig.mjs";

export { check, failure, run } from "./referee-rig.mjs";

export const endpoint = arg("--endpoint")?.replace(/\/$/, "");
export const tenant = arg("--tenant");
export const clientId = arg("--client-id");
export const secret = arg("--secret");
export const subscription = arg("--subscription");
requireArgs([endpoint, tenant, clientId, secret, subscription],
    "--endpoint URL --tenant T --client-id C --secret S --subscription SUB");

export const control = controlAt(endpoint);

// A TokenCredential (the @azure/core-auth interface) that does the client-credentials grant
// against the server's token endpoint, as @azure/identity's ClientSecretCredential would.
export class ClientSecretTokenCredential {
    constructor(clientSecret) {
        this.clientSecret = clientSecret;
    }
    async getToken(scopes) {
        const body = new URLSearchParams({ grant_type: "client_credentials", client_id: clientId,
            client_secret: this.clientSecret, scope: [].concat(scopes).join(" ") });
        const response = await fetch(`${endpoint}/${tenant}/oauth2/v2.0/token`, { method: "POST", body });
        const json = await response.json();
        if (!response.ok)
            throw Object.assign(new Error(json.error_description), { name: "AuthenticationError", code: json.error });
        return { token: json.access_token, expiresOnTimestamp: Date.now() + json.expires_in * 1000 };
    }
}

export const credential = new ClientSecretTokenCredential(secret);
export const options = { endpoint, credentialScopes: ["https://management.azure.com/.default"],
    retryOptions: { maxRetries: 2, retryDelayInMs: 10, maxRetryDelayInMs: 50 } };
// The SDK's LRO pollers: poll every 10 ms (the server's operations end after a set number of polls).
export const lro = { updateIntervalInMs: 10 };

export const raw = async (method, path, apiVersion, body) => {
    const { token } = await credential.getToken("https://management.azure.com/.default");
    const response = await fetch(`${endpoint}${path}?api-version=${apiVersion}`, { method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: body ? JSON.stringify(body) : undefined });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : {} };
};

// Everything an async iterator's byPage() yields, and how many pages it took.
export const pagesOf = (iterator) => collectPages(iterator.byPage());
