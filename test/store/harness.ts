import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { StoreError } from '../../src/store/errors.js';
import { describePostgresUrl, dropPostgresSchema, openPostgresStore } from '../../src/store/postgres-store.js';
import type { SqlChangeLogStore } from '../../src/store/sql-change-log.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

/**
 * How the shared contract suite gets stores from one adapter. `fresh()` gives an empty store;
 * `reopen()` another handle on the database the last `fresh()` used. Every store handed out is
 * closed by `closeAll()` (after each test); the test file calls `dispose()` once at its end, which
 * also removes the scratch directories and (PostgreSQL) the schema.
 */
export interface StoreHarness {
  readonly name: string;
  /** Why this adapter cannot run here (shown as the skip reason), or null. */
  unavailable(): Promise<string | null>;
  fresh(): Promise<SqlChangeLogStore>;
  reopen(): Promise<SqlChangeLogStore>;
  /** A scratch directory for export files, removed by dispose(). */
  tempDir(): Promise<string>;
  closeAll(): Promise<void>;
  dispose(): Promise<void>;
}

abstract class BaseHarness {
  protected readonly open: SqlChangeLogStore[] = [];
  protected readonly dirs: string[] = [];

  protected track(store: SqlChangeLogStore): SqlChangeLogStore {
    this.open.push(store);
    return store;
  }

  async tempDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'naerpoliti-store-test-'));
    this.dirs.push(dir);
    return dir;
  }

  async closeAll(): Promise<void> {
    const stores = this.open.splice(0);
    for (const store of stores) await store.close();
  }

  async dispose(): Promise<void> {
    await this.closeAll();
    for (const dir of this.dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  }
}

export class SqliteHarness extends BaseHarness implements StoreHarness {
  readonly name = 'SQLite';
  private current: string | null = null;

  async unavailable(): Promise<string | null> {
    return null;
  }

  async fresh(): Promise<SqlChangeLogStore> {
    this.current = join(await this.tempDir(), 'data');
    return this.track(await openSqliteStore(this.current));
  }

  async reopen(): Promise<SqlChangeLogStore> {
    if (!this.current) throw new Error('reopen() before fresh()');
    return this.track(await openSqliteStore(this.current));
  }
}

const POSTGRES_TEST_URL = process.env['DATABASE_URL'] || 'postgres://127.0.0.1:5432/test';

/**
 * One random schema per test file (created by the first open, dropped by dispose()); `fresh()`
 * empties its tables, so tests in the file run one after another against a clean log.
 */
export class PostgresHarness extends BaseHarness implements StoreHarness {
  readonly name = 'PostgreSQL';
  readonly schema = `np_test_${randomBytes(5).toString('hex')}`;
  private probe: Promise<string | null> | null = null;
  private created = false;

  constructor(readonly url: string = POSTGRES_TEST_URL) {
    super();
  }

  unavailable(): Promise<string | null> {
    this.probe ??= openPostgresStore(this.url, { schema: this.schema }).then(
      async (store) => {
        this.created = true;
        await store.close();
        return null;
      },
      (error: unknown) => {
        if (error instanceof StoreError && error.code === 'store.unreachable') {
          const cause = error.details['cause'];
          return `PostgreSQL not reachable at ${describePostgresUrl(this.url)}: ${cause instanceof Error ? cause.message : error.message}`;
        }
        throw error;
      },
    );
    return this.probe;
  }

  async fresh(): Promise<SqlChangeLogStore> {
    const store = this.track(await openPostgresStore(this.url, { schema: this.schema }));
    this.created = true;
    await sql`truncate table changes, meta, scenario_changes, scenarios, audit, road_networks, sessions, access_tokens, users`.execute(store.sql.db);
    return store;
  }

  async reopen(): Promise<SqlChangeLogStore> {
    return this.track(await openPostgresStore(this.url, { schema: this.schema }));
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    if (this.created) await dropPostgresSchema(this.url, this.schema);
  }
}
