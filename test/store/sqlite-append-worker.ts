// Child process for the SQLite cross-process test: appends `rounds` calls of two changes each.
// Usage: node --import tsx sqlite-append-worker.ts <dataDir> <name> <rounds>
import type { NewChange } from '../../src/domain/changes.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

const [dir, name, rounds] = process.argv.slice(2);
if (!dir || !name || !rounds) throw new Error('usage: sqlite-append-worker.ts <dataDir> <name> <rounds>');

function change(id: string): NewChange {
  return {
    id,
    effective: '2020-01-01',
    datePrecision: 'day',
    op: { type: 'establish', entity: 'directorate', id, attrs: { name: id, abbreviation: '', seat: 'Oslo' } },
    decision: null,
    sources: [],
    certainty: 'sourced',
    note: null,
    supersedes: null,
  };
}

// The check runs inside the write transaction, between reading max(seq) and inserting; holding it
// open for a moment there makes the two processes' transactions overlap instead of rarely meeting.
const holdOpen = (): void => {
  const until = Date.now() + 2;
  while (Date.now() < until);
};

const store = await openSqliteStore(dir);
for (let i = 0; i < Number(rounds); i++) {
  await store.appendChanges([change(`${name}-${i}-a`), change(`${name}-${i}-b`)], { check: holdOpen });
}
await store.close();
