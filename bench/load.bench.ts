// The load benchmark of issue 12: the real server (bench/http-server.ts: its own process, SQLite,
// the built web app, rate limit and request log off) under autocannon, /api/v1/health alone and
// the mixed profile — districts, locate at varied points, search with varied queries,
// districts.geojson and the front page, sent as a browser would (Accept-Encoding: br, gzip) —
// side by side in one run, interleaved so drift on the shared machine hits both alike. Prints
// req/s, p50/p99 and errors for each and the ratio mixed/health (target ≥ 35 %, p99 < 50 ms, 0 errors).
import autocannon from 'autocannon';
import { pointsInsideNorway, startServer } from './http.bench.js';

type Result = Awaited<ReturnType<typeof autocannon>>;

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARM_UP_SECONDS = 3;

/** Names and prefixes as people type them: places, districts, offices, postcodes, typos. */
const WORDS = ['oslo', 'bergen', 'bergn', 'tromsø', 'tromso', 'trondheim', 'bodø', 'alta', 'hammerfest', 'kirkenes', 'stavanger', 'sandnes', 'kristiansand', 'drammen', 'lillehammer', 'gjøvik', 'hamar', 'molde', 'ålesund', 'aalesund', 'førde', 'sogndal', 'voss', 'skien', 'porsgrunn', 'tønsberg', 'fredrikstad', 'sarpsborg', 'halden', 'moss', 'asker', 'bærum', 'lensmannskontor', 'politistasjon', 'vest', 'øst', 'nordland', 'finnmark', 'troms', 'agder', 'innlandet', 'møre', 'sør-vest', 'trøndelag', '0301', '5003', '9600', '8006', 'narvik', 'harstad'];

function mixedRequests(): { method: 'GET'; path: string; headers?: Record<string, string> }[] {
  const browser = { 'accept-encoding': 'br, gzip' };
  const locate = pointsInsideNorway().slice(0, 4000);
  const search = WORDS.flatMap((w) => [w, w.slice(0, Math.max(3, w.length - 2))]).map((q) => `/api/v1/search?q=${encodeURIComponent(q)}`);
  const out: { method: 'GET'; path: string; headers?: Record<string, string> }[] = [];
  // One cycle: 4 districts, 4 locate, 2 search, 1 districts.geojson, 1 front page; points and queries vary per cycle.
  for (let i = 0; i < 400; i++) {
    for (let k = 0; k < 4; k++) out.push({ method: 'GET', path: '/api/v1/districts', headers: browser });
    for (let k = 0; k < 4; k++) out.push({ method: 'GET', path: locate[(i * 4 + k) % locate.length]!, headers: browser });
    for (let k = 0; k < 2; k++) out.push({ method: 'GET', path: search[(i * 2 + k) % search.length]!, headers: browser });
    out.push({ method: 'GET', path: '/api/v1/districts.geojson', headers: browser });
    out.push({ method: 'GET', path: '/', headers: { ...browser, accept: 'text/html' } });
  }
  return out;
}

function cannon(url: string, seconds: number, requests: ReturnType<typeof mixedRequests> | null): Promise<Result> {
  return autocannon({ url: `${url}/api/v1/health`, connections: CONNECTIONS, duration: seconds, requests: requests ?? [{ method: 'GET', path: '/api/v1/health' }] });
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

export async function run(): Promise<void> {
  const mixed = mixedRequests();
  const server = await startServer();
  try {
    console.log(`server ${server.url}; ${CONNECTIONS} connections, 2 × ${SECONDS / 2} s per profile after ${WARM_UP_SECONDS} s warm-up each`);
    await cannon(server.url, WARM_UP_SECONDS, null);
    await cannon(server.url, WARM_UP_SECONDS, mixed);
    const health: Result[] = [];
    const mix: Result[] = [];
    for (let round = 0; round < 2; round++) {
      health.push(await cannon(server.url, SECONDS / 2, null));
      mix.push(await cannon(server.url, SECONDS / 2, mixed));
    }
    const summary = (runs: Result[]) => ({
      rps: runs.reduce((s, r) => s + r.requests.average, 0) / runs.length,
      p50: Math.max(...runs.map((r) => r.latency.p50)),
      p99: Math.max(...runs.map((r) => r.latency.p99)),
      ok: runs.reduce((s, r) => s + r['2xx'], 0),
      bad: runs.reduce((s, r) => s + r.non2xx + r.errors + r.timeouts, 0),
    });
    const h = summary(health);
    const m = summary(mix);
    console.log('\n| profile | requests/s | p50 ms | p99 ms | 2xx | errors / non-2xx |\n|---|---:|---:|---:|---:|---:|');
    console.log(`| /api/v1/health | ${fmt(h.rps)} | ${h.p50} | ${h.p99} | ${fmt(h.ok)} | ${h.bad} |`);
    console.log(`| mixed | ${fmt(m.rps)} | ${m.p50} | ${m.p99} | ${fmt(m.ok)} | ${m.bad} |`);
    const ratio = m.rps / h.rps;
    const met = ratio >= 0.35 && m.p99 < 50 && m.bad === 0;
    console.log(`\nmixed/health: ${(ratio * 100).toFixed(0)} % (target ≥ 35 %, p99 < 50 ms, 0 errors: ${met ? 'met' : 'NOT met'})`);
  } finally {
    await server.stop();
  }
}
