import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EARTH_RADIUS_KM, greatCircleKm } from '../../src/shared/great-circle.js';

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);

test('one degree of latitude is R·π/180 km on any meridian', () => {
  const degree = (EARTH_RADIUS_KM * Math.PI) / 180;
  close(greatCircleKm(60, 10, 61, 10), degree, 1e-9);
  close(greatCircleKm(-1, -170, 0, -170), degree, 1e-9);
});

test('one degree of longitude shrinks with cos(latitude)', () => {
  close(greatCircleKm(0, 0, 0, 1), (EARTH_RADIUS_KM * Math.PI) / 180, 1e-9);
  // At 70° N along the parallel; the great circle is a hair shorter than the parallel arc.
  const parallel = ((EARTH_RADIUS_KM * Math.PI) / 180) * Math.cos((70 * Math.PI) / 180);
  const d = greatCircleKm(70, 20, 70, 21);
  assert.ok(d < parallel && d > parallel * 0.9999, `${d} vs parallel ${parallel}`);
});

test('quarter meridian from equator to pole, zero for the same point, symmetric', () => {
  close(greatCircleKm(0, 10, 90, 10), (EARTH_RADIUS_KM * Math.PI) / 2, 1e-9);
  assert.equal(greatCircleKm(59.91, 10.75, 59.91, 10.75), 0);
  assert.equal(greatCircleKm(59.91, 10.75, 60.39, 5.32), greatCircleKm(60.39, 5.32, 59.91, 10.75));
});

test('Oslo to Bergen is about 305 km', () => {
  // Oslo Sentralstasjon to Bergen stasjon; great-circle distance ≈ 305 km.
  close(greatCircleKm(59.9111, 10.7528, 60.3903, 5.3331), 305, 3);
});

test('NaN in gives NaN out (callers check coordinates where they enter the system)', () => {
  assert.ok(Number.isNaN(greatCircleKm(NaN, 10, 60, 10)));
});
