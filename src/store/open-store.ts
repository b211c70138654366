import { openPostgresStore } from './postgres-store.js';
import type { SqlChangeLogStore } from './sql-change-log.js';
import { openSqliteStore } from './sqlite-store.js';

export interface OpenStoreOptions {
  /** From DATABASE_URL: when given (non-blank), the register lives in PostgreSQL. */
  databaseUrl?: string | null | undefined;
  /** Where the embedded SQLite file lives otherwise (the CLI decides the default). */
  dataDir: string;
}

/** PostgreSQL when a database URL is given, else the embedded SQLite file in `dataDir`. */
export function openStore(options: OpenStoreOptions): Promise<SqlChangeLogStore> {
  const url = options.databaseUrl?.trim();
  return url ? openPostgresStore(url) : openSqliteStore(options.dataDir);
}
