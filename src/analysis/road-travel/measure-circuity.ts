import { DomainError } from '../../domain/errors.js';
import type { EdgeSnap, EdgeSnapIndex } from '../../geo/road-network/edge-snap.js';
import type { RoadGraph } from '../../geo/road-network/road-graph.js';
import { ShortestPaths } from '../../geo/road-network/shortest-paths.js';
import type { CircuityBand, CircuityTable } from '../circuity-table.js';
import { greatCircleKm } from '../../shared/great-circle.js';
import type { PointSet } from '../sites.js';

/** Straight-line distance bands (km) the measurement reports by; the last is open. */
export const CIRCUITY_BAND_EDGES_KM = [0, 5, 10, 20, 40, 80, 160] as const;

/** Regions by latitude of the pair's first point: where fjords and islands differ most. */
const CIRCUITY_REGIONS = [
  { id: 'sor', name: 'Sør-Norge (sør for 62° N)', minLat: -90, maxLat: 62 },
  { id: 'midt', name: 'Midt-Norge (62–65° N)', minLat: 62, maxLat: 65 },
  { id: 'nord', name: 'Nord-Norge (nord for 65° N)', minLat: 65, maxLat: 90 },
] as const;

export interface CircuityOptions {
  /** Points farther than this from a road are left out (their road distance would be a guess). */
  readonly maxSnapKm: number;
  /** Pairs closer than this (straight, km) are left out: the ratio of two tiny numbers is noise. */
  readonly minStraightKm: number;
  /** Pairs farther apart than this are left out (not what a nearest-office estimate is used for). */
  readonly maxStraightKm: number;
}

interface CircuityStats {
  readonly fromKm: number;
  readonly toKm: number | null;
  readonly pairs: number;
  readonly median: number | null;
  readonly mean: number | null;
  readonly p90: number | null;
  readonly max: number | null;
  /** Share of the pairs whose ratio is above 1.3, the estimated model's single factor. */
  readonly shareAbove1_3: number | null;
}

export interface CircuityMeasurement {
  readonly options: CircuityOptions;
  /** Pairs measured in all (both ends snapped within the limit, on one connected network, in range). */
  readonly pairs: number;
  readonly all: CircuityStats;
  readonly bands: readonly CircuityStats[];
  readonly regions: readonly { readonly id: string; readonly name: string; readonly all: CircuityStats; readonly bands: readonly CircuityStats[] }[];
}

/**
 * Circuity measured on a road network: for every pair (a point of `from`, a point of `to`), the
 * shortest road km between their snapped points (one Dijkstra on km per `from` point) over the
 * great-circle km between the same snapped points — so the legs off the network are not in it and the
 * ratio is the network's own. Reported per straight-distance band and per latitude region: count,
 * median, mean, 90th percentile, max and the share above 1.3.
 *
 * On a graph of main roads only, short pairs are measured between points on those roads; the real
 * last mile may bend more. The graph's edges are straight between waypoints, so the road km — and
 * the ratios — run a little short of the real roads'.
 */
