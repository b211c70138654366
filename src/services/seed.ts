import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChangesJson } from '../store/exchange/changes-json.js';
import type { ChangeLogStore } from '../store/store.js';
import { assertValidLog } from './register-service.js';

export interface SeedResult {
  seeded: boolean;
  changes: number;
}

/**
 * Seeds an empty store from the project's compiled seed (data/register/changes.json) so a fresh
 * machine starts with the whole register. A store that already has changes is left alone.
 */
export async function ensureSeeded(store: ChangeLogStore, seedDir: string): Promise<SeedResult> {
  const existing = await store.countChanges();
  if (existing > 0) return { seeded: false, changes: existing };
  const file = join(seedDir, 'changes.json');
  const changes = parseChangesJson(readFileSync(file, 'utf8'), file);
  await store.importChanges(changes, { check: (all) => void assertValidLog(all) });
  await store.setMeta('seeded-from', 'data/register/changes.json');
  return { seeded: true, changes: changes.length };
}
