import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, describe, it, type TestContext } from 'node:test';
import { sql } from 'kysely';
import type { NewChange } from '../../src/domain/changes.js';
import { StoreError } from '../../src/store/errors.js';
import { exportChanges, importDirectory } from '../../src/store/exchange/export-import.js';
import { openStore } from '../../src/store/open-store.js';
import { changeChannel } from '../../src/store/postgres-listener.js';
import { describePostgresUrl, openPostgresStore } from '../../src/store/postgres-store.js';
import type { SqlChangeLogStore } from '../../src/store/sql-change-log.js';
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
        ['access_tokens', 'audit', 'changes', 'meta', 'road_networks', 'scenario_changes', 'scenarios', 'schema_migrations', 'sessions', 'users'],
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

  // The token is a count of what the listener heard (and of its connects); the tests below read it
  // as a number to say exactly what was heard.
  const heard = async (store: SqlChangeLogStore) => Number(await store.changeToken());
  /** The listener's next count once it passes `before` (5 s bound: only so a broken listener fails the test instead of hanging it). */
  const heardMore = async (store: SqlChangeLogStore, before: number) => {
    const deadline = Date.now() + 5000;
    for (;;) {
      const now = await heard(store);
      if (now > before) return now;
      if (Date.now() > deadline) assert.fail(`no change heard within 5 s (count still ${now})`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  /** Listening sessions on this schema's channel, as the server lists them. */
  const listeners = async (store: SqlChangeLogStore) =>
    (
      await sql<{ pid: number }>`select pid from pg_stat_activity where application_name = 'naerpoliti listener' and query = ${`listen "${changeChannel(harness.schema)}"`}`.execute(
        store.sql.db,
      )
    ).rows.map((r) => r.pid);
  const eventually = async (what: string, ok: () => Promise<boolean>) => {
    const deadline = Date.now() + 5000;
    while (!(await ok())) {
      if (Date.now() > deadline) assert.fail(`${what}: not within 5 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  test("a handle skips the notifications of its own writes and hears each of another handle's", async () => {
    const a = await harness.fresh();
    const b = await harness.reopen();
    const start = await heard(a);
    await heard(b);
    await a.appendChanges([directorate('own-1')]);
    await a.appendChanges([directorate('own-2')]);
    await b.appendChanges([directorate('other-1')]);
    // Notifications arrive in commit order: once b's is counted, a's own two have arrived too.
    assert.equal(await heardMore(a, start), start + 1);
    await b.appendChanges([directorate('other-2')]);
    assert.equal(await heardMore(a, start + 1), start + 2);
  });

  test('a register in another schema of the same database does not wake this one', async () => {
    const a = await harness.fresh();
    const b = await harness.reopen();
    const elsewhere = new PostgresHarness(harness.url);
    try {
      const other = await elsewhere.fresh();
      const start = await heard(a);
      await other.appendChanges([directorate('elsewhere')]);
      await b.appendChanges([directorate('here')]);
      assert.equal(await heardMore(a, start), start + 1, 'only the write in its own schema');
    } finally {
      await elsewhere.dispose();
    }
  });

  test('the listener is opened by the first token, closed with the store, and comes back after its connection is killed', async () => {
    const reader = await harness.fresh();
    const writer = await harness.reopen();
    assert.deepEqual(await listeners(writer), [], 'no listener before anyone asks for a token (a CLI command opens none)');
    const before = await heard(reader);
    const [pid] = await listeners(writer);
    assert.ok(pid, 'one listener after the first token');
    // Killing its session: the reconnect counts as a change (writes meanwhile went unheard) ...
    await sql`select pg_terminate_backend(${pid})`.execute(writer.sql.db);
    const afterReconnect = await heardMore(reader, before);
    await eventually('a new listening session', async () => (await listeners(writer)).some((p) => p !== pid));
    // ... and writes after it are heard again.
    await writer.appendChanges([directorate('after-reconnect')]);
    assert.ok((await heardMore(reader, afterReconnect)) > afterReconnect);
    await reader.close();
    await eventually('no listener left after close', async () => (await listeners(writer)).length === 0);
  });

  it('channel names: one per schema, plain when it fits in an identifier, hashed otherwise', () => {
    assert.equal(changeChannel('np_test_0123456789'), 'naerpoliti_changes_np_test_0123456789');
    assert.equal(changeChannel('public'), 'naerpoliti_changes_public');
    const long = changeChannel('s'.repeat(63));
    assert.match(long, /^naerpoliti_changes_[0-9a-f]{24}$/);
    assert.notEqual(changeChannel('s'.repeat(62)), long);
    assert.match(changeChannel('Mixed Case'), /^naerpoliti_changes_[0-9a-f]{24}$/);
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
