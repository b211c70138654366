import Flatbush from 'flatbush';
import { DomainError } from '../domain/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { distanceToPartKm } from './boundary-distance.js';
import { KM_PER_DEG_LAT } from '../shared/great-circle.js';
import { assertFiniteAtLeast, assertLatLon } from './coordinates.js';
import { buildLocateGrid, DEFAULT_CELL_KM, locateGridStats, NO_MUNICIPALITY, type LocateGrid, type LocateGridStats } from './locate-grid.js';
import { partContainsOrTouches, partStats, polygonPartsOf, type PolygonParts } from './polygon-parts.js';
import type { MunicipalityFeature, MunicipalityProperties } from './topology.js';

/**
 * Point → municipality, in memory.
 *
 * Boundary rule: a point belongs to the first municipality, in ascending municipality number, that
 * contains it or has it on its boundary (closed polygons; point-in-polygon-hao decides "on the
 * boundary"). So a point exactly on an edge or vertex shared by several municipalities goes to
 * exactly one of them, the lowest-numbered, on every run; a point on the coastline counts as inside.
 * Where the source polygons overlap, the same rule picks one.
 *
 * Lookup: a grid over Norway (locate-grid.ts) answers cells wholly inside one municipality or
 * wholly outside all of them with one array read; only boundary cells run the exact test, on the
 * few candidate parts stored for the cell. Answers are identical to `municipalityIndexByLinearScan`.
 *
 * Off-shore snapping: a point in no polygon but within `snapKm` (default 5 km) of a municipality's
 * boundary is given that municipality, flagged `snapped` with the distance; harbours, fjords and
 * the sea just off the coast-clipped polygons still answer the municipality a person there is in.
 */

export const DEFAULT_SNAP_KM = 5;

/** The municipality found; when snapped, `distanceKm` is the distance to its boundary. */
export type LocatedMunicipality = MunicipalityProperties & ({ snapped: false } | { snapped: true; distanceKm: number });

export interface NotLocated {
  code: 'geo.not-found';
  message: string;
  snapKm: number;
}

export interface LocateIndexOptions {
  /** Grid cell size in km (default DEFAULT_CELL_KM); smaller cells mean fewer exact tests and more memory. */
  cellKm?: number;
}

export interface LocateIndexStats extends LocateGridStats {
  polygons: number;
  rings: number;
  holes: number;
  vertices: number;
  cellKm: number;
}

export class LocateIndex {
  readonly municipalities: readonly MunicipalityProperties[];
  // The flatbush-only query in progress, read by `pickFirst` (a field, not a closure: no allocation per query).
  private best = -1;
  private queryLon = 0;
  private queryLat = 0;
  private readonly scratch = [0, 0];

  private constructor(
    readonly parts: PolygonParts,
    private readonly grid: LocateGrid,
    private readonly tree: Flatbush,
    private readonly cellKm: number,
  ) {
    this.municipalities = parts.municipalities;
  }

  /** Builds the index over municipality features ascending by unique number (as `municipalityFeatures` returns them). */
  static build(features: readonly MunicipalityFeature[], options: LocateIndexOptions = {}): LocateIndex {
    const parts = polygonPartsOf(features);
    if (parts.partCount === 0) throw new DomainError('geo.empty-layer', 'LocateIndex.build: the features hold no polygons to index');
    const cellKm = options.cellKm ?? DEFAULT_CELL_KM;
    const grid = buildLocateGrid(parts, cellKm);
    const tree = new Flatbush(parts.partCount);
    for (let p = 0; p < parts.partCount; p++) {
      tree.add(parts.bbox[4 * p]!, parts.bbox[4 * p + 1]!, parts.bbox[4 * p + 2]!, parts.bbox[4 * p + 3]!);
    }
    tree.finish();
    return new LocateIndex(parts, grid, tree, cellKm);
  }

