// SPDX-License-Identifier: GPL-3.0-or-later
// What every referee script shares, so that a check is counted and judged the same way in all of
// them: command-line values, check bookkeeping and the verdict (exit 0 only when every check
// passed; the C++ drivers pass that exit code to CTest), the test servers' /_barista control API
// and page collection. The cloud-specific rigs (aws-rig.mjs, arm-rig.mjs) build on it.

import { basename } from "node:path";

// The value after NAME on the command line, or the fallback.
export const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
};

// Exits 2 with a usage line when a required value is missing.
export const requireArgs = (values, usage) => {
    if (values.some((v) => !v)) {
        console.error(`usage: node ${basename(process.argv[1])} ${usage}`);
        process.exit(2);
    }
};

let checks = 0;
const failures = [];
export const check = (ok, what) => {
    checks++;
    if (!ok) failures.push(what);
    console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
};

// Prints the tally (and what failed) and exits 0 when every check passed, 1 otherwise.
export const verdict = () => {
    console.log(`${checks - failures.length}/${checks} checks passed${failures.length ? `; failed: ${failures.join("; ")}` : ""}`);
    process.exit(failures.length ? 1 : 0);
};

// Runs the script's checks; an exception counts as a failed check; then the verdict.
export async function run(main) {
    try {
        await main();
    } catch (e) {
        failures.push(`unexpected: ${e?.stack ?? e}`);
        console.log(`FAIL unexpected: ${e?.stack ?? e}`);
    }
    verdict();
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

// The test server's control API at ENDPOINT (/_barista/requests, /faults, /config): a GET, or a
// form POST when FORM is given; returns the JSON reply.
export const controlAt = (endpoint) => async (path, form) => {
    const response = await fetch(new URL(path, endpoint), form
        ? { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form) }
        : {});
    return response.json();
};

// Every item of an async iterable of pages (ITEMS picks a page's items), and how many pages it took.
export async function collectPages(pages, items = (page) => page) {
    let count = 0;
    const all = [];
    for await (const page of pages) {
        count++;
        all.push(...(items(page) ?? []));
    }
    return { pages: count, items: all };
}
