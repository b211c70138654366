import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/api/app.js';
import { SEED_DIR } from '../../src/config.js';
import { AppServices } from '../../src/services/app-services.js';
import { ensureSeeded } from '../../src/services/seed.js';
import type { SqlChangeLogStore } from '../../src/store/sql-change-log.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { runCliAsync } from '../helpers/cli.js';
import { PostgresHarness } from '../store/harness.js';

/*
 * Issue 10's stale-cache scenario, on both stores: a running server answers Loppa as in force on
 * 2026-06-01; another process (the real CLI, on the same data directory or database schema)
 * creates, decides and publishes a scenario closing it from that date; the server then answers it
 * as not in force, without a restart, and so does every answer it had derived from the old
 * register (the accessibility report, the planner's warm preview, the criteria, the GeoJSON).
 */

const AT = '2026-06-01';
const OFFICE = 'loppa-lensmannskontor';

interface Running {
  app: FastifyInstance;
  store: SqlChangeLogStore;
  /** Environment for a CLI process on the same store. */
  cliEnv: Record<string, string>;
  close(): Promise<void>;
}

async function serve(store: SqlChangeLogStore): Promise<FastifyInstance> {
  await ensureSeeded(store, SEED_DIR);
  const app = await buildApp({ services: new AppServices({ store, scenarios: store.scenarios }), rateLimitPerMinute: null });
  await app.ready();
  return app;
}

async function onSqlite(): Promise<Running> {
  const dir = await mkdtemp(join(tmpdir(), 'naerpoliti-fresh-'));
  const store = await openSqliteStore(dir);
  const app = await serve(store);
  return {
    app,
    store,
    cliEnv: { NAERPOLITI_DATA_DIR: dir, NAERPOLITI_ACTOR: 'kari' },
    async close() {
      await app.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function onPostgres(harness: PostgresHarness): Promise<Running> {
  const store = await harness.fresh();
  const app = await serve(store);
  return {
    app,
    store,
    cliEnv: { DATABASE_URL: `${harness.url}?schema=${harness.schema}`, NAERPOLITI_ACTOR: 'kari' },
    async close() {
      await app.close();
      await harness.dispose();
    },
  };
}

function scenarioAcrossTheStore(name: string, start: () => Promise<Running | string>): void {
  describe(`${name}: a running server sees what another process publishes`, () => {
    let running: Running | string;
    before(async () => {
      running = await start();
    });
    after(async () => {
      if (typeof running !== 'string') await running.close();
    });

    it('Loppa is in force, then, after the CLI publishes its closure, not in force, and everything derived follows', async (t: TestContext) => {
      if (typeof running === 'string') {
        t.skip(running);
        return;
      }
      const { app, cliEnv } = running;
      const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
      const cli = async (...args: string[]) => {
        const run = await runCliAsync(args, cliEnv);
        assert.equal(run.status, 0, `naerpoliti ${args.join(' ')}: ${run.stderr}`);
        return run.stdout;
      };
      const officeAnswer = () => get(`/offices/${OFFICE}?at=${AT}`);
      // What the server derives from the register, each asked for (and so cached) before the write.
      const derived = async () => {
        const access = await get(`/access?at=${AT}`);
        const preview = await app.inject({ method: 'POST', url: '/api/v1/planner/preview', payload: { base: AT } });
        const criteria = await get(`/criteria?at=${AT}`);
        const geojson = await get(`/offices.geojson?at=${AT}`);
        for (const res of [access, preview, criteria, geojson]) assert.equal(res.statusCode, 200, res.body);
        return {
          accessOffices: access.json().national.offices as number,
          previewOffices: preview.json().national.offices.base as number,
          criteriaOffices: (criteria.json().rules as { kind: string; value: number }[]).find((r) => r.kind === 'min-total-offices')!.value,
          geojsonIds: (geojson.json().features as { id: string }[]).map((f) => f.id),
          geojsonEtag: String(geojson.headers.etag),
        };
      };

      const open = await officeAnswer();
      assert.equal(open.statusCode, 200, open.body);
      assert.equal(open.json().office.id, OFFICE);
      const before = await derived();
      assert.ok(before.geojsonIds.includes(OFFICE));

      const created = JSON.parse(await cli('scenario', 'create', '--name', 'Loppa legges ned', '--base', AT, '--json')) as { id: number };
      const id = String(created.id);
      await cli('scenario', 'add', id, 'close-office', OFFICE);
      await cli('scenario', 'status', id, 'høring');
      await cli('scenario', 'status', id, 'vedtatt');
      // Scenario edits do not change the register (on SQLite they make the server read it again).
      assert.equal((await officeAnswer()).statusCode, 200);

      await cli('scenario', 'publish', id, '--decided-by', 'Politidirektoratet', '--decision-date', '2026-05-01', '--effective', AT);
      const published = Date.now();
      let closed: LightMyRequestResponse;
      // Within a second (SQLite: data_version is read every 20 ms at most; PostgreSQL: once the
      // NOTIFY has arrived).
      for (;;) {
        closed = await officeAnswer();
        if (closed.statusCode !== 200 || Date.now() - published > 1000) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      assert.equal(closed.statusCode, 404, `still answered as in force ${Date.now() - published} ms after the publish`);
      assert.equal(closed.json().code, 'resource.not-in-force');
      assert.equal((await get(`/offices/${OFFICE}?at=2026-05-31`)).statusCode, 200, 'in force the day before');

      const after = await derived();
      assert.equal(after.accessOffices, before.accessOffices - 1, 'the accessibility report');
      assert.equal(after.previewOffices, before.previewOffices - 1, "the planner preview's warm evaluator");
      assert.equal(after.criteriaOffices, before.criteriaOffices - 1, 'the criteria');
      assert.deepEqual(after.geojsonIds, before.geojsonIds.filter((x) => x !== OFFICE), 'the GeoJSON');
      assert.equal((await get(`/offices.geojson?at=${AT}`, { 'if-none-match': before.geojsonEtag })).statusCode, 200, 'the old ETag no longer matches');
    });
  });
}

scenarioAcrossTheStore('SQLite', onSqlite);

const postgres = new PostgresHarness();
scenarioAcrossTheStore('PostgreSQL', async () => (await postgres.unavailable()) ?? onPostgres(postgres));
