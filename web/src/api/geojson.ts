import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';

/**
 * Decoders for the API's GeoJSON (RFC 7946, [lon, lat]). They check the structure a map relies on
 * (collection, features, geometry kinds, numeric positions at the right depth) and leave the
 * properties as unknown values, read with `stringProperty`.
 */

export type AreaFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;
export type PointFeature = Feature<Point, Record<string, unknown>>;

class GeoJsonError extends Error {
  override name = 'GeoJsonError';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isPosition(v: unknown): boolean {
  return Array.isArray(v) && v.length >= 2 && typeof v[0] === 'number' && typeof v[1] === 'number';
}

function hasDepth(v: unknown, depth: number): boolean {
  if (depth === 0) return isPosition(v);
  return Array.isArray(v) && v.every((inner) => hasDepth(inner, depth - 1));
}

const DEPTH: Record<string, number> = { Point: 0, Polygon: 2, MultiPolygon: 3 };

function decodeFeatures(body: unknown, kinds: readonly Geometry['type'][], what: string): Feature[] {
  if (!isRecord(body) || body.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
    throw new GeoJsonError(`${what}: expected a GeoJSON FeatureCollection`);
  }
  // A group with no members on the date (a district without municipalities) has a null geometry.
  const drawable = body.features.filter((f) => !(isRecord(f) && f.geometry === null));
  return drawable.map((f, i) => {
    const geometry = isRecord(f) && isRecord(f.geometry) ? f.geometry : null;
    const kind = typeof geometry?.type === 'string' ? geometry.type : '';
    if (!isRecord(f) || f.type !== 'Feature' || !geometry || !kinds.some((k) => k === kind) || !hasDepth(geometry.coordinates, DEPTH[kind] ?? -1)) {
      throw new GeoJsonError(`${what}: feature ${i} is not a ${kinds.join(' or ')} feature with [lon, lat] positions`);
    }
    // The structure was checked just above: type, geometry kind and coordinate nesting.
    return { ...(f as unknown as Feature), properties: isRecord(f.properties) ? f.properties : {} };
  });
}

export function decodeAreaCollection(body: unknown, what: string): FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>> {
  // decodeFeatures only lets Polygon and MultiPolygon features through here.
  return { type: 'FeatureCollection', features: decodeFeatures(body, ['Polygon', 'MultiPolygon'], what) as AreaFeature[] };
}

export function decodePointCollection(body: unknown, what: string): FeatureCollection<Point, Record<string, unknown>> {
  // decodeFeatures only lets Point features through here.
  return { type: 'FeatureCollection', features: decodeFeatures(body, ['Point'], what) as PointFeature[] };
}

/** A string property, or the feature id for 'id', or null. */
export function stringProperty(feature: Feature, key: string): string | null {
  const value = feature.properties?.[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (key === 'id' && feature.id !== undefined) return String(feature.id);
  return null;
}
