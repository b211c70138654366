/** Mean Earth radius (IUGG), km. The spherical error against the ellipsoid is under 0.5 %. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/** Great-circle (haversine) distance in km between two WGS84 points. */
export function greatCircleKm(latA: number, lonA: number, latB: number, lonB: number): number {
  const dLat = (latB - latA) * RAD;
  const dLon = (lonB - lonA) * RAD;
  const s = Math.sin(dLat / 2);
  const t = Math.sin(dLon / 2);
  const a = s * s + Math.cos(latA * RAD) * Math.cos(latB * RAD) * t * t;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
