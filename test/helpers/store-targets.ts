import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.js';
import { dropPostgresSchema } from '../../src/store/postgres-store.js';
import type { SqlChangeLogStore } from '../../src/store/sql-change-log.js';

const POSTGRES_URL = process.env['DATABASE_URL'] || 'postgres://127.0.0.1:5432/test';

/**
 * A store a CLI child process works on, as the environment that points it there: an SQLite data
 * directory, or a scratch schema in the test PostgreSQL database. Each `fresh()` is a new, empty one.
 */
export interface StoreTarget {
  readonly name: 'sqlite' | 'postgres';
  /** The environment a CLI child needs to use this store (and no other). */
  readonly env: Record<string, string | undefined>;
  /** Opens it in this process, as the CLI would. */
  open(): Promise<SqlChangeLogStore>;
}

export interface StoreTargets {
  fresh(): StoreTarget;
  dispose(): Promise<void>;
}

export function sqliteTargets(): StoreTargets {
  const root = mkdtempSync(join(tmpdir(), 'naerpoliti-targets-'));
  let n = 0;
  return {
    fresh() {
      const dataDir = join(root, `store-${++n}`);
      const env = { NAERPOLITI_DATA_DIR: dataDir, DATABASE_URL: undefined };
      return { name: 'sqlite', env, open: () => openStore({ databaseUrl: null, dataDir }) };
    },
    async dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export function postgresTargets(): StoreTargets {
  const schemas: string[] = [];
  const root = mkdtempSync(join(tmpdir(), 'naerpoliti-targets-pg-'));
  return {
    fresh() {
      const schema = `np_cli_${randomBytes(5).toString('hex')}`;
      schemas.push(schema);
      const url = `${POSTGRES_URL}?schema=${schema}`;
      // The data directory is set too, so that a CLI that ignored DATABASE_URL would show up as an empty SQLite store.
      const env = { DATABASE_URL: url, NAERPOLITI_DATA_DIR: join(root, schema) };
      return { name: 'postgres', env, open: () => openStore({ databaseUrl: url, dataDir: join(root, schema) }) };
    },
    async dispose() {
      for (const schema of schemas) await dropPostgresSchema(POSTGRES_URL, schema);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Why PostgreSQL cannot be used here, or null when it can (tests skip, naming the reason). */
export async function postgresUnavailable(): Promise<string | null> {
  const schema = `np_cli_probe_${randomBytes(5).toString('hex')}`;
  try {
    const store = await openStore({ databaseUrl: `${POSTGRES_URL}?schema=${schema}`, dataDir: tmpdir() });
    await store.close();
    await dropPostgresSchema(POSTGRES_URL, schema);
    return null;
  } catch (error) {
    return `PostgreSQL at ${POSTGRES_URL} is not available: ${error instanceof Error ? error.message : String(error)}`;
  }
}
