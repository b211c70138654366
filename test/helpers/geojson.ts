import assert from 'node:assert/strict';

/**
 * A small RFC 7946 checker for the API's GeoJSON, written independently of src/geo so the tests do
 * not grade the code with its own ruler: structure, [lon, lat] order (inside Norway's box, so a
 * swapped pair fails), closed rings of ≥ 4 positions, exterior rings counter-clockwise and holes
 * clockwise (shoelace sum over lon/lat as plane coordinates, fine for rings this size).
 */

type Position = number[];
interface Geometry {
  type: string;
  coordinates: unknown;
}

/** Mainland Norway with its islands, generously: a swapped [lat, lon] lands far outside it. */
const NORWAY = { minLon: 4, maxLon: 32, minLat: 57.5, maxLat: 71.5 };

/** Twice the signed area: > 0 counter-clockwise. */
function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}

function checkPosition(p: unknown, where: string): asserts p is Position {
  assert.ok(Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'number' && Number.isFinite(x)), `${where}: a position is [lon, lat] numbers`);
  const [lon, lat] = p as number[];
  assert.ok(lon! >= NORWAY.minLon && lon! <= NORWAY.maxLon && lat! >= NORWAY.minLat && lat! <= NORWAY.maxLat, `${where}: [${lon}, ${lat}] is not [lon, lat] in Norway`);
}

function checkRing(ring: unknown, exterior: boolean, where: string): void {
  assert.ok(Array.isArray(ring) && ring.length >= 4, `${where}: a ring has at least 4 positions`);
  ring.forEach((p, i) => checkPosition(p, `${where}[${i}]`));
  const r = ring as Position[];
  assert.deepEqual(r[0], r.at(-1), `${where}: the ring is closed`);
  const area = signedArea2(r);
  assert.ok(exterior ? area > 0 : area < 0, `${where}: ${exterior ? 'exterior ring must be counter-clockwise' : 'hole must be clockwise'} (signed area ${area})`);
}

function checkPolygon(rings: unknown, where: string): void {
  assert.ok(Array.isArray(rings) && rings.length >= 1, `${where}: a polygon has rings`);
  rings.forEach((ring, i) => checkRing(ring, i === 0, `${where} ring ${i}`));
}

function checkGeometry(g: Geometry | null, where: string): void {
  if (g === null) return;
  if (g.type === 'Point') checkPosition(g.coordinates, where);
  else if (g.type === 'Polygon') checkPolygon(g.coordinates, where);
  else if (g.type === 'MultiPolygon') {
    assert.ok(Array.isArray(g.coordinates) && g.coordinates.length >= 1, `${where}: a MultiPolygon has polygons`);
    g.coordinates.forEach((poly, i) => checkPolygon(poly, `${where} polygon ${i}`));
  } else assert.fail(`${where}: unexpected geometry type ${g.type}`);
}

interface FeatureLike {
  type: string;
  id?: unknown;
  geometry: Geometry | null;
  properties: unknown;
}

export function checkFeature(f: FeatureLike, where = 'feature'): void {
  assert.equal(f.type, 'Feature', `${where}: type`);
  assert.ok(typeof f.properties === 'object' && f.properties !== null, `${where}: properties is an object`);
  assert.ok('geometry' in f, `${where}: has a geometry member`);
  checkGeometry(f.geometry, `${where} (${String(f.id)})`);
}

export function checkFeatureCollection(fc: { type: string; features: FeatureLike[] }, where = 'collection'): void {
  assert.equal(fc.type, 'FeatureCollection', `${where}: type`);
  assert.ok(Array.isArray(fc.features), `${where}: features is an array`);
  fc.features.forEach((f, i) => checkFeature(f, `${where} feature ${i}`));
}

/** Ray casting over [lon, lat] rings (even–odd, so holes count), for cross-checking locate. */
function inRing(lon: number, lat: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function geometryContains(g: Geometry | null, lon: number, lat: number): boolean {
  if (!g) return false;
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []) as Position[][][];
  return polygons.some((rings) => inRing(lon, lat, rings[0]!) && !rings.slice(1).some((hole) => inRing(lon, lat, hole)));
}
