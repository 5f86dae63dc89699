#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build Barista Console's bundled spec/price catalog and latency matrix from Cloud-Barista data.

Reads CB-Tumblebug's assets (Apache-2.0, read-only copies under shared/reference/cloud-barista/tumblebug):

- cloudspec.csv (current curated specs and prices: NCP, KT, NHN) and cloudspec-v0.11.0.csv (the
  older, larger list: AWS, GCP, Azure, Alibaba, Tencent, IBM, ...) -> resources/catalog/specs.json
- cloudlatencymap.csv (measured region-to-region latency, ms) -> resources/catalog/latency.json

and checks the hand-written resources/catalog/region_names_ko.json against regions.json: every
region must have a Korean name, a city and a known country, and no name may be listed twice.

Usage (Debian's /usr/bin/python3, standard library only):

    /usr/bin/python3 resources/tools/convert_catalog.py [--reference DIR] [--catalog DIR]

DIR defaults: ../../../shared/reference/cloud-barista/tumblebug and ../catalog, relative to this
script. The output is deterministic (one spec / one matrix row per line), so re-running on the same
input gives byte-identical files.

Rules (never invent data):
- Providers covered by the current cloudspec.csv (ncp, kt, nhn) take only its rows; the other
  providers take the v0.11.0 rows, dated with that tag.
- regionName "all" stays "all": the store applies such a row to every region of the provider, as
  Tumblebug does, and marks it as an all-regions price.
- costPerHour is kept with its currency (KT and NHN price in KRW). A missing or non-positive price
  is null (unknown), never 0.
- The CSVs have no vCPU/memory columns. They are filled only where the spec name spells them out
  by the provider's documented naming scheme (NHN "m2.c4m8", KT "4x8.itl", IBM "bx2-2x8",
  Tencent "S5.MEDIUM4"), the vCPU alone for GCP "<family>-standard-N" and Azure "Standard_D4s_v5".
  Everything else stays null (unknown). The accelerator memory is the total over all GPUs, as the
  source gives it.
