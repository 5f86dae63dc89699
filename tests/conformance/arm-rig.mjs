// SPDX-License-Identifier: GPL-3.0-or-later
// Shared rig of the ARM referees run by barista_arm_referee (arm-network-referee.mjs,
// aks-referee.mjs): command line, check bookkeeping, the test server's /_barista control API, a
// TokenCredential doing the client-credentials grant against the server's token endpoint (as
// @azure/identity's ClientSecretCredential would), raw ARM calls and the SDK client options.
//
// Command line: --endpoint https://127.0.0.1:PORT --tenant T --client-id C --secret S --subscription SUB

const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : undefined;
};

export const endpoint = arg("--endpoint")?.replace(/\/$/, "");
export const tenant = arg("--tenant");
export const clientId = arg("--client-id");
export const secret = arg("--secret");
export const subscription = arg("--subscription");
if (!endpoint || !tenant || !clientId || !secret || !subscription) {
    console.error("usage: node SCRIPT --endpoint URL --tenant T --client-id C --secret S --subscription SUB");
    process.exit(2);
}

let checks = 0;
const failures = [];
export const check = (ok, what) => {
    checks++;
    if (!ok) failures.push(what);
    console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
};

// Runs the script's checks, prints the verdict and exits 0 (all passed) or 1.
export async function run(main) {
    try {
        await main();
    } catch (e) {
        failures.push(`unexpected: ${e.stack ?? e}`);
        console.log(`FAIL unexpected: ${e.stack ?? e}`);
    }
    console.log(`${checks - failures.length}/${checks} checks passed${failures.length ? `; failed: ${failures.join("; ")}` : ""}`);
    process.exit(failures.length ? 1 : 0);
}

// The error a promise rejects with, or null when it resolves.
export const failure = async (promise) => {
    try {
        await promise;
        return null;
    } catch (e) {
        return e;
    }
};

export const control = async (path, form) => {
    const response = await fetch(`${endpoint}${path}`, form
        ? { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form) }
        : {});
    return response.json();
};

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
export async function pagesOf(iterator) {
    let pages = 0;
    const items = [];
    for await (const page of iterator.byPage()) {
        pages++;
        items.push(...page);
    }
    return { pages, items };
}
