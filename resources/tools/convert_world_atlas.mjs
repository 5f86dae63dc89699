#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Converts the Natural Earth land outlines shipped by the npm package world-atlas (TopoJSON,
// ISC licence; the Natural Earth data itself is public domain) into the compact binary rings
// that Barista Console compiles in as Qt resources (":/map/land-110m.bin", ":/map/land-50m.bin").
// The layout is documented in resources/map/README.md; models/geo/LandShapes reads it.
//
// Usage (Node 20, no other dependencies; world-atlas is pinned in package-lock.json):
//
//     cd resources/tools && npm ci --ignore-scripts && node convert_world_atlas.mjs
//
// Options: --atlas DIR (default ./node_modules/world-atlas), --out DIR (default ../map).
// The output is deterministic: the same input gives byte-identical files.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const MAGIC = 'BLND';
const VERSION = 1;
const QMAX = 32767; // int16 range used for quantized degrees

function parseArgs(argv) {
  const args = { atlas: join(here, 'node_modules', 'world-atlas'), out: resolve(here, '..', 'map') };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--atlas') args.atlas = resolve(argv[++i]);
    else if (argv[i] === '--out') args.out = resolve(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

// TopoJSON arcs are quantized and delta-encoded: each position is the running sum of the
// deltas, mapped through transform.scale/translate back to degrees.
function decodeArcs(topology) {
  const { scale, translate } = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
  });
}

// A ring is a list of arc indices; ~i (negative) means arc i walked backwards. Consecutive
// arcs share their end point, so every arc after the first drops its first position.
function stitchRing(arcs, indices) {
  const ring = [];
  for (const index of indices) {
    const arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
    for (let k = ring.length ? 1 : 0; k < arc.length; ++k) ring.push(arc[k]);
  }
  return ring;
}

function polygonsOf(geometry) {
  switch (geometry.type) {
    case 'Polygon': return [geometry.arcs];
    case 'MultiPolygon': return geometry.arcs;
    case 'GeometryCollection': return geometry.geometries.flatMap(polygonsOf);
    default: return [];
  }
}

const quantLon = (lon) => Math.round((lon / 180) * QMAX);
const quantLat = (lat) => Math.round((lat / 90) * QMAX);

// Quantizes a ring, drops repeated points and the closing duplicate; null when degenerate.
function quantizeRing(ring) {
  const out = [];
  for (const [lon, lat] of ring) {
    const q = [quantLon(Math.max(-180, Math.min(180, lon))), quantLat(Math.max(-90, Math.min(90, lat)))];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  return out.length >= 3 ? out : null;
}

// polygons: arrays of rings (outer ring first, then its holes).
function encode(polygons) {
  const rings = polygons.flat();
  const pointCount = rings.reduce((n, r) => n + r.length, 0);
  const buffer = Buffer.alloc(20 + 4 * polygons.length + 4 * rings.length + 4 * pointCount);
  buffer.write(MAGIC, 0, 'latin1');
  buffer.writeUInt16LE(VERSION, 4);
  buffer.writeUInt16LE(0, 6); // flags, reserved
  buffer.writeUInt32LE(polygons.length, 8);
  buffer.writeUInt32LE(rings.length, 12);
  buffer.writeUInt32LE(pointCount, 16);
  let offset = 20;
  for (const polygon of polygons) {
    buffer.writeUInt32LE(polygon.length, offset);
    offset += 4;
  }
  for (const ring of rings) {
    buffer.writeUInt32LE(ring.length, offset);
    offset += 4;
  }
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      buffer.writeInt16LE(lon, offset);
      buffer.writeInt16LE(lat, offset + 2);
      offset += 4;
    }
  }
  return { buffer, ringCount: rings.length, pointCount };
}

function convert(inputPath, outputPath) {
  const topology = JSON.parse(readFileSync(inputPath, 'utf8'));
  if (topology.type !== 'Topology' || !topology.objects.land) throw new Error(`${inputPath}: not a world-atlas land topology`);
  const arcs = decodeArcs(topology);
  const polygons = [];
  for (const polygon of polygonsOf(topology.objects.land)) {
    const rings = [];
    for (const indices of polygon) {
      const ring = quantizeRing(stitchRing(arcs, indices));
      if (ring) rings.push(ring);
      else if (!rings.length) break; // a degenerate outer ring drops its holes too
    }
    if (rings.length) polygons.push(rings);
  }
  const { buffer, ringCount, pointCount } = encode(polygons);
  writeFileSync(outputPath, buffer);
  console.log(`${outputPath}: ${polygons.length} polygons, ${ringCount} rings, ${pointCount} points, ${buffer.length} bytes`);
}

const args = parseArgs(process.argv.slice(2));
const version = JSON.parse(readFileSync(join(args.atlas, 'package.json'), 'utf8')).version;
console.log(`world-atlas ${version}`);
for (const resolution of ['110m', '50m']) {
  convert(join(args.atlas, `land-${resolution}.json`), join(args.out, `land-${resolution}.bin`));
}
