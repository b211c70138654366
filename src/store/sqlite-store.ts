import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { StoreError } from './errors.js';
import { SqlChangeLogStore } from './sql-change-log.js';
import type { SqlDatabase } from './sql-database.js';
import type { Tables } from './tables.js';

export const SQLITE_FILE_NAME = 'naerpoliti.sqlite';

/** How long a writer waits for another process's write transaction before giving up. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * The change token (data_version) is read at most this often. Reading it starts a read transaction
 * (shared-memory locks): a few microseconds alone, some 20 µs inside a request (bench/freshness),
 * a fifth of a small answer's cost if paid by every request under load. Another process's write is
 * still seen within this long.
 */
const DATA_VERSION_INTERVAL_MS = 20;

/**
 * Opens (creating if missing) `<dir>/naerpoliti.sqlite` — the directory too — in WAL mode with
 * foreign keys on, and brings its schema up to date.
 */
export async function openSqliteStore(dir: string): Promise<SqlChangeLogStore> {
  const file = resolve(dir, SQLITE_FILE_NAME);
  mkdirSync(dir, { recursive: true });
  let sqlite: Database.Database;
  let mode: unknown;
  try {
    sqlite = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new StoreError('store.unreadable', `Cannot open ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error, file });
  }
  try {
    mode = sqlite.pragma('journal_mode = WAL', { simple: true });
    sqlite.pragma('foreign_keys = ON');
  } catch (error) {
    sqlite.close();
    // better-sqlite3 opens lazily: a file that is not a database fails here ("file is not a database").
    throw new StoreError('store.unreadable', `Cannot open ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error, file });
  }
  if (mode !== 'wal') {
    sqlite.close();
    throw new StoreError('store.invalid-config', `${file}: SQLite refused WAL mode (journal_mode is ${String(mode)}); is it on a network file system?`);
  }
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
  // SQLite moves a connection's data_version whenever another connection (in any process) commits,
  // and never for its own commits: exactly the token the port asks for. It is read synchronously on
  // the one connection kysely also uses (safe: nothing holds a statement open across an await), at
  // most once per DATA_VERSION_INTERVAL_MS; calls in between get the last value.
  const dataVersion = sqlite.prepare('pragma data_version').pluck();
  let version = '';
  let versionReadAt = Number.NEGATIVE_INFINITY;
  const changeToken = async (): Promise<string> => {
    const now = performance.now();
    if (now - versionReadAt >= DATA_VERSION_INTERVAL_MS) {
      version = String(dataVersion.get());
      versionReadAt = now;
    }
    return version;
  };

  const database: SqlDatabase = {
    dialect: 'sqlite',
    db,
    description: `sqlite:${file}`,
    // kysely's SQLite driver has one connection and lends it to one caller at a time, which orders
    // writers inside this process. BEGIN IMMEDIATE takes SQLite's write lock at the start (kysely's
    // own transactions use a deferred BEGIN), so a writer in another process waits (busy timeout)
    // instead of failing half-way when it upgrades from reading max(seq) to writing.
    writeTransaction: (fn) =>
      db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const out = await fn(conn);
          await sql`commit`.execute(conn);
          return out;
        } catch (error) {
          if (sqlite.inTransaction) await sql`rollback`.execute(conn);
          throw error;
        }
      }),
    announceChangeLogWrite: async () => {},
    changeToken,
    close: () => db.destroy(),
  };
  return SqlChangeLogStore.open(database);
}
