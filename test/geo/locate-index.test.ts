import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { DomainError } from '../../src/domain/errors.js';
import { greatCircleKm, KM_PER_DEG_LAT } from '../../src/shared/great-circle.js';
import { LocateIndex } from '../../src/geo/locate-index.js';
import { municipalityIndexByLinearScan } from '../../src/geo/locate-linear-scan.js';
import type { MunicipalityFeature } from '../../src/geo/topology.js';

/** Counter-clockwise rectangle [lon0, lon1] × [lat0, lat1]; clockwise for holes. */
function rect(lon0: number, lat0: number, lon1: number, lat1: number, clockwise = false): Position[] {
  const r: Position[] = [[lon0, lat0], [lon1, lat0], [lon1, lat1], [lon0, lat1], [lon0, lat0]];
  return clockwise ? r.reverse() : r;
}
const municipality = (number: string, geometry: Polygon | MultiPolygon): MunicipalityFeature => ({
  type: 'Feature',
  properties: { number, name: `Kommune ${number}` },
  geometry,
});

//   lat 60.2 ┌──────────── 0303 ───────────┐        0303 also owns the islet
//            │                             │        [10.50–10.52] × [60.00–60.02]
//   lat 60.1 ├──────── 0301 ─────┬── 0302 ─┤
//            │  ┌0300┬ lake ┐    │         │        0301 has a hole [10.03–10.07] × [60.03–60.07]:
//            │  └────┴──────┘    │         │        its west half is the enclave 0300, the east half a lake
//   lat 60.0 └───────────────────┴─────────┘
//          10.0               10.1       10.2
const FIXTURE: MunicipalityFeature[] = [
  municipality('0300', { type: 'Polygon', coordinates: [rect(10.03, 60.03, 10.05, 60.07)] }),
  municipality('0301', { type: 'Polygon', coordinates: [rect(10.0, 60.0, 10.1, 60.1), rect(10.03, 60.03, 10.07, 60.07, true)] }),
  municipality('0302', { type: 'Polygon', coordinates: [rect(10.1, 60.0, 10.2, 60.1)] }),
  municipality('0303', { type: 'MultiPolygon', coordinates: [[rect(10.0, 60.1, 10.2, 60.2)], [rect(10.5, 60.0, 10.52, 60.02)]] }),
];
const index = LocateIndex.build(FIXTURE);
const numberAt = (lat: number, lon: number) => index.municipalities[index.municipalityIndexAt(lat, lon)]?.number ?? null;

test('points inside answer their municipality, the second part of a MultiPolygon included', () => {
  assert.equal(numberAt(60.01, 10.01), '0301');
  assert.equal(numberAt(60.05, 10.15), '0302');
  assert.equal(numberAt(60.15, 10.05), '0303');
  assert.equal(numberAt(60.01, 10.51), '0303');
  assert.equal(numberAt(60.05, 10.04), '0300');
});

test('a point on an edge shared by two municipalities goes to the lower number', () => {
  assert.equal(numberAt(60.05, 10.1), '0301', '0301 | 0302');
  assert.equal(numberAt(60.1, 10.05), '0301', '0301 above 0303');
  assert.equal(numberAt(60.1, 10.15), '0302', '0302 below 0303');
  assert.equal(numberAt(60.05, 10.03), '0300', 'the enclave 0300 against the rim of 0301’s hole');
});

test('a vertex shared by three municipalities goes to the lowest number', () => {
  assert.equal(numberAt(60.1, 10.1), '0301');
  assert.equal(numberAt(60.0, 10.1), '0301', 'two on the southern coast');
});

test('the coastline and hole rims belong to the municipality (polygons are closed)', () => {
  assert.equal(numberAt(60.05, 10.2), '0302', 'east coast of 0302');
  assert.equal(numberAt(60.2, 10.1), '0303', 'north coast of 0303');
  assert.equal(numberAt(60.05, 10.07), '0301', 'east rim of the lake');
  assert.equal(numberAt(60.05, 10.05), '0300', 'enclave edge facing the lake');
});

test('a point in a hole is not in the municipality around it', () => {
  assert.equal(index.municipalityIndexAt(60.05, 10.06), -1);
  const r = index.locate(60.05, 10.06, { snapKm: 0 });
  assert.ok(!r.ok && r.error.code === 'geo.not-found');
});

test('off the coast within the snap distance: that municipality, snapped, with the distance', () => {
  const lat = 60.05;
  const lon = 10.2 + 3 / (KM_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180)); // ~3 km east of 0302's coast
  assert.equal(index.municipalityIndexAt(lat, lon), -1);
  const r = index.locate(lat, lon);
  assert.ok(r.ok && r.value.snapped, JSON.stringify(r));
  assert.equal(r.value.number, '0302');
  const exact = greatCircleKm(lat, lon, lat, 10.2);
  assert.ok(Math.abs(r.value.distanceKm - exact) < 1e-3 * exact, `${r.value.distanceKm} vs haversine ${exact}`);
});

