import type { Position } from 'geojson';
import pointInPolygon from 'point-in-polygon-hao';
import { DomainError } from '../domain/errors.js';
import type { MunicipalityFeature, MunicipalityProperties } from './topology.js';

/**
 * Municipality polygons flattened into "parts" (one per Polygon, one per member of a MultiPolygon),
 * in a fixed order: ascending municipality number, then the part's order in its geometry. That
 * order is what makes locate deterministic: of the parts containing a point, or having it on their
 * boundary, the first in this order wins — so a point on a shared boundary goes to the municipality
 * with the lowest number.
 *
 * Coordinates and boxes live in flat typed arrays for the hot paths (grid build, snapping
 * distances); the same rings are also kept as nested arrays because point-in-polygon-hao, the exact
 * test, takes them that way.
 */
export interface PolygonParts {
  readonly municipalities: readonly MunicipalityProperties[];
  readonly partCount: number;
  /** Part → index into `municipalities`. */
  readonly owner: Int32Array;
  /** Part → [minLon, minLat, maxLon, maxLat] at 4p … 4p+3. */
  readonly bbox: Float64Array;
  /** Part → its rings ringStart[p] … ringStart[p+1]-1 (exterior first). */
  readonly ringStart: Int32Array;
  /** Ring → its vertices vertexStart[r] … vertexStart[r+1]-1, closing vertex included. */
  readonly vertexStart: Int32Array;
  /** Vertex → lon at 2v, lat at 2v+1. */
  readonly lonLat: Float64Array;
  /** Part → rings as [lon, lat] positions, for point-in-polygon-hao. */
  readonly rings: readonly Position[][][];
}

/** Flattens features (which must be ascending by unique municipality number) into parts. */
export function polygonPartsOf(features: readonly MunicipalityFeature[]): PolygonParts {
  const municipalities: MunicipalityProperties[] = [];
  const polygons: Position[][][] = [];
  const owner: number[] = [];
  let ringCount = 0;
  let vertexCount = 0;
  features.forEach((f, m) => {
    const previous = municipalities[m - 1];
    if (previous && !(previous.number < f.properties.number)) {
      throw new DomainError('geo.unordered-municipalities', `polygonPartsOf: feature #${m} (${f.properties.number}) is not after ${previous.number}; sort by number and drop duplicates`);
    }
    municipalities.push({ number: f.properties.number, name: f.properties.name });
    for (const polygon of f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) {
      polygons.push(polygon);
      owner.push(m);
      ringCount += polygon.length;
      for (const ring of polygon) vertexCount += ring.length;
    }
  });

  const bbox = new Float64Array(polygons.length * 4);
  const ringStart = new Int32Array(polygons.length + 1);
  const vertexStart = new Int32Array(ringCount + 1);
  const lonLat = new Float64Array(vertexCount * 2);
  let r = 0;
  let v = 0;
  polygons.forEach((polygon, p) => {
    ringStart[p] = r;
    let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
    for (const ring of polygon) {
      vertexStart[r++] = v;
      for (const [lon, lat] of ring) {
        lonLat[2 * v] = lon!;
        lonLat[2 * v + 1] = lat!;
        v++;
        if (lon! < minLon) minLon = lon!;
        if (lon! > maxLon) maxLon = lon!;
        if (lat! < minLat) minLat = lat!;
        if (lat! > maxLat) maxLat = lat!;
      }
    }
    bbox.set([minLon, minLat, maxLon, maxLat], 4 * p);
  });
  ringStart[polygons.length] = r;
  vertexStart[ringCount] = v;
  // The exact test's rings are rebuilt from the typed arrays, so the index owns every coordinate it
  // uses and later changes to the caller's features cannot make the two disagree.
  const rings = polygons.map((_, p) => {
    const out: Position[][] = [];
    for (let q = ringStart[p]!; q < ringStart[p + 1]!; q++) {
      const ring: Position[] = [];
      for (let w = vertexStart[q]!; w < vertexStart[q + 1]!; w++) ring.push([lonLat[2 * w]!, lonLat[2 * w + 1]!]);
      out.push(ring);
    }
    return out;
  });
  return { municipalities, partCount: polygons.length, owner: Int32Array.from(owner), bbox, ringStart, vertexStart, lonLat, rings };
}

/**
 * Whether part `p` contains the point or has it on its boundary (point-in-polygon-hao, which
 * decides "on the boundary" with a robust orientation predicate). `scratch` is a reusable
 * [lon, lat] pair so the hot path allocates nothing.
 */
export function partContainsOrTouches(parts: PolygonParts, p: number, lon: number, lat: number, scratch: number[]): boolean {
  const b = parts.bbox;
  if (lon < b[4 * p]! || lat < b[4 * p + 1]! || lon > b[4 * p + 2]! || lat > b[4 * p + 3]!) return false;
  scratch[0] = lon;
  scratch[1] = lat;
  return pointInPolygon(scratch, parts.rings[p]!) !== false;
}

/** Polygon, ring, hole and vertex counts (vertices exclude each ring's closing repeat). */
export function partStats(parts: PolygonParts): { polygons: number; rings: number; holes: number; vertices: number } {
  const rings = parts.ringStart[parts.partCount]!;
  return {
    polygons: parts.partCount,
    rings,
    holes: rings - parts.partCount,
    vertices: parts.vertexStart[rings]! - rings,
  };
}
