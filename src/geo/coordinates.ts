import { DomainError } from '../domain/errors.js';

/**
 * WGS84 degrees throughout the geo layer. Functions take `(lat, lon)` as separate numbers and GeoJSON
 * positions are `[lon, lat]` (RFC 7946); identifiers name the order so the two never get mixed up.
 */

/**
 * Throws `geo.invalid-coordinate` unless lat is in [-90, 90] and lon in [-180, 180] (NaN fails both).
 * `what` names the argument in the message, e.g. "locate(lat, lon)".
 */
export function assertLatLon(lat: number, lon: number, what: string): void {
  if (!(lat >= -90 && lat <= 90)) {
    throw new DomainError('geo.invalid-coordinate', `${what}: lat ${lat} is not a latitude in degrees (-90…90)`, { lat, lon });
  }
  if (!(lon >= -180 && lon <= 180)) {
    throw new DomainError('geo.invalid-coordinate', `${what}: lon ${lon} is not a longitude in degrees (-180…180)`, { lat, lon });
  }
}

/** Throws `geo.invalid-argument` unless `value` is a finite number ≥ `min`. */
export function assertFiniteAtLeast(value: number, min: number, what: string): void {
  if (!(Number.isFinite(value) && value >= min)) {
    throw new DomainError('geo.invalid-argument', `${what} must be a finite number ≥ ${min}, got ${value}`, { value });
  }
}
