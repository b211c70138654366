import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, it, type TestContext } from 'node:test';
import type { NewChange, RecordedChange } from '../../src/domain/changes.js';
import { InvariantError } from '../../src/domain/errors.js';
import { Register } from '../../src/domain/register.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { StoreError } from '../../src/store/errors.js';
import { formatChangesCsv } from '../../src/store/exchange/changes-csv.js';
import { formatChangesJson } from '../../src/store/exchange/changes-json.js';
import { exportChanges, importDirectory, type ExchangeFormat } from '../../src/store/exchange/export-import.js';
import type { SqlChangeLogStore } from '../../src/store/sql-change-log.js';
import { SEED_FILE } from '../helpers/seed.js';
import { varietyChanges } from './fixture-changes.js';
import type { StoreHarness } from './harness.js';

const T1 = '2024-01-02T03:04:05.678Z';
const T2 = '2024-02-03T04:05:06.789Z';
const T3 = '2024-03-04T05:06:07.891Z';

const registerCheck = (all: readonly RecordedChange[]): void => void Register.of(all);

function office(id: string, over: Record<string, unknown> = {}): NewChange {
  return {
    id,
    effective: '2017-06-01',
    datePrecision: 'day',
    op: {
      type: 'establish',
      entity: 'office',
      id: `office-${id}`,
      attrs: {
        name: `Kontor ${id}`,
        kind: 'lensmannskontor',
        districtId: 'finnmark',
        stationDistrictId: null,
        municipalityNumber: '5610',
        formerMunicipality: null,
        address: null,
        postcode: null,
        position: { lat: 69.5, lon: 25.5, precision: 'town' },
        season: null,
      },
    },
    decision: null,
    sources: [],
    certainty: 'sourced',
    note: null,
    supersedes: null,
    ...over,
  };
}

function recorded(changes: readonly NewChange[], firstSeq: number, recordedAt: string): RecordedChange[] {
  return changes.map((c, i) => ({ ...c, seq: firstSeq + i, recordedAt }));
}

/** The fixture appended in three batches with three recording times. */
async function fillWithFixture(store: SqlChangeLogStore): Promise<RecordedChange[]> {
  const all = varietyChanges();
  await store.appendChanges(all.slice(0, 8), { recordedAt: T1, check: registerCheck });
  await store.appendChanges(all.slice(8, 16), { recordedAt: T2, check: registerCheck });
  await store.appendChanges(all.slice(16), { recordedAt: T3, check: registerCheck });
  return store.listChanges();
}

async function assertRejects(promise: Promise<unknown>, code: string, message: RegExp): Promise<StoreError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof StoreError, `expected a StoreError (${code}), got ${String(caught)}`);
  assert.equal(caught.code, code, caught.message);
  assert.match(caught.message, message);
  return caught;
}

/**
 * The reader's token once it differs from `before`. The contract: within 20 ms on SQLite, and on
 * PostgreSQL when the writer's notification arrives (milliseconds on a working connection); the 5 s
 * bound only keeps a broken adapter from hanging the test.
 */
