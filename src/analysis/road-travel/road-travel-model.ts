import { DomainError } from '../../domain/errors.js';
import { ok, type Result } from '../../shared/result.js';
import { EdgeSnapIndex, type EdgeSnap } from '../../geo/road-network/edge-snap.js';
import type { RoadGraph } from '../../geo/road-network/road-graph.js';
import { ShortestPaths } from '../../geo/road-network/shortest-paths.js';
import type { PointSet } from '../sites.js';
import { estimatedRoadTravel, type TravelFallback, type TravelMatrix, type TravelModel, type TravelModelError } from '../travel-model.js';

/** Which network a model routes on: shown in its params and label, and the cache's identity. */
export interface RoadNetworkInfo {
  /** Version of the network data (e.g. the source's date or commit); one model instance per version. */
  readonly version: string;
  /** Short name of the source, e.g. `Travel Mapping / OpenStreetMap`. */
  readonly source: string;
  /** Credit that must accompany results, e.g. `© OpenStreetMap contributors, ODbL 1.0`. */
  readonly credit: string;
}

/**
 * Defaults of the legs off the network, and why:
 * - access speed 50 km/h: the leg runs on what the main-road graph lacks — town streets (30–50 km/h
 *   limits) and municipal and secondary county roads (mostly 50–80 km/h limits, narrow); 50 is the
 *   general limit in built-up areas and a middle of the two. An assumption, not calibrated: the
 *   published town-to-town times start and end on the network.
 * - access circuity 1.3: the same literature value as the estimated model (road distance over the
 *   straight line on large road networks, Wang et al. 2024), here applied to a few km at most.
 * - snapping limit 20 km: half the postcode points lie within 0.3 km of the graph, 99 % within 18 km;
 *   beyond 20 km a straight line to the nearest main road is no longer a plausible road (Røst 57 km,
 *   Træna 43 km, Værøy 27 km from it), so such a point is reported and gets the fallback.
 */
export const DEFAULT_ACCESS_SPEED_KMH = 50;
export const DEFAULT_ACCESS_CIRCUITY = 1.3;
export const DEFAULT_MAX_SNAP_KM = 20;
/** How far to look for a road at all, to report how far away the nearest one is. */
const NEAREST_ROAD_SEARCH_KM = 200;

export interface RoadTravelParams {
  readonly accessSpeedKmh?: number;
  readonly accessCircuity?: number;
  readonly maxSnapKm?: number;
}

interface Snapped {
  /** Snap within the search limit (may be beyond maxSnapKm), or null. */
  readonly snap: EdgeSnap | null;
  /** Component of the snapped edge when within maxSnapKm, else -1. */
  readonly component: number;
  /** Minutes of the leg between the point and its snapped point. */
  readonly legMinutes: number;
}

const nb = (x: number) => new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 }).format(x);

/**
 * Travel minutes routed on a road graph. For an origin (demand point) and a destination (office):
 *
 *   access leg + network path + egress leg
 *
 * - each point is snapped to the nearest road edge (not node; ferries are never snapped to), and the
 *   leg to its snapped point costs straight km × access circuity ÷ access speed;
 * - the network part is one Dijkstra per destination, started from both ends of the destination's
 *   snapped edge with the part of the edge's minutes between them and the snapped point, and read at
 *   the origin's edge the same way (or along the edge itself when both snap to the same one);
 * - ferry edges cost their crossing plus their wait, as the network data gives them.
 * Points with no road within `maxSnapKm`, and pairs on road networks that are not connected (islands
 * whose ferry the data lacks), get the fallback model's minutes and are listed in the matrix's
 * `fallbacks` with the reason — never dropped. Dijkstra results are cached per destination snap, so
 * one instance should serve one network version.
 */
