import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { SEED_DIR } from '../../src/config.js';
import { AppServices } from '../../src/services/app-services.js';
import { ensureSeeded } from '../../src/services/seed.js';
import type { IsoDate } from '../../src/shared/dates.js';
import type { SqlChangeLogStore } from '../../src/store/sql-change-log.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

/*
 * Issue 12, defect 1: a client asking for a new date each time made the server build a search
 * index per date. Dates of one epoch (no change and no season turn between them) now share what
 * is derived from the structure; a change date begins a new epoch.
 */

let dir: string;
let store: SqlChangeLogStore;
let services: AppServices;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'naerpoliti-epochs-'));
  store = await openSqliteStore(dir);
  await ensureSeeded(store, SEED_DIR);
  services = new AppServices({ store, scenarios: null });
});
after(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const d = (s: string) => s as IsoDate;

test('two dates in one epoch share the search index and the nearest-office index', async () => {
  const a = await services.directory.at(d('2021-02-10'));
  const b = await services.directory.at(d('2021-06-30'));
  assert.equal(a.searchIndex(), b.searchIndex());
  assert.equal(a.openOfficeIndex(), b.openOfficeIndex());
  assert.equal(a.at, '2021-02-10');
  assert.equal(b.at, '2021-06-30');
  assert.notEqual(a.version, b.version, 'the ETag base still names the date asked for');
});

test('a date on a change date starts a new epoch with its own index', async () => {
  const before = await services.directory.at(d('2021-06-30'));
  const on = await services.directory.at(d('2021-07-01'));
  assert.notEqual(before.searchIndex(), on.searchIndex());
});

test('200 dates in one epoch build one search index', async () => {
  const first = (await services.directory.at(d('2021-01-01'))).searchIndex();
  for (let day = 0; day < 200; day++) {
    const date = new Date(Date.UTC(2020, 10, 26 + (day % 200))).toISOString().slice(0, 10) as IsoDate;
    if (date >= '2021-07-01') break;
    assert.equal((await services.directory.at(date)).searchIndex(), first, date);
  }
});
