import type { Office } from '../domain/entities.js';

/** Anything with ids and WGS84 positions in flat arrays: demand points and service sites both are. */
export interface PointSet {
  readonly ids: readonly string[];
  readonly lat: Float64Array;
  readonly lon: Float64Array;
}

/**
 * Service locations (offices, or a planner's candidate sites) as the columns of a travel matrix.
 * `districtIds[j]` is the police district the site belongs to (null for a candidate in none yet).
 */
export interface ServiceSites extends PointSet {
  readonly names: readonly string[];
  readonly districtIds: readonly (string | null)[];
}

/** Offices as sites, in the order given (use the snapshot's `openOffices()` for a date). */
export function sitesFromOffices(offices: readonly Office[]): ServiceSites {
  const n = offices.length;
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  offices.forEach((o, j) => {
    lat[j] = o.position.lat;
    lon[j] = o.position.lon;
  });
  return { ids: offices.map((o) => o.id), names: offices.map((o) => o.name), districtIds: offices.map((o) => o.districtId), lat, lon };
}
