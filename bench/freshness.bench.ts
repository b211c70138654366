// Freshness (issue 10): what it costs that the server asks the store whether another process has
// written before every answer served from its cached register. In one process, through inject (no
// network, so the figures are the server's own), each request timed alone, the kinds taking turns, on the committed seed:
//   - GET /health, which touches no register;
//   - GET /api/v1/offices/loppa-lensmannskontor?at=2026-06-01 as served (change token checked);
//   - the same request with the check switched off (the last token reused: the server as it was
//     before, which never looked again), so the difference is the check's share;
//   - SQLite: the same with data_version also read on every request (why the adapter reads it at
//     most every 20 ms);
//   - ChangeLogStore.changeToken() alone, RegisterService.register() on its fast path, and (SQLite)
//     the pragma alone.
// On SQLite and, when it answers, PostgreSQL (127.0.0.1:5432/test, a random schema dropped after).
// Then what a change costs: another handle appends one change, and the first request after it reads
// the log again, folds it and rebuilds the date's snapshot (PostgreSQL: also how long the NOTIFY
// took to be heard).
import { performance } from 'node:perf_hooks';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/api/app.js';
import { SEED_DIR } from '../src/config.js';
import type { NewChange } from '../src/domain/changes.js';
import { AppServices } from '../src/services/app-services.js';
import { RegisterService } from '../src/services/register-service.js';
import { ensureSeeded } from '../src/services/seed.js';
import { openSqliteStore, SQLITE_FILE_NAME } from '../src/store/sqlite-store.js';
import type { SqlChangeLogStore } from '../src/store/sql-change-log.js';
import { PostgresHarness } from '../test/store/harness.js';

const OFFICE_URL = '/api/v1/offices/loppa-lensmannskontor?at=2026-06-01';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const BATCHES = 200;
const BATCH = 100;
const CHANGES = 5;

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number, digits = 1) => x.toFixed(digits);

/** µs taken by one call of `fn`. */
async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return (performance.now() - t) * 1000;
}

/** µs per call over a batch of `n` calls (one call is too short to time alone). */
async function perCall(n: number, fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return ((performance.now() - t) * 1000) / n;
}

async function get(app: FastifyInstance, url: string): Promise<void> {
  const res = await app.inject({ method: 'GET', url });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
}

/** A harmless change: confirming Loppa as it was (no state change; a new entry in its history). */
const confirmation = (i: number): NewChange => ({
  id: `bench-freshness-${Date.now()}-${i}`,
  effective: '2020-01-01',
  datePrecision: 'day',
  op: { type: 'confirm', entity: 'office', id: 'loppa-lensmannskontor' },
  decision: null,
  sources: ['bench/freshness.bench.ts'],
  certainty: 'sourced',
  note: null,
  supersedes: null,
});

/** A data_version read on every call, on a connection of its own (SQLite only): what the check would cost unthrottled. */
type RawCheck = (() => unknown) | null;

