import type { MultiPolygon, Polygon } from 'geojson';

export interface GeometryCounts {
  features: number;
  polygons: number;
  holes: number;
  /** Ring positions, not counting each ring's closing repeat of its first position. */
  vertices: number;
}

/** Polygon, hole and vertex counts over a set of polygonal geometries. */
export function geometryCounts(geometries: readonly (Polygon | MultiPolygon)[]): GeometryCounts {
  const c: GeometryCounts = { features: geometries.length, polygons: 0, holes: 0, vertices: 0 };
  for (const g of geometries) {
    for (const rings of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
      c.polygons++;
      c.holes += rings.length - 1;
      for (const ring of rings) c.vertices += ring.length - 1;
    }
  }
  return c;
}
