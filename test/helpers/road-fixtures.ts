import type { RoadNetworkData } from '../../src/geo/road-network/road-network-data.js';

/** A node/edge list from tiny inline arrays (roads of class `other`, no motorways unless given). */
export function roadData(
  nodes: readonly { id: string; lat: number; lon: number }[],
  edges: readonly { from: number; to: number; km: number; minutes: number; ferry?: boolean; wait?: number }[],
): RoadNetworkData {
  return {
    nodeIds: nodes.map((n) => n.id),
    nodeLat: Float64Array.from(nodes, (n) => n.lat),
    nodeLon: Float64Array.from(nodes, (n) => n.lon),
    nodeLabels: nodes.map(() => ''),
    edgeFrom: Int32Array.from(edges, (e) => e.from),
    edgeTo: Int32Array.from(edges, (e) => e.to),
    edgeKm: Float64Array.from(edges, (e) => e.km),
    edgeMinutes: Float64Array.from(edges, (e) => e.minutes),
    edgeWaitMinutes: Float64Array.from(edges, (e) => e.wait ?? 0),
    edgeClass: new Uint8Array(edges.length).fill(3),
    edgeMotorway: new Uint8Array(edges.length),
    edgeFerry: Uint8Array.from(edges, (e) => (e.ferry ? 1 : 0)),
    edgeRoute: edges.map(() => ''),
  };
}

/** A deterministic pseudo-random sequence (mulberry32), so "random" graphs are the same every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
