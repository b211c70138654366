// HTTP: GET /api/v1/locate with random points inside Norway against the trivial /api/v1/health,
// on the real server (bench/http-server.ts, its own process, ephemeral port), with autocannon's
// programmatic API: same connections, same duration, side by side, then the ratio. Target: locate
// within 2× of health. The two cores of the dev machine are shared between the load generator and
// the server, so read the ratio, not the absolute rates.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
type Result = Awaited<ReturnType<typeof autocannon>>;
import { LocateIndex } from '../src/geo/locate-index.js';
import { municipalityFeatures, parseMunicipalityTopology } from '../src/geo/topology.js';
import { LOCATE_BENCH_SEED, randomLatLonPoints } from './random-points.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARM_UP_SECONDS = 2;
const POINTS = 10_000;

/** Random points in the layer's bbox, kept only when they fall inside a municipality (as in bench/locate). */
export function pointsInsideNorway(): string[] {
  const path = fileURLToPath(new URL('../data/boundaries/municipalities.topo.json', import.meta.url));
  const layer = parseMunicipalityTopology(JSON.parse(readFileSync(path, 'utf8')) as unknown, path);
  const index = LocateIndex.build(municipalityFeatures(layer));
  const bbox = layer.topology.bbox as [number, number, number, number]; // safe: topojson-server always writes bbox
  const raw = randomLatLonPoints(POINTS * 4, LOCATE_BENCH_SEED, bbox);
  const paths: string[] = [];
  for (let i = 0; i < POINTS * 4 && paths.length < POINTS; i++) {
    const lat = raw[2 * i]!;
    const lon = raw[2 * i + 1]!;
    if (index.municipalityIndexAt(lat, lon) >= 0) paths.push(`/api/v1/locate?lat=${lat.toFixed(5)}&lon=${lon.toFixed(5)}`);
  }
  return paths;
}

export interface Server {
  url: string;
  /** The server process's CPU time so far, µs. */
  cpuMicros: () => Promise<number>;
  stop: () => Promise<void>;
}

export async function startServer(): Promise<Server> {
  const script = fileURLToPath(new URL('./http-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  let cpuWaiter: ((micros: number) => void) | null = null;
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench/http-server.ts exited with ${code} before listening`)));
    lines.on('line', (line) => {
      if (line.startsWith('LISTENING ')) resolve(line.slice('LISTENING '.length));
      if (line.startsWith('CPU ') && cpuWaiter) cpuWaiter(Number(line.slice(4)));
    });
  });
  return {
    url,
    cpuMicros: () =>
      new Promise((resolve) => {
        cpuWaiter = resolve;
        child.stdin.write('cpu\n');
      }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * One autocannon run. The locate paths go in as a fixed request list (autocannon builds each
 * request once and cycles through them), not a per-request callback, so the load generator does
 * about the same work per request on both routes and the ratio measures the server.
 */
function cannon(url: string, seconds: number, paths: string[] | null): Promise<Result> {
  return autocannon({
    url: `${url}/api/v1/health`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: (paths ?? ['/api/v1/health']).map((path) => ({ method: 'GET', path })),
  });
}

interface Measured {
  result: Result;
  serverMicrosPerRequest: number;
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

export async function run(): Promise<void> {
  const paths = pointsInsideNorway();
  const server = await startServer();
  try {
    console.log(`server ${server.url}; ${CONNECTIONS} connections, ${SECONDS} s per run after ${WARM_UP_SECONDS} s warm-up; ${fmt(paths.length)} random points inside Norway (seed ${LOCATE_BENCH_SEED})`);
    await cannon(server.url, WARM_UP_SECONDS, null);
    await cannon(server.url, WARM_UP_SECONDS, paths);
    // Interleaved (health, locate, health, locate) so drift on the shared machine hits both alike.
    const health: Measured[] = [];
    const locate: Measured[] = [];
    const measured = async (runPaths: string[] | null): Promise<Measured> => {
      const cpuBefore = await server.cpuMicros();
      const result = await cannon(server.url, SECONDS / 2, runPaths);
      const cpu = (await server.cpuMicros()) - cpuBefore;
      return { result, serverMicrosPerRequest: cpu / Math.max(1, result['2xx'] + result.non2xx) };
    };
    for (let round = 0; round < 2; round++) {
      health.push(await measured(null));
      locate.push(await measured(paths));
    }
    const summary = (runs: Measured[]) => ({
      rps: runs.reduce((s, r) => s + r.result.requests.average, 0) / runs.length,
      p50: Math.max(...runs.map((r) => r.result.latency.p50)),
      p99: Math.max(...runs.map((r) => r.result.latency.p99)),
      ok: runs.reduce((s, r) => s + r.result['2xx'], 0),
      bad: runs.reduce((s, r) => s + r.result.non2xx + r.result.errors + r.result.timeouts, 0),
      cpu: runs.reduce((s, r) => s + r.serverMicrosPerRequest, 0) / runs.length,
    });
    const h = summary(health);
    const l = summary(locate);
    console.log('\n| route | requests/s | p50 ms | p99 ms | server CPU µs/request | 2xx | errors / non-2xx |\n|---|---:|---:|---:|---:|---:|---:|');
    console.log(`| GET /api/v1/health | ${fmt(h.rps)} | ${h.p50} | ${h.p99} | ${h.cpu.toFixed(1)} | ${fmt(h.ok)} | ${h.bad} |`);
    console.log(`| GET /api/v1/locate (random points in Norway) | ${fmt(l.rps)} | ${l.p50} | ${l.p99} | ${l.cpu.toFixed(1)} | ${fmt(l.ok)} | ${l.bad} |`);
    const ratio = h.rps / l.rps;
    console.log(`\nhealth/locate throughput ratio: ${ratio.toFixed(2)}× (target ≤ 2×: ${ratio <= 2 ? 'met' : 'NOT met'}); p99 ${l.p99} ms vs ${h.p99} ms`);
    console.log(`server CPU per request, locate/health: ${(l.cpu / h.cpu).toFixed(2)}×`);
    if (l.bad > 0) console.log(`warning: ${l.bad} locate requests failed or were not 2xx`);
  } finally {
    await server.stop();
  }
}
