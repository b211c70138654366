import { openPostgresStore } from './postgres-store.js';
import type { SqlChangeLogStore } from './sql-change-log.js';
import { openSqliteStore } from './sqlite-store.js';

export interface OpenStoreOptions {
  /**
   * From DATABASE_URL: when given (non-blank), the register lives in PostgreSQL. A `schema` query
   * parameter (`postgres://host/db?schema=naerpoliti`) keeps its tables in that schema instead of
   * `public`, so one database can hold several registers (and tests never touch `public`).
   */
  databaseUrl?: string | null | undefined;
  /** Where the embedded SQLite file lives otherwise (the CLI decides the default). */
  dataDir: string;
}

/** Splits the register's own `schema` parameter off a PostgreSQL URL (pg would not understand it). */
function splitSchemaParameter(url: string): { url: string; schema: string | undefined } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  if (schema === undefined) return { url, schema };
  parsed.searchParams.delete('schema');
  return { url: parsed.toString(), schema };
}

/** PostgreSQL when a database URL is given, else the embedded SQLite file in `dataDir`. */
export function openStore(options: OpenStoreOptions): Promise<SqlChangeLogStore> {
  const given = options.databaseUrl?.trim();
  if (!given) return openSqliteStore(options.dataDir);
  if (!/^postgres(ql)?:\/\//.test(given)) return openPostgresStore(given); // its own check names the problem
  const { url, schema } = splitSchemaParameter(given);
  return openPostgresStore(url, schema === undefined ? {} : { schema });
}
