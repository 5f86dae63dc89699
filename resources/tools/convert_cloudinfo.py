#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Convert Cloud-Barista's cloudinfo.yaml into Barista Console's bundled region catalog.

Reads CB-Tumblebug's assets/cloudinfo.yaml (Apache-2.0) and writes
resources/catalog/regions.json, which is compiled into barista_models as
":/catalog/regions.json" and read by Barista::RegionCatalog.

Usage (Debian: apt install python3-yaml):

    /usr/bin/python3 resources/tools/convert_cloudinfo.py [CLOUDINFO_YAML] [-o OUTPUT_JSON]

CLOUDINFO_YAML defaults to ../../../shared/reference/cloud-barista/tumblebug/cloudinfo.yaml
relative to this script; OUTPUT_JSON defaults to ../catalog/regions.json relative to it.

The output is deterministic: cloud entries and regions keep the order of the YAML file,
one region per line, so re-running on the same input gives a byte-identical file and a
new cloudinfo.yaml gives a readable diff. Re-run cmake's configure step after the file
first appears, so the resource glob picks it up.

Mapping: each entry under "cloud" becomes {"id", "provider", "description", "regions"}.
"provider" is the entry's "cloudPlatform" when present (e.g. "openstack-ex01" ->
"openstack"), otherwise the entry id. Each region becomes {"name", "displayName" (from
location.display, falling back to description), "latitude", "longitude", "zones":
[{"name"}]}.
"""

import argparse
import json
import os
import sys

import yaml

SCHEMA_VERSION = 1
SOURCE = "Cloud-Barista CB-Tumblebug assets/cloudinfo.yaml (Apache-2.0)"

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_INPUT = os.path.join(HERE, "..", "..", "..", "shared", "reference", "cloud-barista", "tumblebug",
                             "cloudinfo.yaml")
DEFAULT_OUTPUT = os.path.join(HERE, "..", "catalog", "regions.json")


def fail(message):
    sys.exit("convert_cloudinfo: " + message)


def convert_region(entry_id, name, region):
    if not isinstance(region, dict):
        fail("region %s/%s is not a mapping" % (entry_id, name))
    location = region.get("location") or {}
    display = location.get("display") or region.get("description") or region.get("desc") or str(name)
    try:
        latitude = float(location["latitude"])
        longitude = float(location["longitude"])
    except (KeyError, TypeError, ValueError):
        fail("region %s/%s has no numeric latitude/longitude" % (entry_id, name))
    zones = [{"name": str(zone)} for zone in (region.get("zone") or [])]
    return {"name": str(name), "displayName": str(display), "latitude": latitude, "longitude": longitude,
            "zones": zones}


def convert(data):
    clouds = (data or {}).get("cloud")
    if not isinstance(clouds, dict) or not clouds:
        fail("no 'cloud' mapping in the input")
    entries = []
    for entry_id, cloud in clouds.items():
        regions = cloud.get("region") or {}
        entries.append({
            "id": str(entry_id),
            "provider": str(cloud.get("cloudPlatform") or entry_id),
            "description": str(cloud.get("description") or ""),
            "regions": [convert_region(entry_id, name, region) for name, region in regions.items()],
        })
    return {"schemaVersion": SCHEMA_VERSION, "source": SOURCE, "entries": entries}


def dump(value):
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def render(catalog):
    """Hand-laid JSON: the header, then one line per region, so diffs stay small."""
    lines = ["{",
             '  "schemaVersion": %s,' % dump(catalog["schemaVersion"]),
             '  "source": %s,' % dump(catalog["source"]),
             '  "entries": [']
    for i, entry in enumerate(catalog["entries"]):
        head = {key: entry[key] for key in ("id", "provider", "description")}
        lines.append("    " + dump(head)[:-1] + ', "regions": [')
        regions = entry["regions"]
        for j, region in enumerate(regions):
            lines.append("      " + dump(region) + ("," if j + 1 < len(regions) else ""))
        lines.append("    ]}" + ("," if i + 1 < len(catalog["entries"]) else ""))
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", default=DEFAULT_INPUT, help="path to cloudinfo.yaml")
    parser.add_argument("-o", "--output", default=DEFAULT_OUTPUT, help="path of the regions.json to write")
    args = parser.parse_args()

    with open(args.input, encoding="utf-8") as f:
        catalog = convert(yaml.safe_load(f))
    text = render(catalog)
    json.loads(text)  # the hand-laid layout must still be valid JSON

    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    regions = sum(len(e["regions"]) for e in catalog["entries"])
    zones = sum(len(r["zones"]) for e in catalog["entries"] for r in e["regions"])
    print("wrote %s: %d entries, %d regions, %d zones" % (os.path.normpath(args.output), len(catalog["entries"]),
                                                        regions, zones))


if __name__ == "__main__":
    main()
