import { DomainError } from '../../domain/errors.js';

/**
 * A road network as a validated node and edge list, before it becomes a graph: what the parsers
 * (`parse-road-csv.ts`, `parse-road-geojson.ts`) return and the build script writes.
 *
 * Units and conventions, on every member:
 * - coordinates are WGS84 degrees (EPSG:4326), latitude and longitude in separate arrays;
 * - lengths are kilometres, times are minutes;
 * - edges are undirected (the graph makes two arcs of each): a road that is one-way in the source is
 *   driven both ways here (a known gap, see docs/accessibility.md).
 */

/** Road classes by the Norwegian road categories; `other` is everything else (municipal, private, OSM without a ref). */
export const ROAD_CLASSES = ['E', 'Rv', 'Fv', 'other'] as const;
export type RoadClass = (typeof ROAD_CLASSES)[number];
export const ROAD_CLASS_INDEX: Readonly<Record<RoadClass, number>> = { E: 0, Rv: 1, Fv: 2, other: 3 };

export interface RoadNetworkData {
  /** Node ids as the source gave them (strings; the CSV's ids, or `n<k>` for GeoJSON vertices). */
  readonly nodeIds: readonly string[];
  /** WGS84 latitude of each node, degrees. */
  readonly nodeLat: Float64Array;
  /** WGS84 longitude of each node, degrees. */
  readonly nodeLon: Float64Array;
  /** Optional human label per node ('' when none), e.g. Travel Mapping's `Route@Waypoint`. */
  readonly nodeLabels: readonly string[];
  /** Index (into the node arrays) of each edge's first end. */
  readonly edgeFrom: Int32Array;
  /** Index of each edge's second end. */
  readonly edgeTo: Int32Array;
  /** Length of each edge, km (for a ferry: the crossing). */
  readonly edgeKm: Float64Array;
  /**
   * Minutes to traverse each edge, all included: for a road its driving time, for a ferry the crossing
   * plus `edgeWaitMinutes`. This is the cost the shortest paths add up.
   */
  readonly edgeMinutes: Float64Array;
  /** Of `edgeMinutes`, the minutes spent waiting (ferry wait; 0 on roads). Kept apart so reports can say it. */
  readonly edgeWaitMinutes: Float64Array;
  /** Road class per edge, an index into ROAD_CLASSES (ferries keep the class of the road they carry, or `other`). */
  readonly edgeClass: Uint8Array;
  /** 1 where the edge is a motorway (motorvei), 0 otherwise. */
  readonly edgeMotorway: Uint8Array;
  /** 1 where the edge is a car ferry crossing, 0 for a road. */
  readonly edgeFerry: Uint8Array;
  /** Optional route label per edge ('' when none), e.g. `E6_Kir` or an OSM ref. */
  readonly edgeRoute: readonly string[];
}

/**
 * Checks the invariants every consumer relies on, throwing `geo.road-network` naming the first broken
 * one (the parsers report bad input as issues before this; reaching it means a bug or hand-made data).
 */
export function assertRoadNetworkData(data: RoadNetworkData): void {
  const n = data.nodeLat.length;
  const m = data.edgeFrom.length;
  const fail = (message: string): never => {
    throw new DomainError('geo.road-network', `road network: ${message}`);
  };
  if (data.nodeLon.length !== n || data.nodeIds.length !== n || data.nodeLabels.length !== n) fail(`node arrays differ in length (lat ${n}, lon ${data.nodeLon.length}, ids ${data.nodeIds.length}, labels ${data.nodeLabels.length})`);
  for (const [name, a] of [
    ['edgeTo', data.edgeTo],
    ['edgeKm', data.edgeKm],
    ['edgeMinutes', data.edgeMinutes],
    ['edgeWaitMinutes', data.edgeWaitMinutes],
    ['edgeClass', data.edgeClass],
    ['edgeMotorway', data.edgeMotorway],
    ['edgeFerry', data.edgeFerry],
  ] as const) {
    if (a.length !== m) fail(`${name} has ${a.length} entries, expected ${m}`);
  }
  if (data.edgeRoute.length !== m) fail(`edgeRoute has ${data.edgeRoute.length} entries, expected ${m}`);
  for (let i = 0; i < n; i++) {
    if (!(data.nodeLat[i] >= -90 && data.nodeLat[i] <= 90 && data.nodeLon[i] >= -180 && data.nodeLon[i] <= 180)) fail(`node ${data.nodeIds[i]} has no valid WGS84 position (${data.nodeLat[i]}, ${data.nodeLon[i]})`);
  }
  for (let e = 0; e < m; e++) {
    const a = data.edgeFrom[e];
    const b = data.edgeTo[e];
    if (!(a >= 0 && a < n && b >= 0 && b < n)) fail(`edge ${e} joins nodes ${a} and ${b}, outside 0…${n - 1}`);
    if (a === b) fail(`edge ${e} is a loop at node ${data.nodeIds[a]}`);
    if (!(data.edgeKm[e] >= 0 && Number.isFinite(data.edgeKm[e]))) fail(`edge ${e} has length ${data.edgeKm[e]} km`);
    if (!(data.edgeMinutes[e] >= 0 && Number.isFinite(data.edgeMinutes[e]))) fail(`edge ${e} has ${data.edgeMinutes[e]} minutes`);
    if (!(data.edgeWaitMinutes[e] >= 0 && data.edgeWaitMinutes[e] <= data.edgeMinutes[e])) fail(`edge ${e} waits ${data.edgeWaitMinutes[e]} of its ${data.edgeMinutes[e]} minutes`);
    if (data.edgeClass[e] >= ROAD_CLASSES.length) fail(`edge ${e} has road class ${data.edgeClass[e]}`);
  }
}