export function measureCircuity(graph: RoadGraph, index: EdgeSnapIndex, from: PointSet, to: PointSet, options: CircuityOptions): CircuityMeasurement {
  if (!(options.minStraightKm >= 0 && options.maxStraightKm > options.minStraightKm)) throw new DomainError('analysis.circuity-options', `need 0 ≤ minStraightKm < maxStraightKm, got ${options.minStraightKm} and ${options.maxStraightKm}`);
  const snapsOf = (points: PointSet) => {
    const out: (EdgeSnap | null)[] = [];
    for (let i = 0; i < points.ids.length; i++) out.push(index.snap(points.lat[i], points.lon[i], options.maxSnapKm));
    return out;
  };
  const fromSnaps = snapsOf(from);
  const toSnaps = snapsOf(to);
  const bandCount = CIRCUITY_BAND_EDGES_KM.length;
  const regionCount = CIRCUITY_REGIONS.length;
  // ratios[region][band]
  const ratios: number[][][] = CIRCUITY_REGIONS.map(() => Array.from({ length: bandCount }, () => [] as number[]));
  const paths = new ShortestPaths(graph);
  const dist = new Float64Array(graph.nodeCount);
  for (let i = 0; i < fromSnaps.length; i++) {
    const s = fromSnaps[i];
    if (s === null) continue;
    const w = graph.edgeKm[s.edge];
    paths.run({ nodes: [graph.edgeFrom[s.edge], graph.edgeTo[s.edge]], costs: [s.fraction * w, (1 - s.fraction) * w] }, { weight: 'km' }, dist);
    let region = 0;
    while (region < regionCount - 1 && s.lat >= CIRCUITY_REGIONS[region].maxLat) region++;
    for (const t of toSnaps) {
      if (t === null) continue;
      const straight = greatCircleKm(s.lat, s.lon, t.lat, t.lon);
      if (straight < options.minStraightKm || straight > options.maxStraightKm) continue;
      const e = t.edge;
      const we = graph.edgeKm[e];
      let road = Math.min(dist[graph.edgeFrom[e]] + t.fraction * we, dist[graph.edgeTo[e]] + (1 - t.fraction) * we);
      if (e === s.edge) road = Math.min(road, Math.abs(t.fraction - s.fraction) * we);
      if (!Number.isFinite(road)) continue; // not connected: no road distance to compare
      let band = bandCount - 1;
      while (band > 0 && straight < CIRCUITY_BAND_EDGES_KM[band]) band--;
      // Straight km between snapped points on straight edges can exceed the road km by rounding only.
      ratios[region][band].push(Math.max(1, road / straight));
    }
  }
  const bandStats = (lists: number[][]) => lists.map((list, b) => stats(list, CIRCUITY_BAND_EDGES_KM[b], b + 1 < bandCount ? CIRCUITY_BAND_EDGES_KM[b + 1] : null));
  const national = Array.from({ length: bandCount }, (_, b) => ratios.flatMap((r) => r[b]));
  const bands = bandStats(national);
  const all = stats(national.flat(), 0, null);
  return {
    options,
    pairs: all.pairs,
    all,
    bands,
    regions: CIRCUITY_REGIONS.map((r, k) => ({ id: r.id, name: r.name, all: stats(ratios[k].flat(), 0, null), bands: bandStats(ratios[k]) })),
  };
}

/**
 * The national bands as a table for the estimated model: each band's median. A band with no pairs
 * takes its neighbour's factor (said in the source), since a gap would break the table.
 */
export function circuityTableOf(m: CircuityMeasurement, source: string): CircuityTable {
  const measured = m.bands.filter((b) => b.median !== null);
  if (measured.length === 0) throw new DomainError('analysis.circuity-empty', 'no pairs were measured, so there is no circuity table');
  const bands: CircuityBand[] = m.bands.map((b) => {
    const factor = b.median ?? nearestMeasured(measured, b.fromKm);
    return { fromKm: b.fromKm, toKm: b.toKm, factor: Math.round(factor * 1000) / 1000 };
  });
  return { source, bands };
}

function nearestMeasured(measured: readonly CircuityStats[], fromKm: number): number {
  let best = measured[0];
  for (const b of measured) if (Math.abs(b.fromKm - fromKm) < Math.abs(best.fromKm - fromKm)) best = b;
  return best.median!; // `measured` holds only bands with a median
}

function stats(values: number[], fromKm: number, toKm: number | null): CircuityStats {
  if (values.length === 0) return { fromKm, toKm, pairs: 0, median: null, mean: null, p90: null, max: null, shareAbove1_3: null };
  const s = Float64Array.from(values).sort();
  let sum = 0;
  let above = 0;
  for (const v of s) {
    sum += v;
    if (v > 1.3) above++;
  }
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return { fromKm, toKm, pairs: s.length, median: r3(q(0.5)), mean: r3(sum / s.length), p90: r3(q(0.9)), max: r3(s[s.length - 1]), shareAbove1_3: r3(above / s.length) };
}
