/**
 * Mean Earth radius R1 = (2a + b) / 3 of the WGS84 ellipsoid (IUGG), in km. A sphere with this
 * radius minimises the average distance error over the globe and is what turf and most web tools
 * use, so our distances agree with theirs. In Norway (58–71° N) the ellipsoid's local radii of
 * curvature are 0.2–0.4 % larger, so great-circle distances here read up to ~0.4 % short; that is
 * far below what matters for "how far is the nearest office".
 */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/** Kilometres per degree of latitude (and of longitude at the equator) on that sphere. */
export const KM_PER_DEG_LAT = EARTH_RADIUS_KM * RAD;

/**
 * Great-circle distance in km between two WGS84 points (degrees), by the haversine formula (stable at
 * short range). Plain arithmetic on a hot path: callers check coordinates where they enter the
 * system (the geo layer's assertLatLon, the API's schemas); NaN in gives NaN out.
 */
export function greatCircleKm(latA: number, lonA: number, latB: number, lonB: number): number {
  const sinDLat = Math.sin(((latB - latA) * RAD) / 2);
  const sinDLon = Math.sin(((lonB - lonA) * RAD) / 2);
  const h = sinDLat * sinDLat + Math.cos(latA * RAD) * Math.cos(latB * RAD) * sinDLon * sinDLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