async function measure(name: string, store: SqlChangeLogStore, other: SqlChangeLogStore, raw: RawCheck): Promise<void> {
  await ensureSeeded(store, SEED_DIR);
  // One app over the store, through a switch: 'served' asks the store as the server does; 'never'
  // answers the last token the store gave (the server before issue 10, which never looked again);
  // 'raw' also reads data_version on every request. Same app, same code paths, same JIT state: the
  // differences are the checks alone.
  let mode: 'served' | 'never' | 'raw' = 'served';
  let last = await store.changeToken();
  const switched = Object.assign(Object.create(store) as SqlChangeLogStore, {
    changeToken: async () => {
      if (mode === 'never') return last;
      if (mode === 'raw') raw?.();
      return (last = await store.changeToken());
    },
  });
  const app = await buildApp({ services: new AppServices({ store: switched, scenarios: store.scenarios }), rateLimitPerMinute: null });
  const registers = new RegisterService(store);
  try {
    for (let i = 0; i < 300; i++) await get(app, i % 2 ? '/health' : OFFICE_URL);
    await registers.register();
    // Each request timed alone, the kinds taking turns in a rotating order, and the median of each
    // kind: load from other processes on the machine hits all alike and drops out.
    const kinds: { label: string; run: () => Promise<void> }[] = [
      { label: 'GET /health', run: () => get(app, '/health') },
      { label: `GET ${OFFICE_URL}, change token checked (as served)`, run: () => ((mode = 'served'), get(app, OFFICE_URL)) },
      { label: 'the same, never checked (before issue 10)', run: () => ((mode = 'never'), get(app, OFFICE_URL)) },
    ];
    if (raw) kinds.push({ label: 'the same, data_version read on every request (unthrottled)', run: () => ((mode = 'raw'), get(app, OFFICE_URL)) });
    const times: number[][] = kinds.map(() => []);
    for (let i = 0; i < REQUESTS; i++) {
      for (let k = 0; k < kinds.length; k++) {
        const kind = (i + k) % kinds.length;
        times[kind]!.push(await timed(kinds[kind]!.run));
      }
    }
    mode = 'served';
    const medians = times.map(median);
    const health = medians[0]!;
    const calls: { label: string; run: () => unknown }[] = [
      { label: 'changeToken() alone', run: () => store.changeToken() },
      { label: 'RegisterService.register(), nothing written', run: () => registers.register() },
    ];
    if (raw) calls.push({ label: 'pragma data_version alone', run: async () => raw() });
    const batches: number[][] = calls.map(() => []);
    for (let i = 0; i < BATCHES; i++) for (let c = 0; c < calls.length; c++) batches[c]!.push(await perCall(BATCH, async () => calls[c]!.run()));

    console.log(`\n${name}: ${store.description}; medians of ${REQUESTS} requests of each kind, taking turns, and of ${BATCHES} batches of ${BATCH} calls`);
    console.log('| what | µs per request or call (median) | ÷ GET /health |\n|---|---:|---:|');
    kinds.forEach((k, i) => console.log(`| ${k.label} | ${fmt(medians[i]!)} | ${fmt(medians[i]! / health, 2)} |`));
    calls.forEach((c, i) => console.log(`| ${c.label} | ${fmt(median(batches[i]!), 2)} | ${fmt(median(batches[i]!) / health, 3)} |`));
    console.log(`office request, checked as served ÷ never checked: ${fmt(medians[1]! / medians[2]!, 3)}×${raw ? `; data_version on every request ÷ never checked: ${fmt(medians[3]! / medians[2]!, 3)}×` : ''}`);

    // What a change costs: the first request after another handle's append, and the next one.
    const heard: number[] = [];
    const first: number[] = [];
    const next: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      const before = await store.changeToken();
      await other.appendChanges([confirmation(i)]);
      const committed = performance.now();
      while ((await store.changeToken()) === before) await new Promise((resolve) => setTimeout(resolve, 0));
      heard.push(performance.now() - committed);
      let t = performance.now();
      await get(app, OFFICE_URL);
      first.push(performance.now() - t);
      t = performance.now();
      await get(app, OFFICE_URL);
      next.push(performance.now() - t);
    }
    console.log(
      `after another handle's append (median of ${CHANGES}): heard ${fmt(median(heard), 2)} ms after its commit; first request ${fmt(median(first))} ms (log read, folded, snapshot rebuilt); next ${fmt(median(next), 2)} ms`,
    );
  } finally {
    await app.close();
  }
}

export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'naerpoliti-bench-fresh-'));
  const store = await openSqliteStore(dir);
  const other = await openSqliteStore(dir);
  const own = new Database(join(dir, SQLITE_FILE_NAME));
  const dataVersion = own.prepare('pragma data_version').pluck();
  try {
    await measure('SQLite', store, other, () => dataVersion.get());
  } finally {
    own.close();
    await store.close();
    await other.close();
    await rm(dir, { recursive: true, force: true });
  }

  const postgres = new PostgresHarness();
  const unavailable = await postgres.unavailable();
  if (unavailable) {
    console.log(`\nPostgreSQL skipped: ${unavailable}`);
    return;
  }
  try {
    await measure('PostgreSQL', await postgres.fresh(), await postgres.reopen(), null);
  } finally {
    await postgres.dispose();
  }
}
