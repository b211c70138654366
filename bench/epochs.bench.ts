// Per-date caches keyed by epoch (issue 12, defect 1): GET /api/v1/search?q=bergn with 200 different
// `at` dates beside the same 200 requests on one date, on the real app in this process (app.inject,
// no sockets: the cost measured is the server's). Before epochs, each new date built its own
// snapshot and search index (170–590 ms); now a date costs an index only when its epoch is not
// cached. Two kinds of new dates: 200 consecutive days from 2021-01-01 (a client sending a new
// date each time: a handful of epochs) and 200 dates spread over 2002–2025 (more epochs than the
// directory keeps, 16 of about 9 MB each: the worst case, which the per-client cost limit bounds).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/api/app.js';
import { SEED_DIR } from '../src/config.js';
import { AppServices } from '../src/services/app-services.js';
import { ensureSeeded } from '../src/services/seed.js';
import { addDays, type IsoDate } from '../src/shared/dates.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';

const REQUESTS = 200;

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'naerpoliti-bench-epochs-'));
  const store = await openSqliteStore(dir);
  try {
    await ensureSeeded(store, SEED_DIR);
    const services = new AppServices({ store, scenarios: null });
    const app = await buildApp({ services, logger: false, rateLimitPerMinute: null });
    const register = await services.registers.register();
    const spread = Array.from({ length: REQUESTS }, (_, i) => addDays('2002-01-01' as IsoDate, Math.round((i * 8500) / REQUESTS) + (i % 7)));
    const daily = Array.from({ length: REQUESTS }, (_, i) => addDays('2021-01-01' as IsoDate, i));
    const epochsOf = (dates: IsoDate[]) => new Set(dates.map((d) => register.epochOf(d))).size;

    const timed = async (label: string, dateOf: (i: number) => string) => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < REQUESTS; i++) {
        const res = await app.inject({ method: 'GET', url: `/api/v1/search?q=bergn&at=${dateOf(i)}` });
        if (res.statusCode !== 200) throw new Error(`${label}: ${res.statusCode} ${res.body}`);
      }
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      return { label, ms };
    };
    // A warm-up on another date first, so the first run does not pay for the JIT alone.
    await timed('warm-up', () => '2010-01-01');
    const rows = [
      await timed(`one date`, () => '2018-07-01'),
      await timed(`${REQUESTS} days (${epochsOf(daily)} epochs)`, (i) => daily[i]!),
      await timed(`${REQUESTS} spread (${epochsOf(spread)} epochs)`, (i) => spread[i]!),
      await timed(`one date again`, () => '2018-07-01'),
    ];
    console.log(`GET /search?q=bergn, ${REQUESTS} requests each`);
    console.log('run'.padEnd(36) + 'total ms'.padStart(10) + 'ms/request'.padStart(12));
    for (const r of rows) console.log(r.label.padEnd(36) + r.ms.toFixed(0).padStart(10) + (r.ms / REQUESTS).toFixed(2).padStart(12));
    console.log(`ratio to one date: ${REQUESTS} days ${(rows[1]!.ms / rows[0]!.ms).toFixed(1)}×, ${REQUESTS} spread ${(rows[2]!.ms / rows[0]!.ms).toFixed(1)}×`);
    await app.close();
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
