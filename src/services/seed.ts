import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedChange } from '../domain/changes.js';
import { parseChangesJson } from '../store/exchange/changes-json.js';
import type { ChangeLogStore } from '../store/store.js';
import { assertValidLog } from './register-service.js';

export interface SeedResult {
  seeded: boolean;
  changes: number;
}

/**
 * Written (in its own commit) just before a whole log is loaded into an empty store. The load is
 * one transaction, so a store with this mark and no changes is one whose import or seeding was
 * interrupted (killed, or refused half-way), not one that was never filled: it must be reported,
 * never silently filled with the seed.
 */
export const IMPORT_STARTED_KEY = 'import-started';

/**
 * What a store holds as far as the register goes: `ready` (a log is recorded), `new` (the schema
 * and nothing else: nobody has tried to fill it) or `interrupted` (a load was started and did not
 * finish; `source` and `at` say which and when).
 */
export type StoreState =
  | { kind: 'ready'; changes: number }
  | { kind: 'new' }
  | { kind: 'interrupted'; source: string; at: string };

export async function storeState(store: ChangeLogStore): Promise<StoreState> {
  const changes = await store.countChanges();
  if (changes > 0) return { kind: 'ready', changes };
  const mark = await store.getMeta(IMPORT_STARTED_KEY);
  if (mark === null) return { kind: 'new' };
  const [at = '', ...rest] = mark.split(' ');
  return { kind: 'interrupted', at, source: rest.join(' ') };
}

/** Records that a load of `source` into this (empty) store starts now; see IMPORT_STARTED_KEY. */
export function markImportStarted(store: ChangeLogStore, source: string): Promise<void> {
  return store.setMeta(IMPORT_STARTED_KEY, `${new Date().toISOString()} ${source}`);
}

/** Loads `changes` into an empty store as one transaction, marked first (see IMPORT_STARTED_KEY). */
async function importMarked(store: ChangeLogStore, changes: readonly RecordedChange[], source: string): Promise<void> {
  await markImportStarted(store, source);
  await store.importChanges(changes, { check: (all) => void assertValidLog(all) });
}

const SEED_SOURCE = 'data/register/changes.json';

/** Fills an empty store with the project's compiled seed (data/register/changes.json). */
export async function seedStore(store: ChangeLogStore, seedDir: string): Promise<SeedResult> {
  const file = join(seedDir, 'changes.json');
  const changes = parseChangesJson(readFileSync(file, 'utf8'), file);
  await importMarked(store, changes, SEED_SOURCE);
  await store.setMeta('seeded-from', SEED_SOURCE);
  return { seeded: true, changes: changes.length };
}

/**
 * Seeds an empty store from the project's compiled seed so a fresh machine (or a test) starts with
 * the whole register. A store that already has changes is left alone. The CLI decides by
 * storeState instead, so that an interrupted import is reported rather than papered over.
 */
export async function ensureSeeded(store: ChangeLogStore, seedDir: string): Promise<SeedResult> {
  const existing = await store.countChanges();
  if (existing > 0) return { seeded: false, changes: existing };
  return seedStore(store, seedDir);
}
