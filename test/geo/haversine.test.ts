import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EARTH_RADIUS_KM, haversineKm } from '../../src/geo/haversine.js';
import { DomainError } from '../../src/domain/errors.js';

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);

test('one degree of latitude is R·π/180 km on any meridian', () => {
  const degree = (EARTH_RADIUS_KM * Math.PI) / 180;
  close(haversineKm(60, 10, 61, 10), degree, 1e-9);
  close(haversineKm(-1, -170, 0, -170), degree, 1e-9);
});

test('one degree of longitude shrinks with cos(latitude)', () => {
  close(haversineKm(0, 0, 0, 1), (EARTH_RADIUS_KM * Math.PI) / 180, 1e-9);
  // At 70° N along the parallel; the great circle is a hair shorter than the parallel arc.
  const parallel = ((EARTH_RADIUS_KM * Math.PI) / 180) * Math.cos((70 * Math.PI) / 180);
  const d = haversineKm(70, 20, 70, 21);
  assert.ok(d < parallel && d > parallel * 0.9999, `${d} vs parallel ${parallel}`);
});

test('quarter meridian from equator to pole, zero for the same point, symmetric', () => {
  close(haversineKm(0, 10, 90, 10), (EARTH_RADIUS_KM * Math.PI) / 2, 1e-9);
  assert.equal(haversineKm(59.91, 10.75, 59.91, 10.75), 0);
  assert.equal(haversineKm(59.91, 10.75, 60.39, 5.32), haversineKm(60.39, 5.32, 59.91, 10.75));
});

test('Oslo to Bergen is about 305 km', () => {
  // Oslo Sentralstasjon to Bergen stasjon; great-circle distance ≈ 305 km.
  close(haversineKm(59.9111, 10.7528, 60.3903, 5.3331), 305, 3);
});

test('rejects NaN and out-of-range coordinates loudly, naming the argument', () => {
  for (const [lat, lon] of [[NaN, 10], [91, 10], [-90.5, 10], [60, NaN], [60, 181], [60, Infinity]] as const) {
    assert.throws(() => haversineKm(lat, lon, 60, 10), (e: unknown) => e instanceof DomainError && e.code === 'geo.invalid-coordinate' && /latA, lonA/.test(e.message));
    assert.throws(() => haversineKm(60, 10, lat, lon), (e: unknown) => e instanceof DomainError && /latB, lonB/.test(e.message));
  }
});
