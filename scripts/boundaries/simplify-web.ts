import type * as Topo from 'topojson-specification';
import { feature, quantize } from 'topojson-client';
import { filter, presimplify, simplify } from 'topojson-simplify';
import { KM_PER_DEG_LAT } from '../../src/shared/great-circle.js';
import { ringSignedArea2 } from '../../src/geo/rewind-rfc7946.js';

/**
 * The browser layer: Visvalingam–Whyatt on the shared arcs (topojson-simplify), so a border is
 * simplified once and both neighbours keep exactly the same line — dissolving still removes it.
 *
 *  - Weight: the effective triangle area in km², lon scaled by cos(lat), so the same threshold
 *    means the same thing at Lindesnes and at Nordkapp (raw degrees would favour the north).
 *  - Every municipality's largest ring keeps at least three corners (weights raised to Infinity
 *    on its most significant vertices), so no municipality can vanish — Kvitsøy and Træna included.
 *  - Other rings that collapse to no area (islets smaller than the tolerance) are dropped.
 *  - The result is quantised with the server layer's own transform: the kept vertices are the same
 *    grid points as in the server layer, not a second rounding of them.
 */

type Arc3 = number[][]; // [lon, lat, weight] after presimplify

const RAD = Math.PI / 180;

/** Effective area of a triangle in km², in a local equirectangular frame at its mean latitude. */
function triangleAreaKm2(t: ReadonlyArray<ReadonlyArray<number>>): number {
  const kx = KM_PER_DEG_LAT * Math.cos(((t[0]![1]! + t[1]![1]! + t[2]![1]!) / 3) * RAD);
  const ky = KM_PER_DEG_LAT;
  const ax = t[0]![0]! * kx, ay = t[0]![1]! * ky;
  const bx = t[1]![0]! * kx, by = t[1]![1]! * ky;
  const cx = t[2]![0]! * kx, cy = t[2]![1]! * ky;
  return Math.abs((ax - cx) * (by - ay) - (ax - bx) * (cy - ay)) / 2;
}

function polygonsOf(g: Topo.GeometryObject): number[][][] {
  if (g.type === 'Polygon') return [g.arcs];
  if (g.type === 'MultiPolygon') return g.arcs;
  return [];
}

/** Distinct corners a ring keeps at `minWeight`: the kept points of its arcs, minus the shared joints. */
function keptCorners(arcs: readonly Arc3[], ring: readonly number[], minWeight: number): number {
  let n = 0;
  for (const a of ring) n += arcs[a < 0 ? ~a : a]!.filter((pt) => pt[2]! >= minWeight).length - 1;
  return n;
}

/** Raises the weights of `ring`'s most significant interior vertices until it keeps three corners. */
function protectRing(arcs: Arc3[], ring: readonly number[], minWeight: number): void {
  let missing = 3 - keptCorners(arcs, ring, minWeight);
  if (missing <= 0) return;
  const interior: { arc: number; i: number; w: number }[] = [];
  for (const a of ring) {
    const arc = arcs[a < 0 ? ~a : a]!;
    for (let i = 1; i + 1 < arc.length; i++) if (arc[i]![2]! < minWeight) interior.push({ arc: a < 0 ? ~a : a, i, w: arc[i]![2]! });
  }
  interior.sort((x, y) => y.w - x.w || x.arc - y.arc || x.i - y.i);
  for (const v of interior) {
    if (missing-- <= 0) break;
    arcs[v.arc]![v.i]![2] = Infinity;
  }
}

function ringAreaOf(topology: Topo.Topology, ring: number[]): number {
  const f = feature(topology, { type: 'Polygon', arcs: [ring] });
  return Math.abs(ringSignedArea2(f.geometry.coordinates[0]!));
}

export function simplifyForWeb(server: Topo.Topology, minWeightKm2: number): Topo.Topology {
  const transform = server.transform;
  if (!transform) throw new Error('simplifyForWeb: the server layer must be quantised');
  // The typings want property-less objects; presimplify never reads properties, it passes them on.
  const pre = presimplify(server as Topo.Topology<Topo.Objects>, triangleAreaKm2);
  const arcs = pre.arcs as Arc3[]; // safe: presimplify returns every point as [x, y, weight]
  for (const g of Object.values(pre.objects).flatMap((o) => (o.type === 'GeometryCollection' ? o.geometries : [o]))) {
    const polygons = polygonsOf(g);
    if (polygons.length === 0) continue;
    // The largest exterior ring before simplification is the one that must survive.
    const areas = polygons.map((rings) => ringAreaOf(server, rings[0]!));
    protectRing(arcs, polygons[areas.indexOf(Math.max(...areas))]![0]!, minWeightKm2);
  }
  const simplified = simplify(pre, minWeightKm2);
  // topojson-simplify hands the filter a ring as arc indexes; its typings say coordinates.
  const keepRing = ((ring: number[]) => ringAreaOf(simplified, ring) > 0) as unknown as Parameters<typeof filter>[1];
  return quantize(filter(simplified, keepRing), transform);
}
