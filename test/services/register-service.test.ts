import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import type { NewChange, RecordedChange } from '../../src/domain/changes.js';
import { RegisterService } from '../../src/services/register-service.js';
import type { ChangeLogStore } from '../../src/store/store.js';
import type { SqlChangeLogStore } from '../../src/store/sql-change-log.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { LogBuilder } from '../helpers/changes.js';
import { plannerLog } from '../helpers/planner-geography.js';

/*
 * The register the server keeps in memory follows the store: the same object while nothing is
 * written, the appended one after its own write, a fresh one after another handle's (here a second
 * SQLite connection to the same file, as another process would have).
 */

let dir: string;
const open: SqlChangeLogStore[] = [];
let files = 0;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'naerpoliti-register-service-'));
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
});
after(() => rm(dir, { recursive: true, force: true }));

/** Two handles on one new file holding the planner fixture: the server's and another process's. */
async function twoHandles(): Promise<{ mine: SqlChangeLogStore; other: SqlChangeLogStore }> {
  const at = join(dir, String(++files));
  const mine = await openSqliteStore(at);
  const other = await openSqliteStore(at);
  open.push(mine, other);
  await other.appendChanges(plannerLog().newChanges(), { recordedAt: '2023-12-01T00:00:00.000Z' });
  return { mine, other };
}

/** `write` through another handle, then wait until `reader`'s change token shows it (SQLite reads data_version every 20 ms at most). */
async function otherWrites(reader: SqlChangeLogStore, write: () => Promise<unknown>): Promise<void> {
  const before = await reader.changeToken();
  await write();
  const deadline = Date.now() + 5000;
  while ((await reader.changeToken()) === before) {
    if (Date.now() > deadline) assert.fail('the reader did not notice the write within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const renameOffice = (id: string, name: string): NewChange[] => new LogBuilder().amend('office', 'g', '2024-03-01', { name }, { id }).newChanges();
const officeName = (changes: readonly RecordedChange[], id: string) => changes.filter((c) => c.op.id === id).map((c) => ((c.op.type === 'establish' || c.op.type === 'amend') && 'name' in c.op.attrs ? c.op.attrs.name : null)).at(-1);

test('the same register while nothing is written; a new one, with the write, after another handle writes', async () => {
  const { mine, other } = await twoHandles();
  const registers = new RegisterService(mine);
  const first = await registers.register();
  assert.equal(await registers.register(), first, 'no reload without a write');
  await otherWrites(mine, () => other.appendChanges(renameOffice('other-1', 'Gamma lensmannskontor')));
  const second = await registers.register();
  assert.notEqual(second, first);
  assert.equal(officeName(second.changes, 'g'), 'Gamma lensmannskontor');
  assert.equal(await registers.register(), second);
});

/** The real store, counting how often the log is read in full. */
function counting(store: SqlChangeLogStore): { store: ChangeLogStore; loads: () => number } {
  let loads = 0;
  const wrapped = Object.assign(Object.create(store) as SqlChangeLogStore, {
    listChanges: () => {
      loads++;
      return store.listChanges();
    },
  });
  return { store: wrapped, loads: () => loads };
}

test('its own append is the register from then on, without reading the log again', async () => {
  const { mine } = await twoHandles();
  const counted = counting(mine);
  const registers = new RegisterService(counted.store);
  const before = await registers.register();
  const recorded = await registers.append(renameOffice('mine-1', 'Gamma politistasjon'));
  const after = await registers.register();
  assert.notEqual(after, before);
  assert.equal(after.changes.at(-1)?.id, recorded[0]!.id);
  assert.equal(await registers.register(), after);
  assert.equal(counted.loads(), 1);
});

test('callers asking at once after a change share one load', async () => {
  const { mine, other } = await twoHandles();
  const counted = counting(mine);
  const registers = new RegisterService(counted.store);
  await registers.register();
  await otherWrites(mine, () => other.appendChanges(renameOffice('other-2', 'G')));
  const [a, b, c] = await Promise.all([registers.register(), registers.register(), registers.register()]);
  assert.equal(a, b);
  assert.equal(b, c);
  assert.equal(counted.loads(), 2);
});

test('a load that read the log before an append and ends after it does not replace the appended register', async () => {
  const { mine, other } = await twoHandles();
  // The real store, but a read that is held back after it has read the log.
  let hold = false;
  let didRead: () => void = () => {};
  const read = new Promise<void>((resolve) => (didRead = resolve));
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const slow: ChangeLogStore = Object.assign(Object.create(mine) as SqlChangeLogStore, {
    listChanges: async () => {
      const changes = await mine.listChanges();
      if (hold) {
        didRead();
        await released;
      }
      return changes;
    },
  });
  const registers = new RegisterService(slow);
  await registers.register();
  await otherWrites(mine, () => other.appendChanges(renameOffice('other-3', 'G')));
  hold = true;
  const late = registers.register(); // sees the new token, reads the log, waits
  await read;
  hold = false;
  const appended = await registers.append(renameOffice('mine-2', 'Gamma nærpolitikontor'));
  release();
  const stale = await late;
  assert.equal(stale.changes.at(-1)?.id, 'other-3', 'the late load answers its own caller with what it read');
  const now = await registers.register();
  assert.equal(now.changes.at(-1)?.id, appended[0]!.id, 'the appended register is kept, not the late load');
});
