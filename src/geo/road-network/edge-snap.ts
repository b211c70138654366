import Flatbush from 'flatbush';
import { DomainError } from '../../domain/errors.js';
import { assertLatLon } from '../coordinates.js';
import { KM_PER_DEG_LAT } from '../../shared/great-circle.js';
import type { RoadGraph } from './road-graph.js';

/** Where a point meets the network: the nearest point on the nearest edge. */
export interface EdgeSnap {
  /** Edge index in the graph. */
  readonly edge: number;
  /**
   * Position along the edge, 0 at `edgeFrom[edge]` and 1 at `edgeTo[edge]`, measured along the straight
   * segment between them (the graph's edges are straight lines between nodes), so the edge's cost up to
   * the snapped point is `fraction × cost`.
   */
  readonly fraction: number;
  /** Distance from the point to the snapped point, km. */
  readonly distanceKm: number;
  /** The snapped point, WGS84 degrees. */
  readonly lat: number;
  readonly lon: number;
}

/** A search further than this is refused: beyond it "nearest road" stops meaning anything in Norway. */
const MAX_SEARCH_KM = 500;

/**
 * Nearest-edge lookups for points: a flatbush R-tree over the edges' bounding boxes in WGS84 degrees
 * (x = lon, y = lat), then the exact point-to-segment distance on candidates.
 *
 * Distances are on a local equirectangular projection at the query point's latitude (x scaled by
 * cos lat), on the same mean-radius sphere as `greatCircleKm`. Within 50 km of the point that is
 * within about 1 % of the great-circle distance at Norwegian latitudes — more than enough to pick the
 * nearest edge and to cost a short access leg.
 *
 * Search: the few edges nearest by box distance give an upper bound d on the answer; every edge
 * within d of the point has a box that meets the point's d-box (converted to degrees with the cosine
 * of the box's poleward edge, so it never comes out too small), and all of those are checked exactly.
 */
export class EdgeSnapIndex {
  private constructor(
    private readonly graph: RoadGraph,
    private readonly tree: Flatbush | null,
    /** Edge index per item of the tree. */
    private readonly items: Int32Array,
  ) {}

  /** Indexes the graph's edges for which `include(edge)` holds (default: every road edge, no ferries). */
  static build(graph: RoadGraph, include: (edge: number) => boolean = (e) => graph.edgeFerry[e] === 0): EdgeSnapIndex {
    const chosen: number[] = [];
    for (let e = 0; e < graph.edgeCount; e++) if (include(e)) chosen.push(e);
    if (chosen.length === 0) return new EdgeSnapIndex(graph, null, new Int32Array(0));
    const tree = new Flatbush(chosen.length);
    for (const e of chosen) {
      const a = graph.edgeFrom[e];
      const b = graph.edgeTo[e];
      const latA = graph.nodeLat[a];
      const lonA = graph.nodeLon[a];
      const latB = graph.nodeLat[b];
      const lonB = graph.nodeLon[b];
      tree.add(Math.min(lonA, lonB), Math.min(latA, latB), Math.max(lonA, lonB), Math.max(latA, latB));
    }
    tree.finish();
    return new EdgeSnapIndex(graph, tree, Int32Array.from(chosen));
  }

  get size(): number {
    return this.items.length;
  }

  /** The nearest indexed edge to (lat, lon) within `maxKm`, or null when there is none that close. */
  snap(lat: number, lon: number, maxKm: number = MAX_SEARCH_KM): EdgeSnap | null {
    assertLatLon(lat, lon, 'EdgeSnapIndex.snap(lat, lon)');
    if (!(maxKm >= 0 && maxKm <= MAX_SEARCH_KM)) throw new DomainError('geo.invalid-argument', `EdgeSnapIndex.snap: maxKm must be within 0…${MAX_SEARCH_KM}, got ${maxKm}`);
    if (this.tree === null) return null;
    const cosLat = Math.cos((lat * Math.PI) / 180);
    let bestKm = Infinity;
    for (const item of this.tree.neighbors(lon, lat, 4)) bestKm = Math.min(bestKm, this.distanceKm(item, lat, lon, cosLat).km);
    const radiusKm = Math.min(bestKm, maxKm);
    const dLat = radiusKm / KM_PER_DEG_LAT;
    const polewardLat = Math.min(89.9, Math.abs(lat) + dLat);
    const dLon = radiusKm / (KM_PER_DEG_LAT * Math.cos((polewardLat * Math.PI) / 180));
    let best: EdgeSnap | null = null;
    for (const item of this.tree.search(lon - dLon, lat - dLat, lon + dLon, lat + dLat)) {
      const d = this.distanceKm(item, lat, lon, cosLat);
      const edge = this.items[item];
      // Ties (a shared node) go to the lower edge index, so the answer does not depend on tree order.
      if (d.km <= maxKm && (best === null || d.km < best.distanceKm || (d.km === best.distanceKm && edge < best.edge))) {
        const a = this.graph.edgeFrom[edge];
        const b = this.graph.edgeTo[edge];
        best = {
          edge,
          fraction: d.t,
          distanceKm: d.km,
          lat: this.graph.nodeLat[a] + d.t * (this.graph.nodeLat[b] - this.graph.nodeLat[a]),
          lon: this.graph.nodeLon[a] + d.t * (this.graph.nodeLon[b] - this.graph.nodeLon[a]),
        };
      }
    }
    return best;
  }

  /** Distance (km) from the point to the item's segment and the fraction along it of the nearest point. */
  private distanceKm(item: number, lat: number, lon: number, cosLat: number): { km: number; t: number } {
    const edge = this.items[item];
    const a = this.graph.edgeFrom[edge];
    const b = this.graph.edgeTo[edge];
    const ax = (this.graph.nodeLon[a] - lon) * cosLat;
    const ay = this.graph.nodeLat[a] - lat;
    const bx = (this.graph.nodeLon[b] - lon) * cosLat;
    const by = this.graph.nodeLat[b] - lat;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0;
    if (t < 0) t = 0;
    else if (t > 1) t = 1;
    const px = ax + t * dx;
    const py = ay + t * dy;
    return { km: Math.sqrt(px * px + py * py) * KM_PER_DEG_LAT, t };
  }
}
