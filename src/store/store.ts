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

  /** Small key/value facts about the store itself (schema version, what it was seeded from). */
  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;

  close(): Promise<void>;
}
