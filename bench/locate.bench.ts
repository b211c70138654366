// Locate: the grid index vs flatbush only vs linear scans, on the layer locate really uses
// (data/boundaries/municipalities.topo.json), all on the same seeded points; then PostGIS
// ST_Intersects from one client when a server with PostGIS is reachable. Read the ratios: the
// machine is shared, so absolute rates move between runs.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePostcodePoints } from '../src/analysis/postcodes-file.js';
import pointInPolygon from 'point-in-polygon-hao';
import { LocateIndex } from '../src/geo/locate-index.js';
import { municipalityIndexByLinearScan } from '../src/geo/locate-linear-scan.js';
import { municipalityFeatures, parseMunicipalityTopology } from '../src/geo/topology.js';
import { postgisLocateBench } from './postgis-locate.js';
import { LOCATE_BENCH_SEED, randomLatLonPoints } from './random-points.js';

// The HTTP benchmark (bench/http.bench.ts: /locate vs /health) uses the same point generator and seed.
export { LOCATE_BENCH_SEED, randomLatLonPoints } from './random-points.js';

const POINTS = 1_000_000;
const SCAN_POINTS = 20_000;
const NAIVE_SCAN_POINTS = 1_000;
const POSTGIS_POINTS = 3_000;

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
type Lookup = (lat: number, lon: number) => number;

/** Runs `lookup` over the first `count` points, best of `rounds`: lookups/s and the answers. */
function measure(points: Float64Array, count: number, rounds: number, lookup: Lookup) {
  const answers = new Int32Array(count);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < count; i++) answers[i] = lookup(points[2 * i]!, points[2 * i + 1]!);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { perSecond: count / best, answers };
}

const differences = (a: Int32Array, b: Int32Array) => a.reduce((n, x, i) => n + (i < b.length && x !== b[i] ? 1 : 0), 0);

function table(title: string, rows: [name: string, points: number, perSecond: number][]): void {
  const base = rows[0]![2];
  console.log(`\n${title}\n| lookup | points | lookups/s | µs/lookup | first row is × faster |\n|---|---:|---:|---:|---:|`);
  for (const [name, n, rate] of rows) console.log(`| ${name} | ${fmt(n)} | ${fmt(rate)} | ${(1e6 / rate).toFixed(3)} | ${(base / rate).toFixed(1)} |`);
}

