import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCsvObjects } from '../helpers/csv.js';
import { LocateIndex } from '../../src/geo/locate-index.js';
import { municipalityIndexByLinearScan } from '../../src/geo/locate-linear-scan.js';
import { randomLatLonPoints } from '../../bench/random-points.js';
import { loadLayer } from './real-layer.js';
import { municipalityFeatures } from '../../src/geo/topology.js';

const layer = loadLayer('municipalities.topo.json');
const features = municipalityFeatures(layer);
const index = LocateIndex.build(features);
const bbox = layer.topology.bbox as [number, number, number, number]; // safe: topojson-server always writes bbox

/**
 * Town centres with a known municipality: Erik Bolstad's postcode points (../shared/data/postal-codes.csv),
 * each one whose point lies inside its own municipality. At least one per county, plus the border cases.
 */
const PLACES: [postcode: string, place: string, lat: number, lon: number, municipality: string][] = [
  ['0150', 'Oslo sentrum', 59.8906, 10.7128, '0301'],
  ['4006', 'Stavanger', 58.972, 5.7329, '1103'],
  ['5501', 'Haugesund', 59.41439, 5.26919, '1106'],
  ['4370', 'Egersund', 58.4535, 6.0068, '1101'],
  ['4306', 'Sandnes', 58.845, 5.7386, '1108'],
  ['6002', 'Ålesund', 62.4751, 6.1605, '1508'],
  ['6413', 'Molde', 62.7391, 7.1593, '1506'],
  ['6509', 'Kristiansund', 63.1125, 7.73, '1505'],
  ['8006', 'Bodø', 67.2848, 14.3892, '1804'],
  ['8514', 'Narvik', 68.4271, 17.4318, '1806'],
  ['8610', 'Mo i Rana', 66.3083, 14.29, '1833'],
  ['7980', 'Terråk (Bindal)', 65.08755, 12.37643, '1811'],
  ['1606', 'Fredrikstad', 59.2078, 10.9453, '3107'],
  ['1706', 'Sarpsborg', 59.2822, 11.1179, '3105'],
  ['1767', 'Halden', 59.1192, 11.3896, '3101'],
  ['1530', 'Moss', 59.4365, 10.6674, '3103'],
  ['1337', 'Sandvika (Bærum)', 59.8928, 10.5232, '3201'],
  ['1383', 'Asker', 59.8339, 10.4121, '3203'],
  ['2000', 'Lillestrøm', 59.9575, 11.0579, '3205'],
  ['1440', 'Drøbak (Frogn)', 59.6628, 10.6312, '3214'],
  ['3520', 'Jevnaker', 60.2394, 10.3847, '3236'],
  ['2740', 'Roa (Lunner)', 60.2909, 10.6159, '3234'],
  ['2742', 'Grua (Lunner)', 60.2596, 10.6634, '3234'],
  ['2720', 'Grindvoll (Lunner)', 60.2973, 10.4843, '3234'],
  ['2711', 'Gran', 60.3565, 10.57113, '3446'],
  ['3530', 'Røyse (Hole)', 60.0774, 10.1973, '3310'],
  ['3015', 'Drammen', 59.7438, 10.2124, '3301'],
  ['3611', 'Kongsberg', 59.6786, 9.6447, '3303'],
  ['3510', 'Hønefoss (Ringerike)', 60.1625, 10.25, '3305'],
  ['2609', 'Lillehammer', 61.113, 10.4704, '3405'],
  ['2815', 'Gjøvik', 60.7888, 10.6878, '3407'],
  ['2317', 'Hamar', 60.7954, 11.0725, '3403'],
  ['3110', 'Tønsberg', 59.2677, 10.412, '3905'],
  ['3210', 'Sandefjord', 59.1307, 10.2269, '3907'],
  ['3256', 'Larvik', 59.0542, 10.0274, '3909'],
  ['3181', 'Horten', 59.4177, 10.4776, '3901'],
  ['3717', 'Skien', 59.2135, 9.6035, '4003'],
  ['3921', 'Porsgrunn', 59.1377, 9.6457, '4001'],
  ['3675', 'Notodden', 59.5696, 9.2551, '4005'],
  ['4612', 'Kristiansand', 58.1478, 7.9906, '4204'],
  ['4836', 'Arendal', 58.4592, 8.7609, '4203'],
  ['4440', 'Tonstad (Sirdal)', 58.6651, 6.717, '4228'],
  ['5003', 'Bergen', 60.3986, 5.3256, '4601'],
  ['5411', 'Leirvik (Stord)', 59.7723, 5.4968, '4614'],
  ['6800', 'Førde (Sunnfjord)', 61.4522, 5.8572, '4647'],
  ['5700', 'Voss', 60.6279, 6.4196, '4621'],
  ['7011', 'Trondheim', 63.4322, 10.3965, '5001'],
  ['7600', 'Levanger', 63.7478, 11.3018, '5037'],
  ['7713', 'Steinkjer', 64.0084, 11.505, '5006'],
  ['9008', 'Tromsø', 69.6513, 18.9567, '5501'],
  ['9405', 'Harstad', 68.8011, 16.5363, '5503'],
  ['9470', 'Gratangen', 68.6903, 17.5422, '5516'],
  ['9440', 'Evenskjer (Tjeldsund)', 68.5837, 16.5723, '5512'],
  ['9600', 'Hammerfest', 70.6628, 23.6821, '5603'],
  ['9510', 'Alta', 69.9704, 23.2866, '5601'],
  ['9900', 'Kirkenes (Sør-Varanger)', 69.7244, 30.0507, '5605'],
  ['9800', 'Vadsø', 70.0732, 29.7523, '5607'],
];

