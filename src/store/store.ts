import type { NewChange, RecordedChange } from '../domain/changes.js';
import type { ScenarioWrites } from './scenario-store.js';

/**
 * The port every storage adapter implements (embedded SQLite by default, PostgreSQL in production).
 * The change log is append-only; the domain decides what may be appended (see `check`), the store
 * makes it atomic: either every change of a call is recorded or none is.
 */
export interface ChangeLogStore {
  /** Which adapter this is, for log lines and error messages ("sqlite:/path/file.db", "postgres:…"). */
  readonly description: string;

  /** Every recorded change, in recording order (seq ascending). */
  listChanges(): Promise<RecordedChange[]>;

  /** How many changes are recorded. */
  countChanges(): Promise<number>;

  /**
   * Records `changes` in one transaction, giving them the next sequence numbers and `recordedAt`
   * (default: now). `check` is called inside the transaction with the whole log as it would be after
   * the append; if it throws, nothing is written and the error propagates. `also` runs in the same
   * transaction after the changes are inserted (publishing a scenario marks it published and writes
   * the audit entry there); if it throws, nothing of the call is written.
   */
  appendChanges(
    changes: readonly NewChange[],
    options?: {
      recordedAt?: string;
      check?: (all: readonly RecordedChange[]) => void;
      also?: (writes: ScenarioWrites) => Promise<void>;
    },
  ): Promise<RecordedChange[]>;

  /**
   * Loads an exported log as it was (sequence numbers and recording times kept), for restoring a
   * backup or moving between adapters. Refuses unless the store is empty; atomic.
   */
  importChanges(changes: readonly RecordedChange[], options?: { check?: (all: readonly RecordedChange[]) => void }): Promise<void>;

  /**
   * Whether the log may have changed under a reader that keeps it in memory (the server's register).
   * Returns a token that stays the same from call to call on this handle while no other handle or
   * process commits an append or import to this store, and differs soon after one has: within
   * 20 ms on SQLite (data_version, read at most that often), on PostgreSQL as soon as the commit's
   * notification arrives (milliseconds on a working connection). Writes made through this handle leave it as it is: their writer already
   * knows what it wrote. It may also change when the log did not (SQLite: any commit by another
   * connection, a scenario edit too; PostgreSQL: the listening connection was lost and is back, and
   * what was written meanwhile went unheard); a reader then reloads once for nothing.
   *
   * Read the token before reading the log: a write that lands between the two shows as a new token
   * on a later call, never as a stale log under a current token. Cheap enough to call before every
   * answer served from memory (SQLite: one pragma per 20 ms at most; PostgreSQL: no query, a counter
   * kept by one LISTENing connection, opened on the first call and closed by `close`). Tokens from
   * different handles are not comparable.
   */
  changeToken(): Promise<string>;

  /** Small key/value facts about the store itself (schema version, what it was seeded from). */
  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;

  close(): Promise<void>;
}