test('beyond the snap distance: not found; a larger snapKm reaches it', () => {
  const lat = 60.05;
  const lon = 10.2 + 6 / (KM_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180));
  const r = index.locate(lat, lon);
  assert.ok(!r.ok);
  assert.deepEqual({ code: r.error.code, snapKm: r.error.snapKm }, { code: 'geo.not-found', snapKm: 5 });
  const wider = index.locate(lat, lon, { snapKm: 10 });
  assert.ok(wider.ok && wider.value.snapped && wider.value.number === '0302');
});

test('snapping picks the nearest boundary, also when it belongs to another part', () => {
  const r = index.locate(60.01, 10.4, { snapKm: 20 }); // 0.2° from 0302's coast, 0.1° from 0303's islet
  assert.ok(r.ok && r.value.snapped);
  assert.equal(r.value.number, '0303');
  const hole = index.locate(60.05, 10.065); // in the lake, nearest rim is 0301's at 10.07
  assert.ok(hole.ok && hole.value.snapped && hole.value.number === '0301');
});

test('far away is not found, as a value not an exception', () => {
  const r = index.locate(61, 12);
  assert.ok(!r.ok);
  assert.match(r.error.message, /No municipality contains \(61, 12\) or lies within 5 km/);
});

test('inside is answered unsnapped', () => {
  assert.deepEqual(index.locate(60.01, 10.01), { ok: true, value: { number: '0301', name: 'Kommune 0301', snapped: false } });
});

/** Random points over the fixture plus every vertex and every edge midpoint — the cases that decide ties. */
function probePoints(features: readonly MunicipalityFeature[], count: number): [number, number][] {
  let seed = 7;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const out: [number, number][] = [];
  for (let i = 0; i < count; i++) out.push([59.99 + next() * 0.22, 9.99 + next() * 0.54]);
  for (const f of features) {
    for (const rings of f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) {
      for (const r of rings) {
        for (let i = 0; i + 1 < r.length; i++) {
          out.push([r[i]![1]!, r[i]![0]!], [(r[i]![1]! + r[i + 1]![1]!) / 2, (r[i]![0]! + r[i + 1]![0]!) / 2]);
        }
      }
    }
  }
  return out;
}

test('grid index, flatbush-only and linear scan agree on every probe, at any cell size', () => {
  const probes = probePoints(FIXTURE, 20_000);
  for (const cellKm of [0.1, 0.37, 1, 5, 50]) {
    const ix = LocateIndex.build(FIXTURE, { cellKm });
    for (const [lat, lon] of probes) {
      const expected = municipalityIndexByLinearScan(ix.parts, lat, lon);
      assert.equal(ix.municipalityIndexAt(lat, lon), expected, `cell ${cellKm} km at (${lat}, ${lon})`);
      assert.equal(ix.municipalityIndexAtWithoutGrid(lat, lon), expected, `flatbush-only at (${lat}, ${lon})`);
    }
  }
});

test('bad arguments are refused loudly, naming the argument', () => {
  const invalid = (code: string, what: RegExp) => (e: unknown) => e instanceof DomainError && e.code === code && what.test(e.message);
  assert.throws(() => index.municipalityIndexAt(NaN, 10), invalid('geo.invalid-coordinate', /lat NaN/));
  assert.throws(() => index.municipalityIndexAt(91, 10), invalid('geo.invalid-coordinate', /lat 91/));
  assert.throws(() => index.locate(60, -181), invalid('geo.invalid-coordinate', /locate\(lat, lon\): lon -181/));
  assert.throws(() => index.municipalityIndexAtWithoutGrid(60, NaN), invalid('geo.invalid-coordinate', /lon NaN/));
  assert.throws(() => index.locate(60, 10, { snapKm: -1 }), invalid('geo.invalid-argument', /snapKm/));
  assert.throws(() => index.locate(60, 10, { snapKm: NaN }), invalid('geo.invalid-argument', /snapKm/));
  assert.throws(() => LocateIndex.build(FIXTURE, { cellKm: 0 }), invalid('geo.invalid-argument', /cellKm/));
  assert.throws(() => LocateIndex.build([FIXTURE[1]!, FIXTURE[0]!]), invalid('geo.unordered-municipalities', /\(0300\) is not after 0301/));
});

test('points on the far side of the world are simply not found', () => {
  assert.equal(index.municipalityIndexAt(-89.9, -179.9), -1);
  assert.equal(index.municipalityIndexAt(90, 180), -1);
  assert.ok(!index.locate(-33.9, 151.2).ok);
});
