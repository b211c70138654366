import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../../src/domain/errors.js';
import { greatCircleKm } from '../../src/shared/great-circle.js';
import { NearestIndex } from '../../src/geo/nearest.js';

// Offices around Tromsø (69.65° N), where a degree of longitude is only ~39 km.
const OFFICES = [
  { id: 'tromso', lat: 69.6496, lon: 18.956 },
  { id: 'balsfjord', lat: 69.24, lon: 19.23 },
  { id: 'karlsoy', lat: 70.0, lon: 19.9 },
  { id: 'east-1deg', lat: 69.65, lon: 19.956 }, // 1° east of Tromsø: ~38.6 km
  { id: 'north-half-deg', lat: 70.15, lon: 18.956 }, // 0.5° north: ~55.6 km
  { id: 'lyngen-a', lat: 69.58, lon: 20.22 },
  { id: 'lyngen-b', lat: 69.58, lon: 20.22 }, // same address as lyngen-a
];
const index = NearestIndex.build(OFFICES);
const ids = (r: { id: string }[]) => r.map((x) => x.id);

test('nearest first by great-circle distance, with distances in km from haversine', () => {
  const r = index.nearest(69.6496, 18.956, 3);
  assert.deepEqual(ids(r), ['tromso', 'east-1deg', 'balsfjord']);
  assert.equal(r[0]!.distanceKm, 0);
  for (const x of r) {
    const o = OFFICES.find((y) => y.id === x.id)!;
    assert.equal(x.distanceKm, greatCircleKm(69.6496, 18.956, o.lat, o.lon));
  }
});

test('a degree of longitude in the north counts as the kilometres it is, not as a degree', () => {
  // In raw degrees north-half-deg (0.5) would beat east-1deg (1.0); on the sphere it is 55.6 vs 38.6 km.
  const r = index.nearest(69.65, 18.956, 5, { filter: (id) => id === 'east-1deg' || id === 'north-half-deg' });
  assert.deepEqual(ids(r), ['east-1deg', 'north-half-deg']);
  assert.ok(r[0]!.distanceKm > 38 && r[0]!.distanceKm < 39.5 && r[1]!.distanceKm > 55 && r[1]!.distanceKm < 56, JSON.stringify(r));
});

test('the filter keeps only what it accepts (e.g. offices open on the date)', () => {
  const closed = new Set(['tromso', 'east-1deg']);
  assert.deepEqual(ids(index.nearest(69.6496, 18.956, 2, { filter: (id) => !closed.has(id) })), ['balsfjord', 'lyngen-a']);
});

test('maxDistanceKm leaves out anything farther, exactly at our own distances', () => {
  const d = greatCircleKm(69.6496, 18.956, 69.65, 19.956);
  assert.deepEqual(ids(index.nearest(69.6496, 18.956, 10, { maxDistanceKm: d })), ['tromso', 'east-1deg']);
  assert.deepEqual(ids(index.nearest(69.6496, 18.956, 10, { maxDistanceKm: d * (1 - 1e-9) })), ['tromso']);
  assert.deepEqual(index.nearest(0, 0, 3, { maxDistanceKm: 100 }), []);
});

test('two offices at the same address tie in id order, also when only one fits in k', () => {
  const near = [69.58, 20.3] as const;
  assert.deepEqual(ids(index.nearest(...near, 2)), ['lyngen-a', 'lyngen-b']);
  assert.deepEqual(ids(index.nearest(...near, 1)), ['lyngen-a']);
  const reversed = NearestIndex.build([...OFFICES].reverse());
  assert.deepEqual(ids(reversed.nearest(...near, 1)), ['lyngen-a'], 'input order does not decide the cut');
});

test('k larger than the index returns everything; k 0 and an empty index return nothing', () => {
  assert.equal(index.nearest(69.6, 19, 100).length, OFFICES.length);
  assert.deepEqual(index.nearest(69.6, 19, 0), []);
  const empty = NearestIndex.build([]);
  assert.equal(empty.size, 0);
  assert.deepEqual(empty.nearest(0, 0, 5), []);
});

test('bad input is refused loudly: coordinates, k, maxDistanceKm, duplicate ids', () => {
  const code = (c: string, m: RegExp) => (e: unknown) => e instanceof DomainError && e.code === c && m.test(e.message);
  assert.throws(() => index.nearest(NaN, 19, 1), code('geo.invalid-coordinate', /nearest\(lat, lon\): lat NaN/));
  assert.throws(() => index.nearest(69, 190, 1), code('geo.invalid-coordinate', /lon 190/));
  assert.throws(() => index.nearest(69, 19, -1), code('geo.invalid-argument', /k/));
  assert.throws(() => index.nearest(69, 19, 1.5), code('geo.invalid-argument', /k/));
  assert.throws(() => index.nearest(69, 19, 1, { maxDistanceKm: -3 }), code('geo.invalid-argument', /maxDistanceKm/));
  assert.throws(() => NearestIndex.build([{ id: 'a', lat: 60, lon: 10 }, { id: 'a', lat: 61, lon: 10 }]), code('geo.duplicate-id', /"a"/));
  assert.throws(() => NearestIndex.build([{ id: 'x', lat: 100, lon: 10 }]), code('geo.invalid-coordinate', /point "x"/));
});