async function tokenChange(reader: SqlChangeLogStore, before: string, adapter: string): Promise<string> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const now = await reader.changeToken();
    if (now !== before) return now;
    if (Date.now() > deadline) assert.fail(`${adapter}: the token did not change within 5 s of another handle's commit`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * The behaviour every ChangeLogStore adapter must have, run once per adapter. Each test skips with
 * the harness's reason (visible in the report) when the adapter cannot run here.
 */
export function storeContract(harness: StoreHarness): void {
  describe(`ChangeLogStore contract: ${harness.name}`, () => {
    afterEach(() => harness.closeAll());

    const test = (name: string, body: (t: TestContext) => Promise<void>): void => {
      it(name, async (t) => {
        const reason = await harness.unavailable();
        if (reason) {
          t.skip(reason);
          return;
        }
        await body(t);
      });
    };

    test('a new store is empty and says which adapter it is', async () => {
      const store = await harness.fresh();
      assert.deepEqual(await store.listChanges(), []);
      assert.equal(await store.countChanges(), 0);
      assert.match(store.description, harness.name === 'SQLite' ? /^sqlite:.*naerpoliti\.sqlite$/ : /^postgres:\/\/.*\(schema np_test_/);
    });

    test('appends get consecutive seqs from 1 and are listed in recording order', async () => {
      const store = await harness.fresh();
      const batch = [office('b'), office('a'), office('c')];
      const out = await store.appendChanges(batch, { recordedAt: T1 });
      assert.deepEqual(out, recorded(batch, 1, T1));
      assert.deepEqual(await store.listChanges(), out);
      assert.equal(await store.countChanges(), 3);
    });

    test('a later append continues after the highest seq', async () => {
      const store = await harness.fresh();
      await store.appendChanges([office('a'), office('b')], { recordedAt: T1 });
      const out = await store.appendChanges([office('c')], { recordedAt: T2 });
      assert.deepEqual(
        out.map((c) => c.seq),
        [3],
      );
      assert.deepEqual(
        (await store.listChanges()).map((c) => [c.seq, c.id, c.recordedAt]),
        [
          [1, 'a', T1],
          [2, 'b', T1],
          [3, 'c', T2],
        ],
      );
    });

    test('recordedAt: the option is kept; by default it is now, as an ISO UTC timestamp', async () => {
      const store = await harness.fresh();
      const [given] = await store.appendChanges([office('a')], { recordedAt: T2 });
      assert.equal(given!.recordedAt, T2);
      const before = new Date().toISOString();
      const [now] = await store.appendChanges([office('b')]);
      const afterwards = new Date().toISOString();
      assert.match(now!.recordedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      assert.ok(before <= now!.recordedAt && now!.recordedAt <= afterwards, `${now!.recordedAt} not within [${before}, ${afterwards}]`);
    });

    test('a recordedAt option that is not a canonical UTC timestamp is refused', async () => {
      const store = await harness.fresh();
      for (const bad of ['2024-01-01', '2024-01-01T00:00:00Z', '2024-01-01T01:00:00.000+01:00', '2024-02-30T00:00:00.000Z']) {
        await assertRejects(store.appendChanges([office('a')], { recordedAt: bad }), 'store.invalid-option', /option recordedAt must be an ISO 8601 UTC timestamp/);
      }
      assert.equal(await store.countChanges(), 0);
    });

    test('what goes in comes out identical: nulls, empty arrays, unicode, long decimals, attrs key order', async () => {
      const store = await harness.fresh();
      const all = varietyChanges();
      const listed = await fillWithFixture(store);
      const expected = [...recorded(all.slice(0, 8), 1, T1), ...recorded(all.slice(8, 16), 9, T2), ...recorded(all.slice(16), 17, T3)];
      assert.deepEqual(listed, expected);
      // deepEqual ignores key order; the attrs must also keep theirs (and every number its last digit).
      for (let i = 0; i < all.length; i++) assert.equal(JSON.stringify(listed[i]!.op), JSON.stringify(all[i]!.op));
      const karasjok = listed.find((c) => c.id === 'c009-karasjok-kommune')!;
      assert.equal(karasjok.op.type === 'establish' && karasjok.op.entity === 'municipality' && karasjok.op.attrs.point.lon, 25.20981234567891);
      assert.equal(karasjok.op.type === 'establish' && karasjok.op.entity === 'municipality' && karasjok.op.attrs.name, 'Kárášjohka – Karasjok');
      assert.equal(listed.find((c) => c.id === 'c011-honningsvag-sommer')!.note, '');
      assert.equal(listed.find((c) => c.id === 'c001-pod')!.note, null);
    });

    test('check sees the whole log as it would be after the append', async () => {
      const store = await harness.fresh();
      await store.appendChanges([office('a')], { recordedAt: T1 });
      let seen: readonly RecordedChange[] = [];
      const out = await store.appendChanges([office('b'), office('c')], {
        recordedAt: T2,
        check: (all) => {
          seen = all;
        },
      });
      assert.deepEqual(
        seen.map((c) => [c.seq, c.id]),
        [
          [1, 'a'],
          [2, 'b'],
          [3, 'c'],
        ],
      );
      assert.deepEqual(seen.slice(1), out);
    });

    test('a throwing check rolls the append back and its error comes out unchanged', async () => {
      const store = await harness.fresh();
      const first = await store.appendChanges([office('a')], { recordedAt: T1 });
      const refusal = new Error('refused by the test');
      await assert.rejects(
        store.appendChanges([office('b'), office('c')], {
          check: () => {
            throw refusal;
          },
        }),
        (error) => error === refusal,
      );
      assert.deepEqual(await store.listChanges(), first);
      // The seqs the failed append would have used are still free.
      const [next] = await store.appendChanges([office('b')], { recordedAt: T2 });
      assert.equal(next!.seq, 2);
    });

    test('the domain check (Register.of) refuses a change that breaks a fold rule, and nothing is written', async () => {
      const store = await harness.fresh();
      await fillWithFixture(store);
      const before = await store.listChanges();
      const amendMissing: NewChange = { ...office('x'), op: { type: 'amend', entity: 'office', id: 'nowhere', attrs: { name: 'Ingen' } } };
      await assert.rejects(store.appendChanges([office('ok-1'), amendMissing], { check: registerCheck }), (error) => {
        assert.ok(error instanceof InvariantError);
        assert.match(error.message, /not-in-force: change x .*office "nowhere" is not established/);
        return true;
      });
      assert.deepEqual(await store.listChanges(), before);
    });

    test('a schema-invalid change is refused with its index, id and JSON path, and nothing is written', async () => {
      const store = await harness.fresh();
      await store.appendChanges([office('a')], { recordedAt: T1 });
      const before = await store.listChanges();
      const bad = office('x');
      if (bad.op.type === 'establish' && bad.op.entity === 'office') {
        // Safe for the test: deliberately outside the type to reach the runtime check.
        (bad.op.attrs as { kind: string }).kind = 'bilpatrulje';
      }
      await assertRejects(
        store.appendChanges([office('b'), office('c'), office('d'), bad]),
        'store.invalid-change',
        /^change 3 \(id "x"\): \/op\/attrs\/kind must be one of "politistasjon", "lensmannskontor", "politikontor", "servicekontor" \(got "bilpatrulje"\)$/,
      );
      await assertRejects(
        store.appendChanges([office('b'), office('y', { effective: '2017-02-30' })]),
        'store.invalid-change',
        /^change 1 \(id "y"\): \/effective must be a real calendar date \(got "2017-02-30"\)$/,
      );
      await assertRejects(
        store.appendChanges([{ ...office('z'), colour: 'blue' } as NewChange]), // Safe: a deliberately unknown field.
        'store.invalid-change',
        /^change 0 \(id "z"\): \/colour is not a known field/,
      );
      assert.deepEqual(await store.listChanges(), before);
    });

    test('a change id already recorded, or given twice in one call, is refused and nothing is written', async () => {
      const store = await harness.fresh();
      await store.appendChanges([office('a'), office('b')], { recordedAt: T1 });
      const before = await store.listChanges();
      await assertRejects(
        store.appendChanges([office('c'), office('b')]),
        'store.duplicate-change-id',
        /^change 1 \(id "b"\): a change with this id is already recorded \(seq 2\)/,
      );
      await assertRejects(
        store.appendChanges([office('c'), office('d'), office('c')]),
        'store.duplicate-change-id',
        /^change 2 \(id "c"\): the same id is also given to change 0 in this call$/,
      );
      assert.deepEqual(await store.listChanges(), before);
    });

    test('an empty append records nothing', async () => {
      const store = await harness.fresh();
      assert.deepEqual(await store.appendChanges([]), []);
      assert.equal(await store.countChanges(), 0);
    });

    test('appends racing on one handle get distinct consecutive seqs', async () => {
      const store = await harness.fresh();
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => store.appendChanges([office(`r${i}-a`), office(`r${i}-b`)])));
      const seqs = results.flat().map((c) => c.seq).sort((a, b) => a - b);
      assert.deepEqual(seqs, Array.from({ length: 24 }, (_, i) => i + 1));
      for (const pair of results) assert.equal(pair[1]!.seq, pair[0]!.seq + 1, 'one call is one contiguous block');
      assert.equal(await store.countChanges(), 24);
    });

    test('import keeps seq and recordedAt; appends continue after the highest imported seq', async () => {
      const store = await harness.fresh();
      const log = [
        { ...office('a'), seq: 3, recordedAt: T1 },
        { ...office('b'), seq: 7, recordedAt: T2 },
      ];
      await store.importChanges([log[1]!, log[0]!], { check: registerCheck });
      assert.deepEqual(await store.listChanges(), log);
      const [next] = await store.appendChanges([office('c')], { recordedAt: T3 });
      assert.equal(next!.seq, 8);
    });

    test('import refuses a non-empty store', async () => {
      const store = await harness.fresh();
      await store.appendChanges([office('a')], { recordedAt: T1 });
      await assertRejects(
        store.importChanges([{ ...office('b'), seq: 5, recordedAt: T1 }]),
        'store.not-empty',
        /^Cannot import into .*: it already holds 1 change\(s\)\. Import only into an empty store\.$/,
      );
      assert.equal(await store.countChanges(), 1);
    });

    test('import validates recorded changes, refuses duplicate seqs and is atomic', async () => {
      const store = await harness.fresh();
      await assertRejects(
        store.importChanges([{ ...office('a'), seq: 1, recordedAt: T1 }, { ...office('b'), seq: 0, recordedAt: T1 }]),
        'store.invalid-change',
        /^change 1 \(id "b"\): \/seq must be >= 1 \(got 0\)$/,
      );
      await assertRejects(
        store.importChanges([{ ...office('a'), seq: 1, recordedAt: '2024-01-01 10:00' }]),
        'store.invalid-change',
        /^change 0 \(id "a"\): \/recordedAt must be an ISO 8601 UTC timestamp/,
      );
      await assertRejects(
        store.importChanges([{ ...office('a'), seq: 4, recordedAt: T1 }, { ...office('b'), seq: 4, recordedAt: T1 }]),
        'store.duplicate-seq',
        /^change 1 \(seq 4\): the same seq is also given to change 0 in this call$/,
      );
      const refusal = new Error('no');
      await assert.rejects(
        store.importChanges(recorded([office('a'), office('b')], 1, T1), {
          check: () => {
            throw refusal;
          },
        }),
        (error) => error === refusal,
      );
      assert.equal(await store.countChanges(), 0);
    });

    test('meta: missing keys are null, values are set, replaced and kept as given', async () => {
      const store = await harness.fresh();
      assert.equal(await store.getMeta('seeded-from'), null);
      await store.setMeta('seeded-from', 'data/ 2024-06-01');
      await store.setMeta('note', 'Kárášjohka, "æøå"\n');
      await store.setMeta('seeded-from', 'data/ 2024-07-01');
      assert.equal(await store.getMeta('seeded-from'), 'data/ 2024-07-01');
      assert.equal(await store.getMeta('note'), 'Kárášjohka, "æøå"\n');
      await assertRejects(store.setMeta('', 'x'), 'store.invalid-option', /setMeta: key must be a non-empty string/);
    });

    test('reopening keeps the data and applies no migration again', async () => {
      const store = await harness.fresh();
      const log = await fillWithFixture(store);
      await store.setMeta('k', 'v');
      const migrations = await store.migrations();
      assert.deepEqual(
        migrations.map((m) => [m.version, m.name]),
        [
          [1, 'changes-and-meta'],
          [2, 'scenarios-and-audit'],
          [3, 'road-networks'],
          [4, 'users-tokens-sessions'],
        ],
      );
      assert.equal(migrations.at(-1)!.version, SCHEMA_VERSION);
      await store.close();
      const again = await harness.reopen();
      assert.deepEqual(await again.listChanges(), log);
      assert.equal(await again.getMeta('k'), 'v');
      assert.deepEqual(await again.migrations(), migrations, 'same steps, same applied_at: nothing re-ran');
      const third = await harness.reopen();
      assert.deepEqual(await third.migrations(), migrations);
    });

    // changeToken: what the server's register cache relies on to notice other processes' writes.
    test('changeToken stays the same while nobody writes, and through this handle\'s own imports and appends', async () => {
      const store = await harness.fresh();
      const before = await store.changeToken();
      assert.equal(typeof before, 'string');
      assert.equal(await store.changeToken(), before);
      await store.importChanges(recorded([office('a')], 1, T1));
      await store.appendChanges([office('b')], { recordedAt: T2 });
      const refuse = (): void => {
        throw new Error('refused');
      };
      await assert.rejects(store.appendChanges([office('c')], { check: refuse }), /refused/);
      assert.equal(await store.changeToken(), before, 'its own writes are known to its writer');
    });

    test('another handle\'s import or append changes the token, and the log read after it holds the write', async () => {
      const reader = await harness.fresh();
      const writer = await harness.reopen();
      const writerToken = await writer.changeToken();
      const first = await reader.changeToken();
      await writer.importChanges(recorded([office('a')], 1, T1));
      const second = await tokenChange(reader, first, harness.name);
      assert.deepEqual((await reader.listChanges()).map((c) => c.id), ['a']);
      await writer.appendChanges([office('b')], { recordedAt: T2 });
      await tokenChange(reader, second, harness.name);
      assert.deepEqual((await reader.listChanges()).map((c) => c.id), ['a', 'b']);
      assert.equal(await writer.changeToken(), writerToken, "the writer's own token did not move");
    });

    test('changeToken on a closed store is refused', async () => {
      const store = await harness.fresh();
      await store.changeToken();
      await store.close();
      await assertRejects(store.changeToken(), 'store.closed', /is closed/);
    });

    for (const format of ['json', 'csv'] as const satisfies readonly ExchangeFormat[]) {
      test(`${format.toUpperCase()} export → import into an empty store → export is byte-identical`, async () => {
        const source = await harness.fresh();
        const log = await fillWithFixture(source);
        const first = await harness.tempDir();
        const exported = await exportChanges(source, { format, outDir: first });
        assert.equal(exported.count, log.length);
        const bytes = await readFile(exported.file);
        assert.equal(bytes.toString('utf8'), format === 'json' ? formatChangesJson(log) : formatChangesCsv(log));

        const target = await harness.fresh();
        const imported = await importDirectory(target, first, { check: registerCheck });
        assert.deepEqual(imported, { file: exported.file, format, count: log.length });
        assert.deepEqual(await target.listChanges(), log);
        const second = await harness.tempDir();
        const again = await exportChanges(target, { format, outDir: join(second, 'nested') });
        assert.ok((await readFile(again.file)).equals(bytes), 'the second export differs from the first');
      });
    }

    test('the committed seed goes through the store and comes out byte-identical, as JSON and as CSV', async (t) => {
      if (!existsSync(SEED_FILE)) {
        t.skip(`no seed at ${SEED_FILE}`);
        return;
      }
      const seedDir = await harness.tempDir();
      await copyFile(SEED_FILE, join(seedDir, 'changes.json'));
      const store = await harness.fresh();
      const imported = await importDirectory(store, seedDir, { check: registerCheck });
      assert.ok(imported.count > 1000);
      const asJson = await exportChanges(store, { format: 'json', outDir: await harness.tempDir() });
      assert.ok((await readFile(asJson.file)).equals(await readFile(SEED_FILE)), 'the JSON export differs from the seed');
      const asCsv = await exportChanges(store, { format: 'csv', outDir: await harness.tempDir() });
      const again = await harness.fresh();
      await importDirectory(again, dirname(asCsv.file));
      const csvAgain = await exportChanges(again, { format: 'csv', outDir: await harness.tempDir() });
      assert.ok((await readFile(csvAgain.file)).equals(await readFile(asCsv.file)), 'the CSV export changed on the way through');
      assert.equal(await again.countChanges(), imported.count);
    });

    test('a malformed import file is refused naming file, row and field, and nothing is imported', async () => {
      const store = await harness.fresh();
      const log = recorded(varietyChanges(), 1, T1);
      const cases: { name: string; file: string; text: string; message: RegExp }[] = [
        {
          name: 'bad JSON',
          file: 'changes.json',
          text: '{\n  "format": "naerpoliti-changes",\n  "version": 1,\n  "changes": [}\n',
          message: /changes\.json, line 4, column 15: not valid JSON: Unexpected token '}'$/,
        },
        {
          name: 'missing column',
          file: 'changes.csv',
          text: formatChangesCsv(log).replace(',certainty,', ','),
          message: /changes\.csv, row 1 \(header\): missing column "certainty"/,
        },
        {
          name: 'bad date in row 7',
          file: 'changes.csv',
          text: formatChangesCsv(log.map((c, i) => (i === 5 ? { ...c, effective: '2017-02-30' } : c))),
          // The note of row 6 holds a CRLF, so row 7 starts on line 8.
          message: /changes\.csv, row 7 \(line 8\), column effective: must be a real calendar date \(got "2017-02-30"\)$/,
        },
        {
          name: 'unknown entity',
          file: 'changes.json',
          // Safe for the test: deliberately outside the type.
          text: formatChangesJson(log.map((c, i) => (i === 3 ? ({ ...c, op: { ...c.op, entity: 'policeCar' } } as unknown as RecordedChange) : c))),
          message: /changes\.json, change 4 \(id "c004-kripos"\) at \/changes\/3\/op\/entity: must be one of "directorate", "district", "specialAgency", "operatingUnit", "stationDistrict", "office", "municipality", "officeService" \(got "policeCar"\)$/,
        },
      ];
      for (const c of cases) {
        const dir = join(await harness.tempDir(), c.name.replaceAll(' ', '-'));
        await mkdir(dir);
        await writeFile(join(dir, c.file), c.text);
        await assertRejects(importDirectory(store, dir), 'exchange.invalid-file', c.message);
        assert.equal(await store.countChanges(), 0, `${c.name}: something was imported`);
      }
    });

    test('importDirectory refuses a directory with neither file or with both', async () => {
      const store = await harness.fresh();
      const empty = await harness.tempDir();
      await assertRejects(importDirectory(store, empty), 'exchange.no-file', /holds neither changes\.json nor changes\.csv/);
      const both = await harness.tempDir();
      await writeFile(join(both, 'changes.json'), formatChangesJson([]));
      await writeFile(join(both, 'changes.csv'), formatChangesCsv([]));
      await assertRejects(importDirectory(store, both), 'exchange.ambiguous-directory', /holds both changes\.json and changes\.csv/);
      assert.equal(await store.countChanges(), 0);
    });

    test('importDirectory refuses a non-empty store before reading the file', async () => {
      const store = await harness.fresh();
      await store.appendChanges([office('a')], { recordedAt: T1 });
      const dir = await harness.tempDir();
      await writeFile(join(dir, 'changes.json'), formatChangesJson(recorded([office('b')], 1, T1)));
      await assertRejects(importDirectory(store, dir), 'store.not-empty', /changes\.json into .*: it already holds 1 change\(s\)/);
      assert.deepEqual(
        (await store.listChanges()).map((c) => c.id),
        ['a'],
      );
    });
  });
}
