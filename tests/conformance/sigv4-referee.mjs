// SPDX-License-Identifier: GPL-3.0-or-later
// Referee for Barista's SigV4 signer: signs every request of a JSON-lines file (written by
// barista_sigv4_referee) with the official AWS signer, @smithy/signature-v4, and compares the
// result with what our signer produced. Exit 0 when every request matches, 1 otherwise.
//
// Mapping notes (the SDK's request model differs from a raw HTTP request in two places):
// * headers are a map, so repeated names (in any case) are folded into one comma-joined value,
//   each value whitespace-normalised first -- the SigV4 rule for repeated headers, which the SDK
//   never sees because its HTTP layer cannot express them;
// * addContentSha256Header maps to applyChecksum, and an unsigned payload to the
//   x-amz-content-sha256: UNSIGNED-PAYLOAD header, as the S3 client does.

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const { SignatureV4 } = require("@smithy/signature-v4");
const { Hash } = require("@smithy/hash-node");
const sdkVersion = require("@smithy/signature-v4/package.json").version;

const file = process.argv[2];
if (!file) {
    console.error("usage: node sigv4-referee.mjs CASES.jsonl");
    process.exit(2);
}

const normalise = (v) => v.replace(/[\r\n]/g, " ").replace(/[ \t]+/g, " ").replace(/^ | $/g, "");

function sdkRequest(c) {
    const folded = new Map(); // lower-case name -> { name, values }
    for (const [name, value] of c.headers) {
        const key = name.toLowerCase();
        if (!folded.has(key)) folded.set(key, { name, values: [] });
        folded.get(key).values.push(value);
    }
    const headers = {};
    for (const { name, values } of folded.values()) {
        headers[name] = values.length === 1 ? values[0] : values.map(normalise).join(",");
    }
    if (c.unsignedPayload) headers["x-amz-content-sha256"] = "UNSIGNED-PAYLOAD";

    const query = {};
    for (const [k, v] of c.query) {
        if (!(k in query)) query[k] = v;
        else if (Array.isArray(query[k])) query[k].push(v);
        else query[k] = [query[k], v];
    }
    const body = c.bodyBase64 ? Buffer.from(c.bodyBase64, "base64") : undefined;
    return { method: c.method, protocol: "https:", hostname: "example.amazonaws.com", path: c.path, query, headers, body };
}

const lower = (pairs) => new Map(pairs.map(([k, v]) => [k.toLowerCase(), v]));

async function check(c) {
    const credentials = { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey };
    if (c.sessionToken) credentials.sessionToken = c.sessionToken;
    const signer = new SignatureV4({
        credentials,
        region: c.region,
        service: c.service,
        sha256: Hash.bind(null, "sha256"),
        uriEscapePath: c.normalizePath,
        applyChecksum: c.addContentSha256Header,
    });
    const signingDate = new Date(c.epochSeconds * 1000);
    const problems = [];
    if (c.expected.error) problems.push(`our signer failed: ${c.expected.error}`);

    if (c.mode === "presign") {
        const signed = await signer.presign(sdkRequest(c), { signingDate, expiresIn: c.expires });
        const ours = new Map(c.expected.queryToAdd);
        for (const [k, v] of Object.entries(signed.query)) {
            if (!k.startsWith("X-Amz-")) continue;
            if (ours.get(k) !== v) problems.push(`query ${k}: sdk=${JSON.stringify(v)} ours=${JSON.stringify(ours.get(k))}`);
        }
        if (ours.size !== Object.keys(signed.query).filter((k) => k.startsWith("X-Amz-")).length)
            problems.push(`query parameter count differs: ours=${[...ours.keys()].join(",")}`);
    } else {
        const signed = await signer.sign(sdkRequest(c), { signingDate });
        const ours = lower(c.expected.headersToAdd);
        const theirs = lower(Object.entries(signed.headers));
        for (const name of ["authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256"]) {
            const requested = c.headers.some(([n]) => n.toLowerCase() === name);
            // A header the caller set (or the UNSIGNED-PAYLOAD mapping) is not ours to add.
            if (name === "x-amz-content-sha256" && (requested || c.unsignedPayload) && !ours.has(name)) continue;
            if (ours.get(name) !== theirs.get(name))
                problems.push(`${name}: sdk=${JSON.stringify(theirs.get(name))} ours=${JSON.stringify(ours.get(name))}`);
        }
    }
    return problems;
}

const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.length > 0);
let matched = 0;
let shown = 0;
for (const line of lines) {
    const c = JSON.parse(line);
    const problems = await check(c);
    if (problems.length === 0) {
        matched++;
        continue;
    }
    if (shown++ < 10) {
        console.log(`MISMATCH case ${c.id} (${c.mode} ${c.method} ${JSON.stringify(c.path)})`);
        for (const p of problems) console.log(`  ${p}`);
        console.log(`  request: ${JSON.stringify({ query: c.query, headers: c.headers, service: c.service })}`);
        console.log(`  our canonical request:\n${c.expected.canonicalRequest.replace(/^/gm, "    | ")}`);
    }
}
const modes = lines.map((l) => JSON.parse(l).mode);
console.log(
    `${matched}/${lines.length} randomized requests matched @smithy/signature-v4 ${sdkVersion} ` +
        `(${modes.filter((m) => m === "sign").length} header-signed, ${modes.filter((m) => m === "presign").length} presigned)`,
);
process.exit(matched === lines.length && lines.length > 0 ? 0 : 1);
