import { DomainError } from '../../domain/errors.js';
import type { RoadGraph } from './road-graph.js';
import { ROAD_CLASSES, type RoadNetworkData } from './road-network-data.js';

/**
 * Speeds that turn a network's lengths into minutes: km/h per road class, motorways apart, and car
 * ferries at a crossing speed plus a fixed wait per crossing (minutes). Used for networks whose source
 * has no times of its own (the Travel Mapping graph); NVDB and OSM imports keep the source's times.
 */
export interface RoadSpeeds {
  readonly E: number;
  readonly Rv: number;
  readonly Fv: number;
  readonly other: number;
  readonly motorway: number;
  readonly ferryKmh: number;
  readonly ferryWaitMinutes: number;
}

/** The shared graph's own assumption (its README): E 80, Rv 70, Fv/other 60 km/h, motorways 100, ferries 25 km/h + 15 min. */
export const SHARED_GRAPH_SPEEDS: RoadSpeeds = { E: 80, Rv: 70, Fv: 60, other: 60, motorway: 100, ferryKmh: 25, ferryWaitMinutes: 15 };

function assertRoadSpeeds(s: RoadSpeeds): void {
  for (const key of ['E', 'Rv', 'Fv', 'other', 'motorway', 'ferryKmh'] as const) {
    if (!(Number.isFinite(s[key]) && s[key] > 0 && s[key] <= 130)) throw new DomainError('geo.road-speeds', `road speed ${key} must be within (0, 130] km/h, got ${s[key]}`);
  }
  if (!(Number.isFinite(s.ferryWaitMinutes) && s.ferryWaitMinutes >= 0 && s.ferryWaitMinutes <= 240)) throw new DomainError('geo.road-speeds', `ferryWaitMinutes must be within [0, 240], got ${s.ferryWaitMinutes}`);
}

/** km/h of an edge by class and motorway flag (roads only). */
function roadSpeedKmh(s: RoadSpeeds, roadClass: number, motorway: number): number {
  return motorway ? s.motorway : s[ROAD_CLASSES[roadClass]];
}

/** The same network with every edge's minutes (and ferry wait) recomputed from its length and the speeds. */
export function applyRoadSpeeds(data: RoadNetworkData, speeds: RoadSpeeds): RoadNetworkData {
  assertRoadSpeeds(speeds);
  const m = data.edgeFrom.length;
  const minutes = new Float64Array(m);
  const wait = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    if (data.edgeFerry[e]) {
      wait[e] = speeds.ferryWaitMinutes;
      minutes[e] = (data.edgeKm[e] / speeds.ferryKmh) * 60 + speeds.ferryWaitMinutes;
    } else {
      minutes[e] = (data.edgeKm[e] / roadSpeedKmh(speeds, data.edgeClass[e], data.edgeMotorway[e])) * 60;
    }
  }
  return { ...data, edgeMinutes: minutes, edgeWaitMinutes: wait };
}

/**
 * The same graph with minutes from other speeds, sharing its structure (CSR, components, geometry):
 * a tuning loop re-weights rather than rebuilds. Lengths stay the graph's (Float32) km.
 */
export function withRoadSpeeds(graph: RoadGraph, speeds: RoadSpeeds): RoadGraph {
  assertRoadSpeeds(speeds);
  const m = graph.edgeCount;
  const edgeMinutes = new Float32Array(m);
  const edgeWaitMinutes = new Float32Array(m);
  for (let e = 0; e < m; e++) {
    if (graph.edgeFerry[e]) {
      edgeWaitMinutes[e] = speeds.ferryWaitMinutes;
      edgeMinutes[e] = (graph.edgeKm[e] / speeds.ferryKmh) * 60 + speeds.ferryWaitMinutes;
    } else {
      edgeMinutes[e] = (graph.edgeKm[e] / roadSpeedKmh(speeds, graph.edgeClass[e], graph.edgeMotorway[e])) * 60;
    }
  }
  const arcMinutes = new Float32Array(graph.arcEdge.length);
  for (let a = 0; a < arcMinutes.length; a++) arcMinutes[a] = edgeMinutes[graph.arcEdge[a]];
  return { ...graph, edgeMinutes, edgeWaitMinutes, arcMinutes };
}
