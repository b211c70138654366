import { test } from 'node:test';
import assert from 'node:assert/strict';
import { greatCircleKm } from '../../src/shared/great-circle.js';
import { NearestIndex } from '../../src/geo/nearest.js';
import { NearestScan } from '../../src/geo/nearest-scan.js';
import { seededRandom } from '../../bench/random-points.js';
import { seedRegister } from '../helpers/seed.js';

const OFFICES = [
  { id: 'tromso', lat: 69.6496, lon: 18.956 },
  { id: 'balsfjord', lat: 69.24, lon: 19.23 },
  { id: 'east-1deg', lat: 69.65, lon: 19.956 },
  { id: 'north-half-deg', lat: 70.15, lon: 18.956 },
  { id: 'lyngen-b', lat: 69.58, lon: 20.22 },
  { id: 'lyngen-a', lat: 69.58, lon: 20.22 }, // same address as lyngen-b
];

test('ranks by great-circle distance (a northern degree of longitude is short), ties in id order across the cut', () => {
  const scan = NearestScan.build(OFFICES);
  const byDistance = (lat: number, lon: number) =>
    OFFICES.map((o) => ({ id: o.id, distanceKm: greatCircleKm(lat, lon, o.lat, o.lon) })).sort((a, b) => a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : 1));
  for (let k = 1; k <= OFFICES.length; k++) assert.deepEqual(scan.nearest(69.65, 18.956, k), byDistance(69.65, 18.956).slice(0, k), `k=${k}`);
  const ranked = scan.nearest(69.65, 18.956, 6).map((p) => p.id);
  assert.ok(ranked.indexOf('east-1deg') < ranked.indexOf('north-half-deg'), '38.6 km east before 55.6 km north, though 1° > 0.5°');
  assert.deepEqual(scan.nearest(69.58, 20.3, 1).map((p) => p.id), ['lyngen-a'], 'of two at one address, the lower id makes the cut');
  assert.deepEqual(scan.nearest(69.58, 20.3, 2).map((p) => p.id), ['lyngen-a', 'lyngen-b']);
  assert.deepEqual(scan.nearest(69.6496, 18.956, 2, 'tromso').map((p) => p.id), ['east-1deg', 'balsfjord']);
  assert.equal(scan.nearest(69.6496, 18.956, 1)[0]!.distanceKm, 0);
  assert.deepEqual(scan.nearest(69.6496, 18.956, 0), []);
  assert.equal(scan.nearest(60, 10, 50).length, OFFICES.length);
  assert.deepEqual(NearestScan.build([]).nearest(60, 10, 3), []);
});

test('refuses bad input, naming it', () => {
  assert.throws(() => NearestScan.build([...OFFICES, { id: 'tromso', lat: 1, lon: 1 }]), /"tromso" appears more than once/);
  assert.throws(() => NearestScan.build([{ id: 'x', lat: 91, lon: 0 }]), /lat 91/);
  assert.throws(() => NearestScan.build(OFFICES).nearest(60, 10, 1.5), /whole number/);
});

test('gives exactly what NearestIndex gives, on the real offices of 2018-07-01 and 20,000 seeded points', () => {
  const offices = seedRegister()
    .snapshot('2018-07-01' as never)
    .openOffices()
    .map((o) => ({ id: o.id, lat: o.position.lat, lon: o.position.lon }));
  const scan = NearestScan.build(offices);
  const index = NearestIndex.build(offices);
  const next = seededRandom(7);
  for (let i = 0; i < 20_000; i++) {
    const lat = 57.5 + next() * 13.8;
    const lon = 4 + next() * 27.5;
    const k = 1 + (i % 5);
    assert.deepEqual(scan.nearest(lat, lon, k), index.nearest(lat, lon, k), `(${lat}, ${lon}) k=${k}`);
  }
});
