// SPDX-License-Identifier: GPL-3.0-or-later
// Referee for Barista's GCP service-account JWT (providers/gcp/GcpAuth) and for the GCP test
// server (tests/servers/gcp), judged by Google's own google-auth-library.
//
// For each case (a service-account key file made with OpenSSL by barista_gcp_jwt_referee, a
// scope set, a fixed iat), the library signs its assertion with the clock stubbed to iat; its
// token request is routed to our test server (a gaxios request interceptor: the library always
// posts to https://oauth2.googleapis.com/token) and captured. Checks:
//   * byte equality of the whole assertion with the adapter's (GcpAuth::assertion), header
//     {"alg":"RS256"} as the library's gtoken writes it, claims and RS256 signature;
//   * the adapter's signature verified here with node:crypto (our server verified the
//     library's with OpenSSL when it issued the token: signatures checked both ways);
//   * the library accepts our server's token response, and its authorized request to one
//     Compute endpoint (zones, paged) succeeds;
//   * a key the server does not know: the library reports our server's OAuth error verbatim
//     ("invalid_grant: Invalid JWT Signature.") after exactly one token request.
//
// usage: node gcp-jwt-referee.mjs --cases FILE    (written by barista_gcp_jwt_referee)
// Exit 0 when every check passes, 1 otherwise. Checks and verdict: referee-rig.mjs.

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { createVerify } from "node:crypto";
import { arg, check, requireArgs, verdict } from "./referee-rig.mjs";

const require = createRequire(import.meta.url);
const { GoogleAuth } = require("google-auth-library");
const libraryVersion = require("google-auth-library/package.json").version;

const casesFile = arg("--cases");
requireArgs([casesFile], "--cases FILE");
const input = JSON.parse(readFileSync(casesFile, "utf8"));
const endpoint = input.endpoint;

// The library reads the time with `new Date().getTime()`: stub the whole Date.
const RealDate = Date;
let fixedMs = RealDate.now();
class FixedDate extends RealDate {
    constructor(...args) {
        if (args.length === 0) super(fixedMs);
        else super(...args);
    }
    static now() {
        return fixedMs;
    }
}
globalThis.Date = FixedDate;

const segment = (jwt, i) => jwt.split(".")[i];
const decode = (part) => JSON.parse(Buffer.from(part, "base64url").toString("utf8"));

async function clientFor(keyFile, scopes, captured) {
    const auth = new GoogleAuth({ credentials: keyFile, scopes });
    const client = await auth.getClient();
    client.transporter.interceptors.request.add({
        resolved: async (opts) => {
            const url = new URL(opts.url);
            if (url.host === "oauth2.googleapis.com" && url.pathname === "/token") {
                captured.push(new URLSearchParams(String(opts.body ?? opts.data)).get("assertion"));
                opts.url = new URL("token", endpoint);
            }
            return opts;
        },
    });
    return client;
}

const tokenRequests = async () =>
    (await (await fetch(new URL("_barista/requests?path=/token", endpoint))).json()).count;

console.log(`google-auth-library ${libraryVersion} against ${endpoint}`);
for (const c of input.cases) {
    fixedMs = c.iat * 1000 + 345; // sub-second part: the library floors it, as we do
    const captured = [];
    const client = await clientFor(c.keyFile, c.scope.split(" "), captured);
    let token = null;
    try {
        token = (await client.getAccessToken()).token;
    } catch (e) {
        check(false, `${c.name}: the library got a token from our server (${e.message})`);
        continue;
    }
    check(typeof token === "string" && token.startsWith("ya29."), `${c.name}: the library got a token from our server`);
    const theirs = captured[0] ?? "";
    check(captured.length === 1, `${c.name}: one token request`);
    check(theirs === c.oursAdapter, `${c.name}: whole assertion byte-equal to the adapter's`);
    if (theirs !== c.oursAdapter) {
        console.log(`     theirs: ${theirs}\n     ours:   ${c.oursAdapter}`);
    }
    const claims = decode(segment(theirs, 1));
    check(claims.iat === c.iat && claims.exp === c.iat + 3600 && claims.iss === c.keyFile.client_email
        && claims.aud === "https://oauth2.googleapis.com/token" && claims.scope === c.scope,
        `${c.name}: claims iss/scope/aud/exp/iat as expected (${JSON.stringify(claims)})`);
    check(JSON.stringify(decode(segment(theirs, 0))) === JSON.stringify({ alg: "RS256" }),
        `${c.name}: the library's header is {"alg":"RS256"}`);
    const verifier = createVerify("RSA-SHA256");
    verifier.update(`${segment(c.oursAdapter, 0)}.${segment(c.oursAdapter, 1)}`);
    check(verifier.verify(c.publicKeyPem, Buffer.from(segment(c.oursAdapter, 2), "base64url")),
        `${c.name}: the adapter's signature verifies with node:crypto`);
    if (c.callCompute) {
        fixedMs = RealDate.now(); // the token's expiry is judged on the library's clock
        const response = await client.request({ url: new URL(`compute/v1/projects/${c.keyFile.project_id}/zones?maxResults=2`, endpoint).toString() });
        check(response.status === 200 && response.data.kind === "compute#zoneList" && response.data.items.length === 2
            && typeof response.data.nextPageToken === "string",
            `${c.name}: the library's authorized request lists zones (page of 2 with nextPageToken)`);
    }
}

// A key our server does not know.
fixedMs = RealDate.now();
const before = await tokenRequests();
const captured = [];
const stranger = await clientFor(input.wrongKey, ["https://www.googleapis.com/auth/cloud-platform"], captured);
let error = null;
try {
    await stranger.getAccessToken();
} catch (e) {
    error = e;
}
check(error !== null && error.message === "invalid_grant: Invalid JWT Signature.",
    `wrong key: the library reports our server's OAuth error (${error && error.message})`);
check(error?.response?.status === 400, "wrong key: HTTP 400");
check((await tokenRequests()) - before === 1, "wrong key: exactly one token request (no retry)");

globalThis.Date = RealDate;
verdict();
