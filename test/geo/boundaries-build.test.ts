import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Polygon } from 'geojson';
import { DomainError } from '../../src/domain/errors.js';
import { geometryCounts } from '../../src/geo/geometry-stats.js';
import { municipalityFeatures } from '../../src/geo/topology.js';
import { properCrossings } from '../../scripts/boundaries/crossings.js';
import { parseSourceMunicipalities } from '../../scripts/boundaries/source-municipalities.js';
import { loadLayer } from './real-layer.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const ring = [[10, 60], [10.1, 60], [10.1, 60.1], [10, 60.1], [10, 60]];
const kommune = (props: Record<string, unknown>, geometry: unknown = { type: 'Polygon', coordinates: [ring] }) => ({
  type: 'Feature',
  properties: { kommunenummer: '0301', kommunenavn: 'Oslo', ...props },
  geometry,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

function rejects(json: unknown, ...patterns: RegExp[]) {
  assert.throws(
    () => parseSourceMunicipalities(json, 'Kommuner-M.geojson'),
    (e: unknown) => e instanceof DomainError && e.code === 'boundaries.source-invalid' && patterns.every((p) => p.test(e.message)),
  );
}

test('a valid source comes back sorted by number with number and name', () => {
  const out = parseSourceMunicipalities(collection(kommune({ kommunenummer: '1103', kommunenavn: 'Stavanger' }), kommune({})), 'x');
  assert.deepEqual(out.map((m) => [m.number, m.name]), [['0301', 'Oslo'], ['1103', 'Stavanger']]);
});

test('a bad source is refused with the file, the feature index, its number and name, and why', () => {
  rejects({ type: 'Topology' }, /Kommuner-M\.geojson/, /FeatureCollection/);
  rejects(collection(kommune({}), kommune({ kommunenummer: '301' })), /feature #1 \(301 Oslo\)/, /kommunenummer/);
  rejects(collection(kommune({ kommunenummer: 301 })), /feature #0 \(Oslo\)/);
  rejects(collection(kommune({ kommunenavn: '' })), /feature #0 \(0301\)/, /kommunenavn/);
  rejects(collection(kommune({}, { type: 'LineString', coordinates: ring })), /feature #0 \(0301 Oslo\)/, /geometry/);
  rejects(collection(kommune({}, { type: 'Polygon', coordinates: [ring.slice(0, 3)] })), /feature #0/);
  rejects(collection(kommune({}, { type: 'Polygon', coordinates: [ring.slice(0, 4).concat([[10, 60.05]])] })), /ring 0 is not closed/);
  rejects(collection(kommune({}, { type: 'Polygon', coordinates: [[[60, 10], ...ring.slice(1, 4), [60, 10]]] })), /vertex 0 is \[60, 10\], outside Norway/, /lon\/lat/);
  rejects(collection(kommune({}, { type: 'Polygon', coordinates: [[[NaN, 60], ...ring.slice(1, 4), [NaN, 60]]] })), /coordinates\/0\/0\/0 must be number/);
  rejects(collection(kommune({}), kommune({ kommunenavn: 'Oslo igjen' })), /feature #1 \(0301 Oslo igjen\): municipality number 0301 also used by feature #0/);
});

test('every problem is listed, not only the first', () => {
  rejects(collection(kommune({ kommunenummer: 'x' }), kommune({ kommunenummer: 'y' })), /2 problem\(s\)/, /feature #0/, /feature #1/);
});

test('crossing edges are counted, and told apart when they belong to one municipality', () => {
  const square = (x: number, y: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
  assert.deepEqual(properCrossings([square(10, 60), square(11, 60)]), { total: 0, withinOne: 0 }, 'sharing an edge is not crossing');
  assert.deepEqual(properCrossings([square(10, 60), square(10.5, 60)]), { total: 0, withinOne: 0 }, 'collinear overlap is not a proper crossing');
  assert.deepEqual(properCrossings([square(10, 60), square(10.5, 60.5)]), { total: 2, withinOne: 0 }, 'overlapping neighbours');
  const bowTie: Polygon = { type: 'Polygon', coordinates: [[[10, 60], [11, 61], [11, 60], [10, 61], [10, 60]]] };
  assert.deepEqual(properCrossings([bowTie]), { total: 1, withinOne: 1 });
});

test('the web layer keeps every municipality, the tiny island ones included, within its size budget', () => {
  const server = municipalityFeatures(loadLayer('municipalities.topo.json'));
  const web = municipalityFeatures(loadLayer('municipalities-web.topo.json'));
  assert.deepEqual(web.map((f) => f.properties), server.map((f) => f.properties));
  for (const f of web) assert.ok(geometryCounts([f.geometry]).polygons > 0, `${f.properties.number} ${f.properties.name} has a polygon`);
  for (const n of ['1144', '1835']) assert.ok(web.some((f) => f.properties.number === n && geometryCounts([f.geometry]).vertices >= 3));
  assert.ok(statSync(`${repo}data/boundaries/municipalities-web.topo.json`).size <= 250 * 1024);
  assert.ok(geometryCounts(web.map((f) => f.geometry)).vertices < geometryCounts(server.map((f) => f.geometry)).vertices / 2);
});

test('data/boundaries is exactly what build:boundaries produces (deterministic, up to date)', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-boundaries.ts', '--check'], { cwd: repo, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr + run.stdout);
  assert.match(run.stdout, /up to date/);
});