test('town centres in every county answer their municipality, inside and unsnapped', () => {
  const counties = new Set(features.map((f) => f.properties.number.slice(0, 2)));
  assert.deepEqual(new Set(PLACES.map((p) => p[4].slice(0, 2))), counties, 'every county has a place');
  for (const border of ['3236', '3234', '1811', '3203', '3201', '4614', '4228', '5516', '5512']) {
    assert.ok(PLACES.some((p) => p[4] === border), `border case ${border} is covered`);
  }
  for (const [postcode, place, lat, lon, expected] of PLACES) {
    const r = index.locate(lat, lon);
    assert.ok(r.ok, `${postcode} ${place}: not found`);
    assert.equal(r.value.number, expected, `${postcode} ${place}`);
    assert.equal(r.value.snapped, false, `${postcode} ${place} is inside, not snapped`);
  }
  const trondheim = index.locate(63.4322, 10.3965);
  assert.ok(trondheim.ok && trondheim.value.name === 'Trondheim - Tråante', 'official names, Sami forms included');
});

test('points in harbours and fjords just off a town snap to that town’s municipality', () => {
  const water: [string, number, number, string][] = [
    ['Oslofjorden off Aker Brygge', 59.905, 10.72, '0301'],
    ['Byfjorden at the mouth of Vågen, Bergen', 60.405, 5.305, '4601'],
    ['Stavanger harbour', 58.975, 5.73, '1103'],
    ['Trondheim harbour', 63.44, 10.4, '5001'],
    ['Tromsøysundet', 69.65, 18.97, '5501'],
  ];
  for (const [where, lat, lon, expected] of water) {
    assert.equal(index.municipalityIndexAt(lat, lon), -1, `${where} is water in the layer`);
    const r = index.locate(lat, lon);
    assert.ok(r.ok && r.value.snapped, `${where} snaps`);
    assert.equal(r.value.number, expected, where);
    assert.ok(r.value.distanceKm > 0 && r.value.distanceKm < 1, `${where}: ${r.value.distanceKm} km`);
  }
  // Vågen itself is filled in by the generalised coastline: Bergen either way.
  const vaagen = index.locate(60.3985, 5.32);
  assert.ok(vaagen.ok && vaagen.value.number === '4601');
});

test('Stockholm and the North Sea are not found', () => {
  for (const [lat, lon] of [[59.33, 18.06], [58.0, 3.0]] as const) {
    const r = index.locate(lat, lon);
    assert.ok(!r.ok && r.error.code === 'geo.not-found', `(${lat}, ${lon})`);
  }
});

test('the grid index answers exactly as a linear scan over all 3,000-odd polygons, on 100,000 random points', () => {
  const points = randomLatLonPoints(100_000, 42, bbox);
  let inside = 0;
  for (let i = 0; i < 100_000; i++) {
    const lat = points[2 * i]!, lon = points[2 * i + 1]!;
    const expected = municipalityIndexByLinearScan(index.parts, lat, lon);
    if (expected >= 0) inside++;
    if (index.municipalityIndexAt(lat, lon) !== expected) assert.fail(`grid differs from linear scan at (${lat}, ${lon})`);
    if (index.municipalityIndexAtWithoutGrid(lat, lon) !== expected) assert.fail(`flatbush-only differs at (${lat}, ${lon})`);
  }
  assert.ok(inside > 10_000, `enough points fell inside Norway (${inside})`);
});

test('…and on points on and next to the boundaries: vertices, edge midpoints and 200 m around them', () => {
  const { lonLat, vertexStart } = index.parts;
  const vertices = vertexStart[vertexStart.length - 1]!;
  let seed = 99;
  const next = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
  const check = (lat: number, lon: number, what: string) => {
    if (index.municipalityIndexAt(lat, lon) !== municipalityIndexByLinearScan(index.parts, lat, lon)) assert.fail(`${what} (${lat}, ${lon})`);
  };
  for (let v = 0; v + 1 < vertices; v += 3) {
    const lon = lonLat[2 * v]!, lat = lonLat[2 * v + 1]!;
    check(lat, lon, 'vertex');
    check((lat + lonLat[2 * v + 3]!) / 2, (lon + lonLat[2 * v + 2]!) / 2, 'edge midpoint');
    check(lat + (next() - 0.5) * 0.0036, lon + (next() - 0.5) * 0.0072, 'near a vertex');
  }
});

test('each municipality’s own representative point (../shared/data/municipalities.csv) locates to it', (t) => {
  const repo = fileURLToPath(new URL('../../', import.meta.url));
  const file = [`${repo}../shared/data/municipalities.csv`, `${repo}../../shared/data/municipalities.csv`].find((f) => existsSync(f));
  if (!file) return t.skip('../shared/data/municipalities.csv not found');
  const rows = readCsvObjects(file);
  assert.equal(rows.length, 357);
  for (const row of rows) {
    const r = index.locate(Number(row.lat), Number(row.lon), { snapKm: 0 });
    assert.ok(r.ok && r.value.number === row.municipality_number, `${row.municipality_number} at (${row.lat}, ${row.lon})`);
  }
});
