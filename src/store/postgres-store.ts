import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { StoreError } from './errors.js';
import { ChangeListener, changeChannel } from './postgres-listener.js';
import { SqlChangeLogStore } from './sql-change-log.js';
import type { SqlDatabase } from './sql-database.js';
import type { Tables } from './tables.js';

export interface PostgresStoreOptions {
  /**
   * Keep the register's tables in this schema (created if missing) instead of the connection's
   * default search path. Lower-case letters, digits and underscores. Tests use a fresh one each.
   */
  schema?: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const CONNECT_TIMEOUT_MS = 10_000;

function assertSchemaName(schema: string): void {
  if (!SCHEMA_NAME.test(schema)) {
    throw new StoreError(
      'store.invalid-config',
      `PostgreSQL schema name ${JSON.stringify(schema)} is not allowed: use lower-case letters, digits and _ (at most 63, not starting with a digit)`,
      { schema },
    );
  }
}

function assertPostgresUrl(url: string): void {
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new StoreError('store.invalid-config', `DATABASE_URL must start with postgres:// or postgresql:// (got ${JSON.stringify(url.slice(0, 20))}…)`);
  }
}

/**
 * libpq (psql) connects as the operating-system user when neither the URL nor PGUSER names one;
 * node-pg falls back to $USER only, which is unset in many services and containers. Do as libpq does.
 */
function withDefaultUser(url: string): string {
  if (process.env['PGUSER'] || process.env['USER']) return url;
  try {
    const u = new URL(url);
    if (u.username) return url;
    u.username = encodeURIComponent(userInfo().username);
    return u.toString();
  } catch {
    return url; // unparseable or no passwd entry: let pg report it
  }
}

/** The URL without password or query (which can carry secrets), for logs and messages. */
export function describePostgresUrl(url: string, schema?: string): string {
  let where: string;
  try {
    const u = new URL(url);
    where = `postgres://${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.host}${u.pathname}`;
  } catch {
    where = 'postgres://(unparseable URL)';
  }
  return schema ? `${where} (schema ${schema})` : where;
}

/**
 * Opens the register in a PostgreSQL database (creating `schema` if given and missing) and brings
 * its schema up to date. Connection failures become a StoreError naming the server.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<SqlChangeLogStore> {
  assertPostgresUrl(url);
  const { schema } = options;
  if (schema !== undefined) assertSchemaName(schema);
  const description = describePostgresUrl(url, schema);

  const connectionString = withDefaultUser(url);
  const pool = new pg.Pool({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle client losing its server must not crash the process; the next query reconnects or fails.
  pool.on('error', (error) => process.emitWarning(`${description}: idle PostgreSQL connection failed: ${error.message}`));
  const db = new Kysely<Tables>({
    dialect: new PostgresDialect({
      pool,
      // Every pooled connection gets the search path, so the shared queries stay unqualified.
      onCreateConnection: schema
        ? async (conn) => {
            await conn.executeQuery(CompiledQuery.raw(`set search_path to "${schema}"`));
          }
        : undefined,
    }),
  });

  let channel: string;
  try {
    await sql`select 1`.execute(db);
    if (schema) {
      await db.transaction().execute(async (trx) => {
        // Concurrent CREATE SCHEMA IF NOT EXISTS can still collide; the lock makes it one at a time.
        await sql`select pg_advisory_xact_lock(hashtext(${`naerpoliti-create-schema:${schema}`}))`.execute(trx);
        await sql`create schema if not exists ${sql.id(schema)}`.execute(trx);
      });
    }
    // The schema the tables are in or will be made in: the given one, else the search path's first
    // that exists (none at all: the migrations will say so).
    const found = await sql<{ name: string | null }>`select current_schema() as name`.execute(db);
    channel = changeChannel(found.rows[0]?.name ?? 'public');
  } catch (error) {
    await db.destroy();
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError('store.unreachable', `Cannot open PostgreSQL at ${description}: ${reason}`, { cause: error, description, reason });
  }

  // Other handles hear of this one's change-log writes by NOTIFY on the register's channel, with
  // this handle's id as the payload so that its own listener can skip them.
  const ownId = randomUUID();
  const listener = new ChangeListener({ connectionString, channel, ownId, description });
  const database: SqlDatabase = {
    dialect: 'postgres',
    db,
    description,
    // An advisory lock per schema serialises writers across connections and processes; after it is
    // taken, READ COMMITTED lets the next statement see every append committed before.
    writeTransaction: (fn) =>
      db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(hashtext(coalesce(current_schema(), '') || ':naerpoliti-write'))`.execute(trx);
        return fn(trx);
      }),
    // Delivered when (and only if) the transaction commits.
    announceChangeLogWrite: async (trx) => {
      await sql`select pg_notify(${channel}, ${ownId})`.execute(trx);
    },
    changeToken: () => listener.token(),
    close: async () => {
      await listener.close();
      await db.destroy();
    },
  };
  return SqlChangeLogStore.open(database);
}

/** Drops `schema` and everything in it (for tests that made a fresh one). Refuses `public`. */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  assertPostgresUrl(url);
  assertSchemaName(schema);
  if (schema === 'public') throw new StoreError('store.invalid-config', 'Refusing to drop the public schema');
  const client = new pg.Client({ connectionString: withDefaultUser(url), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}
