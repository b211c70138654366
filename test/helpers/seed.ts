import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RecordedChange } from '../../src/domain/changes.js';
import { Register } from '../../src/domain/register.js';

export const SEED_FILE = fileURLToPath(new URL('../../data/register/changes.json', import.meta.url));

let cached: Register | null = null;

/** The register folded from the committed seed (read once per test process). */
export function seedRegister(): Register {
  if (!cached) {
    const doc = JSON.parse(readFileSync(SEED_FILE, 'utf8')) as { changes: RecordedChange[] };
    cached = Register.of(doc.changes);
  }
  return cached;
}
