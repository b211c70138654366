import type { Kysely } from 'kysely';
import type { Tables } from './tables.js';

/**
 * What the SQL adapters differ in, and nothing else: how to open a write transaction that holds the
 * database's single writer lock, and how a handle hears of other handles' writes. Every query is written once against `db` (see sql-change-log.ts,
 * migrations.ts); SQLite and PostgreSQL only supply this handle.
 */
export interface SqlDatabase {
  readonly dialect: 'sqlite' | 'postgres';
  readonly db: Kysely<Tables>;
  /** "sqlite:/path/naerpoliti.sqlite", "postgres://user@host:5432/db (schema s)"; never a password. */
  readonly description: string;
  /**
   * Runs `fn` in one transaction while holding the write lock, so two writers (in this process or
   * another) never read the same max(seq). Commits when `fn` resolves; rolls back and rethrows the
   * same error when it throws.
   */
  writeTransaction<T>(fn: (trx: Kysely<Tables>) => Promise<T>): Promise<T>;
  /**
   * Called inside a write transaction that appended to or imported into the change log, so that
   * other handles learn of it when it commits (PostgreSQL: NOTIFY; SQLite: nothing to do, every
   * other connection's data_version moves by itself).
   */
  announceChangeLogWrite(trx: Kysely<Tables>): Promise<void>;
  /** ChangeLogStore.changeToken (see store.ts). */
  changeToken(): Promise<string>;
  /** Closes the connections, the PostgreSQL listener too. */
  close(): Promise<void>;
}