"""

import argparse
import csv
import json
import math
import os
import statistics
import re
import sys

SCHEMA_VERSION = 1
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_REFERENCE = os.path.join(HERE, "..", "..", "..", "shared", "reference", "cloud-barista", "tumblebug")
DEFAULT_CATALOG = os.path.join(HERE, "..", "catalog")

SOURCES = [
    {"id": "tumblebug", "name": "Cloud-Barista CB-Tumblebug assets/cloudspec.csv (Apache-2.0)",
     "commit": "440b798ffd4adddf119b20160df1e3d3cd17f497", "date": "2026-08-22", "file": "cloudspec.csv"},
    {"id": "tumblebug-v0.11.0", "name": "Cloud-Barista CB-Tumblebug assets/cloudspec.csv v0.11.0 (Apache-2.0)",
     "commit": "0eb9aa44a42b6c3942fecabae67ba55d76ef1b2e", "date": "2025-07-21", "file": "cloudspec-v0.11.0.csv"},
]
LATENCY_SOURCE = "Cloud-Barista CB-Tumblebug assets/cloudlatencymap.csv (Apache-2.0), commit 440b798"
PROVIDER_ALIASES = {"ncpvpc": "ncp", "ktcloudvpc": "kt", "ktcloud": "kt", "nhncloud": "nhn"}
GPU_VENDORS = ("NVIDIA ", "AMD ", "Intel ")
COLUMNS = ["provider", "region", "name", "vcpu", "memoryGiB", "arch", "gpuModel", "gpuCount", "gpuMemoryGiB",
           "diskGiB", "price", "currency", "source"]


def fail(message):
    sys.exit("convert_catalog: " + message)


def number(text):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return int(value) if value.is_integer() else value


def tencent_vcpu(size):
    # Tencent's documented sizes: SMALL 1, MEDIUM 2, LARGE 4, nXLARGE 4n vCPUs.
    fixed = {"SMALL": 1, "MEDIUM": 2, "LARGE": 4, "XLARGE": 4}
    if size in fixed:
        return fixed[size]
    match = re.fullmatch(r"(\d+)XLARGE", size)
    return int(match.group(1)) * 4 if match else None


def shape_from_name(provider, name):
    """(vcpu, memoryGiB) where the name spells them out, else None for the unknown part."""
    patterns = {
        "nhn": r"[a-z]\d+\.(?:[a-z0-9]+\.)?c(\d+)m(\d+)",
        "kt": r"(\d+)x(\d+)(?:\..*)?",
        "ibm": r"[a-z]+\d*[a-z]*-(\d+)x(\d+)(?:x\d+)?",
    }
    if provider in patterns:
        match = re.fullmatch(patterns[provider], name)
        return (int(match.group(1)), int(match.group(2))) if match else (None, None)
    if provider == "tencent":
        match = re.fullmatch(r"[A-Z0-9]+\.(SMALL|MEDIUM|LARGE|\d*XLARGE)(\d+)", name)
        return (tencent_vcpu(match.group(1)), int(match.group(2))) if match else (None, None)
    if provider == "gcp":
        match = re.fullmatch(r"[a-z0-9]+-(?:standard|highmem|highcpu)-(\d+)", name)
        return (int(match.group(1)), None) if match else (None, None)
    if provider == "azure":
        match = re.fullmatch(r"(?:Standard_)?[A-Z]+(\d+)[a-z]*(?:_.*)?", name)
        return (int(match.group(1)), None) if match else (None, None)
    return (None, None)


def arch_from_name(provider, name):
    if provider == "kt" and ".itl" in name:
        return "x86_64"  # KT's "itl" specs are Intel
    if provider == "ncp" and re.fullmatch(r"[a-z]+\d+-g3a?", name):
        return "x86_64"  # NCP g3 (Intel) and g3a (AMD) servers
    if provider == "aws":
        family = re.match(r"([a-z]+)(\d+)([a-z-]*)\.", name)
        if family and (family.group(1) == "a" or "g" in family.group(3)):
            return "arm64"  # AWS: a1 and the "g" processor option are Graviton
    return None


def load_regions(catalog_dir):
    """({entry: [region names]}, {"entry-region": (lat, lon)})"""
    with open(os.path.join(catalog_dir, "regions.json"), encoding="utf-8") as handle:
        data = json.load(handle)
    regions = {}
    coordinates = {}
    for entry in data["entries"]:
        regions[entry["id"]] = [region["name"] for region in entry["regions"]]
        for region in entry["regions"]:
            coordinates["%s-%s" % (entry["id"], region["name"])] = (region["latitude"], region["longitude"])
    return regions, coordinates


def great_circle_km(a, b):
    # Haversine on the mean Earth radius; the store uses the same formula (GeoDistance).
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def fit_estimate(names, matrix, coordinates):
    """Least-squares latency = baseMs + msPerKm * distance over the measured pairs, so that
    pairs missing from the matrix are estimated from the data rather than from a guess."""
    xs, ys, same = [], [], []
    for i, a in enumerate(names):
        for j, b in enumerate(names):
            value = matrix[i][j]
            if value is None:
                continue
            if i == j:
                same.append(value)
            elif a in coordinates and b in coordinates:
                xs.append(great_circle_km(coordinates[a], coordinates[b]))
                ys.append(value)
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / sum((x - mean_x) ** 2 for x in xs)
    base = mean_y - slope * mean_x
    residual = statistics.pstdev([y - (base + slope * x) for x, y in zip(xs, ys)])
    return {"baseMs": round(base, 3), "msPerKm": round(slope, 6), "sameRegionMs": round(statistics.median(same), 3),
            "fittedPairs": len(xs), "residualSdMs": round(residual, 1)}


def convert_specs(reference_dir, regions):
    by_key = {}
    current_providers = set()
    skipped = []
    for index, source in enumerate(SOURCES):
        path = os.path.join(reference_dir, source["file"])
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        providers_here = set()
        for line, row in enumerate(rows, start=2):
            provider = row["providerName"].strip().lower()
            provider = PROVIDER_ALIASES.get(provider, provider)
            if index > 0 and provider in current_providers:
                continue
            providers_here.add(provider)
            known = regions.get(provider)
            if known is None:
                skipped.append("%s:%d unknown provider %s" % (source["file"], line, provider))
                continue
            region = row["regionName"].strip()
            if region.lower() != "all":
                matches = [name for name in known if name.lower() == region.lower()]
                if not matches:
                    skipped.append("%s:%d unknown region %s/%s" % (source["file"], line, provider, region))
                    continue
                region = matches[0]
            else:
                region = "all"
            name = row["cspSpecName"].strip()
            price = number(row["costPerHour"])
            if price is not None and price <= 0:
                price = None
            vcpu, memory = shape_from_name(provider, name)
            gpu_model = row["acceleratorModel"].strip() or None
            if gpu_model:
                for vendor in GPU_VENDORS:
                    if gpu_model.startswith(vendor):
                        gpu_model = gpu_model[len(vendor):]
            gpu_count = number(row["acceleratorCount"]) if gpu_model else None
            gpu_memory = number(row["acceleratorMemoryGB"]) if gpu_model else None
            disk = number(row["rootDiskSize"])
            key = (provider, region, name)
            if key in by_key:
                fail("%s:%d duplicate spec %s" % (source["file"], line, "+".join(key)))
            by_key[key] = [provider, region, name, vcpu, memory, arch_from_name(provider, name), gpu_model,
                           gpu_count, gpu_memory, disk, price, row["currency"].strip() or None, source["id"]]
        if index == 0:
            current_providers = providers_here
    specs = [by_key[key] for key in sorted(by_key)]
    return specs, skipped


def convert_latency(reference_dir):
    with open(os.path.join(reference_dir, "cloudlatencymap.csv"), newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    names = [name for name in rows[0][1:] if name]
    body = [row for row in rows[1:] if row and row[0]]
    if [row[0] for row in body] != names:
        fail("cloudlatencymap.csv: row names differ from column names")
    matrix = []
    for row in body:
        values = []
        for cell in row[1:len(names) + 1]:
            value = number(cell)
            values.append(round(float(value), 3) if value is not None else None)
        matrix.append(values)
    return names, matrix


def check_names(catalog_dir, regions):
    with open(os.path.join(catalog_dir, "region_names_ko.json"), encoding="utf-8") as handle:
        table = json.load(handle)
    problems = []
    countries = table.get("countries", {})
    areas = table.get("areas", {})
    for code, country in countries.items():
        if country.get("area") not in areas:
            problems.append("country %s has an unknown area" % code)
    for entry, names in regions.items():
        listed = table["regions"].get(entry, {})
        for name in names:
            row = listed.get(name)
            if not row or not row.get("ko") or not row.get("city"):
                problems.append("%s/%s has no Korean name or city" % (entry, name))
            elif row.get("country") not in countries and row.get("area") not in areas:
                problems.append("%s/%s has neither a known country nor an area" % (entry, name))
        for name in listed:
            if name not in names:
                problems.append("%s/%s is not in regions.json" % (entry, name))
    for entry in table["regions"]:
        if entry not in regions:
            problems.append("entry %s is not in regions.json" % entry)
    return problems


def write(path, head, key, rows):
    """One JSON value per line, so a changed source gives a readable diff."""
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1])
        handle.write(',"%s":[\n' % key)
        handle.write(",\n".join(json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in rows))
        handle.write("\n]}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reference", default=DEFAULT_REFERENCE)
    parser.add_argument("--catalog", default=DEFAULT_CATALOG)
    args = parser.parse_args()

    regions, coordinates = load_regions(args.catalog)
    problems = check_names(args.catalog, regions)
    if problems:
        fail("region_names_ko.json:\n  " + "\n  ".join(problems))

    specs, skipped = convert_specs(args.reference, regions)
    head = {"schemaVersion": SCHEMA_VERSION, "sources": [{k: v for k, v in s.items() if k != "file"} for s in SOURCES],
            "columns": COLUMNS}
    write(os.path.join(args.catalog, "specs.json"), head, "specs", specs)

    names, matrix = convert_latency(args.reference)
    head = {"schemaVersion": SCHEMA_VERSION, "source": LATENCY_SOURCE, "unit": "ms",
            "estimate": fit_estimate(names, matrix, coordinates), "regions": names}
    write(os.path.join(args.catalog, "latency.json"), head, "matrix", matrix)

    # Rows of regions Cloud-Barista has disabled (commented out in cloudinfo.yaml) are expected here.
    reasons = {}
    for line in skipped:
        reasons.setdefault(line.split(" ", 1)[1], []).append(line.split(" ", 1)[0])
    for reason, where in sorted(reasons.items()):
        print("skipped %d row(s), %s (%s)" % (len(where), reason, where[0]), file=sys.stderr)
    print("specs.json: %d specs; latency.json: %d regions; region names: %d entries checked"
          % (len(specs), len(names), len(regions)))


if __name__ == "__main__":
    main()