/** Postcode points (Bolstad) from ../shared/data/postal-codes.csv when it is there: where people are. */
function townPoints(): Float64Array | null {
  const repo = fileURLToPath(new URL('../', import.meta.url));
  const file = [`${repo}../shared/data/postal-codes.csv`, `${repo}../../shared/data/postal-codes.csv`].find((f) => existsSync(f));
  if (!file) return null;
  const parsed = parsePostcodePoints(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(parsed.error.map((i) => i.message).join('\n'));
  return Float64Array.from(parsed.value.flatMap((p) => (p.lat !== null && p.lon !== null ? [p.lat, p.lon] : [])));
}

export async function run(): Promise<void> {
  const path = fileURLToPath(new URL('../data/boundaries/municipalities.topo.json', import.meta.url));
  const layer = parseMunicipalityTopology(JSON.parse(readFileSync(path, 'utf8')) as unknown, path);
  const features = municipalityFeatures(layer);

  const buildsMs: number[] = [];
  let ix = LocateIndex.build(features);
  for (let r = 0; r < 3; r++) {
    const t0 = process.hrtime.bigint();
    ix = LocateIndex.build(features);
    buildsMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const s = ix.stats();
  console.log(`layer ${path.split('/').slice(-3).join('/')}: ${features.length} municipalities, ${fmt(s.polygons)} polygons, ${s.holes} holes, ${fmt(s.vertices)} vertices`);
  console.log(
    `grid: ${s.cellKm} km cells, ${fmt(s.cells)} cells: ${fmt(s.cellsInside)} inside one municipality, ${fmt(s.cellsOutside)} outside all, ` +
      `${fmt(s.cellsOnBoundary)} boundary (candidates per boundary cell: mean ${s.candidatesPerBoundaryCellMean.toFixed(2)}, max ${s.candidatesPerBoundaryCellMax}); ` +
      `${(s.bytes / 1048576).toFixed(1)} MiB of typed arrays`,
  );
  console.log(`index build (parts + grid + flatbush), after one warm-up: ${buildsMs.map((b) => b.toFixed(0)).join(' / ')} ms`);

  const bbox = layer.topology.bbox as [number, number, number, number]; // safe: topojson-server always writes bbox
  const points = randomLatLonPoints(POINTS, LOCATE_BENCH_SEED, bbox);
  console.log(`\npoints: ${fmt(POINTS)} uniform in the layer's bbox [${bbox.map((x) => x.toFixed(2)).join(', ')}], seed ${LOCATE_BENCH_SEED}`);

  const parts = ix.parts;
  const scratch = [0, 0];
  const naiveScan: Lookup = (lat, lon) => {
    scratch[0] = lon;
    scratch[1] = lat;
    for (let p = 0; p < parts.partCount; p++) if (pointInPolygon(scratch, parts.rings[p]!) !== false) return parts.owner[p]!;
    return -1;
  };
  const grid = measure(points, POINTS, 3, (lat, lon) => ix.municipalityIndexAt(lat, lon));
  const tree = measure(points, POINTS, 1, (lat, lon) => ix.municipalityIndexAtWithoutGrid(lat, lon));
  const scan = measure(points, SCAN_POINTS, 1, (lat, lon) => municipalityIndexByLinearScan(parts, lat, lon));
  const naive = measure(points, NAIVE_SCAN_POINTS, 1, naiveScan);
  const inside = grid.answers.reduce((n, a) => n + (a >= 0 ? 1 : 0), 0);
  console.log(`${fmt(inside)} of them (${((100 * inside) / POINTS).toFixed(1)} %) are inside a municipality`);
  console.log(
    `answers differing from the grid index: flatbush-only ${differences(grid.answers, tree.answers)} of ${fmt(POINTS)}, ` +
      `linear scan ${differences(grid.answers, scan.answers)} of ${fmt(SCAN_POINTS)}, naive scan ${differences(grid.answers, naive.answers)} of ${fmt(NAIVE_SCAN_POINTS)}`,
  );
  table('uniform in the bbox (land, sea, Sweden, Finland):', [
    ['grid index (cells pre-classified, exact test in boundary cells)', POINTS, grid.perSecond],
    ['flatbush only (part bboxes + exact test)', POINTS, tree.perSecond],
    ['linear scan over all parts (bbox reject + exact)', SCAN_POINTS, scan.perSecond],
    ['linear scan, exact test on every part', NAIVE_SCAN_POINTS, naive.perSecond],
  ]);

  const onLand = Float64Array.from([...grid.answers.keys()].filter((i) => grid.answers[i]! >= 0).flatMap((i) => [points[2 * i]!, points[2 * i + 1]!]));
  const landCount = onLand.length / 2;
  table(`the ${fmt(landCount)} of those inside Norway:`, [
    ['grid index', landCount, measure(onLand, landCount, 3, (lat, lon) => ix.municipalityIndexAt(lat, lon)).perSecond],
    ['flatbush only', landCount, measure(onLand, landCount, 1, (lat, lon) => ix.municipalityIndexAtWithoutGrid(lat, lon)).perSecond],
  ]);

  const towns = townPoints();
  if (towns) {
    const n = towns.length / 2;
    const repeated = new Float64Array(200 * towns.length);
    for (let k = 0; k < 200; k++) repeated.set(towns, k * towns.length);
    table(`postcode points (${fmt(n)} places where people live, mostly on the coast, each looked up 200 times):`, [
      ['grid index', 200 * n, measure(repeated, 200 * n, 3, (lat, lon) => ix.municipalityIndexAt(lat, lon)).perSecond],
      ['flatbush only', 200 * n, measure(repeated, 200 * n, 1, (lat, lon) => ix.municipalityIndexAtWithoutGrid(lat, lon)).perSecond],
    ]);
  } else console.log('\npostcode points: skipped (../shared/data/postal-codes.csv not found)');

  const snapping = measure(points, 100_000, 1, (lat, lon) => (ix.locate(lat, lon).ok ? 1 : 0));
  const snapped = snapping.answers.reduce((n, found, i) => n + (found && grid.answers[i]! < 0 ? 1 : 0), 0);
  console.log(
    `\nlocate() with 5 km snapping, Result objects included, first ${fmt(100_000)} points: ${fmt(snapping.perSecond)} /s ` +
      `(${fmt(snapped)} of them answered by snapping)`,
  );

  console.log('\nPostGIS, one client, prepared ST_Intersects on a GiST-indexed table of the same parts:');
  await postgisLocateBench(ix, points, POSTGIS_POINTS, grid.perSecond, grid.answers);
}