export function roadNetworkTravel(
  graph: RoadGraph,
  network: RoadNetworkInfo,
  params: RoadTravelParams = {},
  fallback: TravelModel = estimatedRoadTravel(),
  /** A snapping index already built on this graph's geometry (e.g. shared by re-weighted copies while tuning). */
  prepared: { snapIndex?: EdgeSnapIndex } = {},
): TravelModel {
  const accessSpeedKmh = params.accessSpeedKmh ?? DEFAULT_ACCESS_SPEED_KMH;
  const accessCircuity = params.accessCircuity ?? DEFAULT_ACCESS_CIRCUITY;
  const maxSnapKm = params.maxSnapKm ?? DEFAULT_MAX_SNAP_KM;
  if (!(Number.isFinite(accessSpeedKmh) && accessSpeedKmh > 0 && accessSpeedKmh <= 130)) throw new DomainError('analysis.travel-params', `accessSpeedKmh must be within (0, 130], got ${accessSpeedKmh}`);
  if (!(Number.isFinite(accessCircuity) && accessCircuity >= 1 && accessCircuity <= 5)) throw new DomainError('analysis.travel-params', `accessCircuity must be within [1, 5], got ${accessCircuity}`);
  if (!(Number.isFinite(maxSnapKm) && maxSnapKm >= 0 && maxSnapKm <= NEAREST_ROAD_SEARCH_KM)) throw new DomainError('analysis.travel-params', `maxSnapKm must be within [0, ${NEAREST_ROAD_SEARCH_KM}], got ${maxSnapKm}`);
  const index = prepared.snapIndex ?? EdgeSnapIndex.build(graph);
  const paths = new ShortestPaths(graph);
  const legMinutesPerKm = (accessCircuity * 60) / accessSpeedKmh;
  const snapCache = new Map<string, Snapped>();
  const pathCache = new Map<string, Float32Array>();

  const snapPoint = (lat: number, lon: number): Snapped => {
    const key = `${lat},${lon}`;
    let s = snapCache.get(key);
    if (s === undefined) {
      const snap = index.snap(lat, lon, NEAREST_ROAD_SEARCH_KM);
      const within = snap !== null && snap.distanceKm <= maxSnapKm;
      s = { snap, component: within ? graph.component[graph.edgeFrom[snap.edge]] : -1, legMinutes: within ? snap.distanceKm * legMinutesPerKm : 0 };
      snapCache.set(key, s);
    }
    return s;
  };

  /** Minutes from the snapped point to every node, cached by the snap. */
  const minutesFrom = (snap: EdgeSnap): Float32Array => {
    const key = `${snap.edge}:${snap.fraction}`;
    let dist = pathCache.get(key);
    if (dist === undefined) {
      const w = graph.edgeMinutes[snap.edge];
      dist = new Float32Array(graph.nodeCount);
      paths.run({ nodes: [graph.edgeFrom[snap.edge], graph.edgeTo[snap.edge]], costs: [snap.fraction * w, (1 - snap.fraction) * w] }, {}, dist);
      pathCache.set(key, dist);
    }
    return dist;
  };

  // The demand points are the same arrays call after call (a preview's new site is one more column
  // against them): their snaps are kept per point set, so a column costs its one Dijkstra, not 3,000 lookups.
  const pointSetSnaps = new WeakMap<PointSet, ReturnType<typeof snapAll>>();
  const snapsOf = (points: PointSet) => {
    let snaps = pointSetSnaps.get(points);
    if (snaps === undefined) {
      snaps = snapAll(points, snapPoint);
      pointSetSnaps.set(points, snaps);
    }
    return snaps;
  };

  const ferryWaits = new Set<number>();
  for (let e = 0; e < graph.edgeCount; e++) if (graph.edgeFerry[e]) ferryWaits.add(graph.edgeWaitMinutes[e]);
  const ferryWait = ferryWaits.size === 1 ? [...ferryWaits][0] : ferryWaits.size === 0 ? 'none' : 'per ferry';

  return {
    id: 'road',
    label: `Kjøretid på vegnettet (${network.source}, versjon ${network.version}; til og fra nærmeste veg ${nb(accessSpeedKmh)} km/t × omveisfaktor ${nb(accessCircuity)})`,
    labelEn: `Driving time on the road network (${network.source}, version ${network.version}; to and from the nearest road at ${accessSpeedKmh} km/h × circuity ${accessCircuity})`,
    estimated: false,
    source: `${network.source}, versjon ${network.version}`,
    terms: network.credit,
    params: {
      network: network.version,
      networkSource: network.source,
      credit: network.credit,
      accessSpeedKmh,
      accessCircuity,
      maxSnapKm,
      ferryWaitMinutes: ferryWait,
      fallback: fallback.id,
    },
    matrix(origins: PointSet, destinations: PointSet): Result<TravelMatrix, TravelModelError> {
      const rows = origins.ids.length;
      const cols = destinations.ids.length;
      const o = snapsOf(origins);
      const d = snapAll(destinations, snapPoint);
      const minutes = new Float32Array(rows * cols);
      // Cells that need the fallback are marked NaN first and filled from one fallback matrix after.
      const originCells = new Int32Array(rows);
      const originReason = new Uint8Array(rows); // 1 no road, 2 separate network
      const destinationCells = new Int32Array(cols);
      const destinationReason = new Uint8Array(cols);
      let needFallback = false;
      for (let i = 0; i < rows; i++) if (o.component[i] < 0) originReason[i] = 1;
      for (let j = 0; j < cols; j++) {
        const base = j;
        if (d.component[j] < 0) {
          destinationReason[j] = 1;
          destinationCells[j] = rows;
          for (let i = 0; i < rows; i++) {
            minutes[i * cols + base] = NaN;
            if (o.component[i] < 0) originCells[i]++;
          }
          needFallback = true;
          continue;
        }
        const dest = d.snaps[j]!; // component ≥ 0 means snapped within the limit
        const dist = minutesFrom(dest);
        const egress = d.legMinutes[j];
        const dComponent = d.component[j];
        for (let i = 0; i < rows; i++) {
          const k = i * cols + base;
          const oc = o.component[i];
          if (oc !== dComponent) {
            minutes[k] = NaN;
            needFallback = true;
            // A pair is the fault of whichever end has no road or is off the main (largest) network.
            if (oc !== 0) {
              originCells[i]++;
              if (oc > 0) originReason[i] = 2;
            }
            if (dComponent !== 0) {
              destinationCells[j]++;
              destinationReason[j] = 2;
            }
            continue;
          }
          const e = o.edge[i];
          const f = o.fraction[i];
          const w = graph.edgeMinutes[e];
          let t = Math.min(dist[graph.edgeFrom[e]] + f * w, dist[graph.edgeTo[e]] + (1 - f) * w);
          if (e === dest.edge) t = Math.min(t, Math.abs(f - dest.fraction) * w);
          minutes[k] = o.legMinutes[i] + t + egress;
        }
      }
      const fallbacks: TravelFallback[] = [];
      if (needFallback) {
        const fb = fallback.matrix(origins, destinations);
        if (!fb.ok) return fb;
        for (let k = 0; k < rows * cols; k++) if (Number.isNaN(minutes[k])) minutes[k] = fb.value.minutes[k];
        const describe = (id: string, role: 'origin' | 'destination', reason: number, cells: number, snap: EdgeSnap | null): TravelFallback => {
          const nearestRoadKm = snap === null ? null : snap.distanceKm;
          const what = role === 'origin' ? 'demand point' : 'site';
          const message =
            reason === 1
              ? `${what} ${id}: no road within ${maxSnapKm} km in the network (${nearestRoadKm === null ? `none within ${NEAREST_ROAD_SEARCH_KM} km` : `nearest ${nearestRoadKm.toFixed(1)} km away`}); ${cells} travel time(s) from ${fallback.id}`
              : `${what} ${id}: its roads are not connected to the ${role === 'origin' ? 'sites' : 'demand points'} of ${cells} pair(s) in the network (an island or area whose link is missing); those times from ${fallback.id}`;
          return { id, role, reason: reason === 1 ? 'no-road-nearby' : 'separate-road-network', nearestRoadKm, cells, fallbackModel: fallback.id, message };
        };
        for (let i = 0; i < rows; i++) if (originCells[i] > 0 && originReason[i] > 0) fallbacks.push(describe(origins.ids[i], 'origin', originReason[i], originCells[i], o.snaps[i]));
        for (let j = 0; j < cols; j++) if (destinationCells[j] > 0 && destinationReason[j] > 0) fallbacks.push(describe(destinations.ids[j], 'destination', destinationReason[j], destinationCells[j], d.snaps[j]));
      }
      return ok({ rows, cols, originIds: origins.ids, destinationIds: destinations.ids, minutes, fallbacks });
    },
  };
}

/** Snaps of a point set as flat arrays (edge -1 / component -1 where not within the limit). */
function snapAll(points: PointSet, snapPoint: (lat: number, lon: number) => Snapped) {
  const n = points.ids.length;
  const edge = new Int32Array(n).fill(-1);
  const fraction = new Float64Array(n);
  const component = new Int32Array(n).fill(-1);
  const legMinutes = new Float64Array(n);
  const snaps: (EdgeSnap | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = snapPoint(points.lat[i], points.lon[i]);
    snaps[i] = s.snap;
    if (s.component < 0) continue;
    edge[i] = s.snap!.edge; // component ≥ 0 only with a snap
    fraction[i] = s.snap!.fraction;
    component[i] = s.component;
    legMinutes[i] = s.legMinutes;
  }
  return { edge, fraction, component, legMinutes, snaps };
}