  /**
   * The hot path: index into `municipalities` of the municipality at (lat, lon), or -1 when it is in
   * none. No snapping, no allocation. Throws `geo.invalid-coordinate` on NaN or out-of-range input.
   */
  municipalityIndexAt(lat: number, lon: number): number {
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) assertLatLon(lat, lon, 'municipalityIndexAt(lat, lon)');
    const g = this.grid;
    const fx = (lon - g.minLon) * g.invCellLon;
    const fy = (lat - g.minLat) * g.invCellLat;
    if (!(fx >= 0 && fx < g.nx && fy >= 0 && fy < g.ny)) return NO_MUNICIPALITY;
    const code = g.cells[(fy | 0) * g.nx + (fx | 0)]!;
    if (code >= NO_MUNICIPALITY) return code;
    const b = -2 - code;
    for (let k = g.candidateStart[b]!, end = g.candidateStart[b + 1]!; k < end; k++) {
      const p = g.candidates[k]!;
      if (partContainsOrTouches(this.parts, p, lon, lat, this.scratch)) return this.parts.owner[p]!;
    }
    return NO_MUNICIPALITY;
  }

  /** The same answer without the grid: flatbush over part boxes, then the exact test (for comparison). */
  municipalityIndexAtWithoutGrid(lat: number, lon: number): number {
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) assertLatLon(lat, lon, 'municipalityIndexAtWithoutGrid(lat, lon)');
    this.best = -1;
    this.queryLon = lon;
    this.queryLat = lat;
    this.tree.search(lon, lat, lon, lat, this.pickFirst);
    return this.best < 0 ? NO_MUNICIPALITY : this.parts.owner[this.best]!;
  }

  // flatbush visits candidates in tree order; keep the lowest part index that holds the point.
  private readonly pickFirst = (p: number): boolean => {
    if ((this.best < 0 || p < this.best) && partContainsOrTouches(this.parts, p, this.queryLon, this.queryLat, this.scratch)) this.best = p;
    return false;
  };

  /**
   * The municipality nearest to (lat, lon) by distance to its boundary, if within `withinKm`:
   * its index and the distance. Ties go to the lowest part order (lowest municipality number).
   */
  nearestBoundaryWithin(lat: number, lon: number, withinKm: number): { municipalityIndex: number; distanceKm: number } | null {
    assertLatLon(lat, lon, 'nearestBoundaryWithin(lat, lon)');
    assertFiniteAtLeast(withinKm, 0, 'nearestBoundaryWithin(withinKm)');
    const dLat = withinKm / KM_PER_DEG_LAT;
    // Widen by the cosine at the box's most poleward latitude, so the box holds the whole circle.
    const cosMin = Math.cos((Math.min(89.9, Math.abs(lat) + dLat) * Math.PI) / 180);
    const dLon = Math.min(180, dLat / cosMin);
    const candidates = this.tree.search(lon - dLon, lat - dLat, lon + dLon, lat + dLat).sort((a, b) => a - b);
    let bestPart = -1;
    let bestKm = Infinity;
    for (const p of candidates) {
      const d = distanceToPartKm(this.parts, p, lat, lon, Math.min(withinKm, bestKm));
      if (d < bestKm) {
        bestKm = d;
        bestPart = p;
      }
    }
    return bestPart >= 0 && bestKm <= withinKm ? { municipalityIndex: this.parts.owner[bestPart]!, distanceKm: bestKm } : null;
  }

  /**
   * The municipality at (lat, lon): the one containing it, else the nearest within `snapKm`
   * (flagged `snapped`), else a `geo.not-found` value. `snapKm` 0 turns snapping off.
   */
  locate(lat: number, lon: number, options: { snapKm?: number } = {}): Result<LocatedMunicipality, NotLocated> {
    const snapKm = options.snapKm ?? DEFAULT_SNAP_KM;
    assertLatLon(lat, lon, 'locate(lat, lon)');
    assertFiniteAtLeast(snapKm, 0, 'locate(snapKm)');
    const m = this.municipalityIndexAt(lat, lon);
    if (m >= 0) return ok({ ...this.municipalities[m]!, snapped: false });
    const near = snapKm > 0 ? this.nearestBoundaryWithin(lat, lon, snapKm) : null;
    if (near) return ok({ ...this.municipalities[near.municipalityIndex]!, snapped: true, distanceKm: near.distanceKm });
    return err({
      code: 'geo.not-found',
      message: `No municipality contains (${lat}, ${lon}) or lies within ${snapKm} km of it`,
      snapKm,
    });
  }

  stats(): LocateIndexStats {
    return { ...partStats(this.parts), ...locateGridStats(this.grid), cellKm: this.cellKm };
  }
}
