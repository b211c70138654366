import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, describe, it, type TestContext } from 'node:test';
import { sql } from 'kysely';
import type { NewChange } from '../../src/domain/changes.js';
import { StoreError } from '../../src/store/errors.js';
import { exportChanges, importDirectory } from '../../src/store/exchange/export-import.js';
import { openStore } from '../../src/store/open-store.js';
import { describePostgresUrl, openPostgresStore } from '../../src/store/postgres-store.js';
import { varietyChanges } from './fixture-changes.js';
import { PostgresHarness, SqliteHarness } from './harness.js';
import { storeContract } from './store-contract.js';

// One random schema for this file: the contract's tests empty it between them; dropped at the end.
const harness = new PostgresHarness();
after(() => harness.dispose());
storeContract(harness);

function directorate(id: string): NewChange {
  return {
    id,
    effective: '2020-01-01',
    datePrecision: 'day',
    op: { type: 'establish', entity: 'directorate', id, attrs: { name: id, abbreviation: '', seat: 'Oslo' } },
    decision: null,
    sources: [],
    certainty: 'sourced',
    note: null,
    supersedes: null,
  };
}

describe('PostgreSQL adapter', () => {
  const sqlite = new SqliteHarness();
  afterEach(() => harness.closeAll());
  after(() => sqlite.dispose());

  const test = (name: string, body: (t: TestContext) => Promise<void>): void => {
    it(name, async (t) => {
      const reason = await harness.unavailable();
      if (reason) {
        t.skip(reason);
        return;
      }
      await body(t);
    });
  };

  test('the schema is created when missing and the search path keeps queries inside it', async () => {
    await harness.fresh();
    const other = await openPostgresStore(harness.url, { schema: harness.schema });
    try {
      const found = await sql<{ table_name: string }>`
        select table_name from information_schema.tables where table_schema = ${harness.schema} order by table_name`.execute(other.sql.db);
      assert.deepEqual(
        found.rows.map((r) => r.table_name),
        ['audit', 'changes', 'meta', 'scenario_changes', 'scenarios', 'schema_migrations'],
      );
    } finally {
      await other.close();
    }
  });

  test('two handles appending at the same time never get the same seq', async () => {
    await harness.fresh();
    const [a, b] = [await harness.reopen(), await harness.reopen()];
    const rounds = 15;
    const run = async (store: typeof a, name: string) => {
      const out = [];
      for (let i = 0; i < rounds; i++) out.push(await store.appendChanges([directorate(`${name}-${i}-a`), directorate(`${name}-${i}-b`)]));
      return out;
    };
    // Each handle also races with itself: three callers per handle.
    const results = (await Promise.all([run(a, 'a1'), run(a, 'a2'), run(a, 'a3'), run(b, 'b1'), run(b, 'b2'), run(b, 'b3')])).flat();
    const seqs = results.flat().map((c) => c.seq).sort((x, y) => x - y);
    assert.deepEqual(seqs, Array.from({ length: 6 * rounds * 2 }, (_, i) => i + 1));
    for (const pair of results) assert.equal(pair[1]!.seq, pair[0]!.seq + 1);
    assert.equal(await a.countChanges(), 6 * rounds * 2);
  });

  test('openStore chooses PostgreSQL when a database URL is given', async () => {
    const store = await openStore({ databaseUrl: ` ${harness.url}?schema=${harness.schema} `, dataDir: '/nonexistent/never-created' });
    try {
      assert.equal(store.sql.dialect, 'postgres');
      assert.equal(store.description, describePostgresUrl(harness.url, harness.schema));
    } finally {
      await store.close();
    }
  });

  test('a log moves from SQLite to PostgreSQL and back byte-identically', async () => {
    const from = await sqlite.fresh();
    await from.appendChanges(varietyChanges(), { recordedAt: '2024-06-01T12:00:00.000Z' });
    for (const format of ['json', 'csv'] as const) {
      const dirA = await sqlite.tempDir();
      const exported = await exportChanges(from, { format, outDir: dirA });
      const pg = await harness.fresh();
      await importDirectory(pg, dirA);
      const dirB = await sqlite.tempDir();
      const fromPg = await exportChanges(pg, { format, outDir: dirB });
      assert.ok((await readFile(fromPg.file)).equals(await readFile(exported.file)), `${format}: PostgreSQL export differs`);
      const back = await sqlite.fresh();
      await importDirectory(back, dirB);
      assert.deepEqual(await back.listChanges(), await from.listChanges());
    }
    await sqlite.closeAll();
  });

  it('an unreachable server is a StoreError naming it, without the password', async () => {
    await assert.rejects(openPostgresStore('postgres://someone:secret@127.0.0.1:1/nothing'), (error) => {
      assert.ok(error instanceof StoreError);
      assert.equal(error.code, 'store.unreachable');
      assert.match(error.message, /^Cannot open PostgreSQL at postgres:\/\/someone@127\.0\.0\.1:1\/nothing: /);
      assert.doesNotMatch(error.message, /secret/);
      return true;
    });
  });

  it('refuses a schema name it would have to quote', async () => {
    await assert.rejects(openPostgresStore(harness.url, { schema: 'Robert"); drop table x;--' }), /schema name .* is not allowed/);
  });

  it('a URL that is not postgres:// is refused before connecting', async () => {
    await assert.rejects(openStore({ databaseUrl: 'mysql://127.0.0.1/test', dataDir: join('/tmp', 'unused') }), /DATABASE_URL must start with postgres:\/\//);
  });
});
