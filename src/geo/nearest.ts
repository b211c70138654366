import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { DomainError } from '../domain/errors.js';
import { assertFiniteAtLeast, assertLatLon } from './coordinates.js';
import { EARTH_RADIUS_KM, greatCircleKm } from '../shared/great-circle.js';

/**
 * The k points (offices) nearest to a position by great-circle distance: kdbush holds the points,
 * geokdbush walks it in order of distance on the sphere (so 1° of longitude at 70° N counts as the
 * 38 km it is, not as 1°). Distances are haversine on EARTH_RADIUS_KM, as everywhere in geo.
 */

export interface NearestPoint {
  id: string;
  distanceKm: number;
}

export interface NearestOptions {
  /** Only points this close, km (default: no limit). */
  maxDistanceKm?: number;
  /** Only points it returns true for, e.g. offices open on the date. */
  filter?: (id: string) => boolean;
}

// geokdbush turns km into an angle with its own radius (6371 km); convert ours to the same angle,
// with a hair of slack, and apply the exact limit to our own distances afterwards.
const GEOKDBUSH_EARTH_RADIUS_KM = 6371;
const toGeokdbushKm = (km: number) => ((km * GEOKDBUSH_EARTH_RADIUS_KM) / EARTH_RADIUS_KM) * (1 + 1e-9);

export class NearestIndex {
  private constructor(
    private readonly ids: readonly string[],
    private readonly lat: Float64Array,
    private readonly lon: Float64Array,
    private readonly tree: KDBush,
  ) {}

  /** Indexes `points` (unique ids, WGS84). Throws on a duplicate id or a bad coordinate, naming the point. */
  static build(points: readonly { id: string; lat: number; lon: number }[]): NearestIndex {
    const seen = new Set<string>();
    const lat = new Float64Array(points.length);
    const lon = new Float64Array(points.length);
    const tree = new KDBush(Math.max(1, points.length));
    points.forEach((p, i) => {
      assertLatLon(p.lat, p.lon, `NearestIndex.build: point "${p.id}" (#${i})`);
      if (seen.has(p.id)) throw new DomainError('geo.duplicate-id', `NearestIndex.build: id "${p.id}" appears more than once (#${i})`, { id: p.id });
      seen.add(p.id);
      lat[i] = p.lat;
      lon[i] = p.lon;
      tree.add(p.lon, p.lat);
    });
    if (points.length === 0) tree.add(0, 0); // kdbush needs an item; `ids` stays empty so it is never returned
    tree.finish();
    return new NearestIndex(points.map((p) => p.id), lat, lon, tree);
  }

  get size(): number {
    return this.ids.length;
  }

  /**
   * Up to `k` points nearest to (lat, lon), nearest first; equal distances in id order, also across
   * the k-th place (which of two offices at the same address makes the cut does not depend on input order).
   */
  nearest(lat: number, lon: number, k: number, options: NearestOptions = {}): NearestPoint[] {
    assertLatLon(lat, lon, 'nearest(lat, lon)');
    if (!(Number.isInteger(k) && k >= 0)) throw new DomainError('geo.invalid-argument', `nearest(k) must be a whole number ≥ 0, got ${k}`, { k });
    const maxKm = options.maxDistanceKm ?? Infinity;
    if (maxKm !== Infinity) assertFiniteAtLeast(maxKm, 0, 'nearest(maxDistanceKm)');
    if (k === 0 || this.ids.length === 0) return [];

    const { filter } = options;
    const accept = (i: number) => i < this.ids.length && (!filter || filter(this.ids[i]!));
    const found = this.collect(around(this.tree, lon, lat, k + 1, maxKm === Infinity ? Infinity : toGeokdbushKm(maxKm), accept), lat, lon, maxKm);
    if (found.length > k && found[k]!.distanceKm === found[k - 1]!.distanceKm) {
      // A tie straddles the cut: take everything at that distance and let the id order decide.
      const cut = found[k - 1]!.distanceKm;
      return this.collect(around(this.tree, lon, lat, Infinity, toGeokdbushKm(cut), accept), lat, lon, cut).slice(0, k);
    }
    return found.slice(0, k);
  }

  private collect(items: number[], lat: number, lon: number, maxKm: number): NearestPoint[] {
    return items
      .map((i) => ({ id: this.ids[i]!, distanceKm: greatCircleKm(lat, lon, this.lat[i]!, this.lon[i]!) }))
      .filter((p) => p.distanceKm <= maxKm)
      .sort((a, b) => a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
