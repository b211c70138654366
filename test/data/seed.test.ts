import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { addDays, todayInNorway, type IsoDate } from '../../src/shared/dates.js';
import { checkSnapshot } from '../../src/domain/invariants.js';
import { countStructure } from '../../src/domain/structure-counts.js';
import { diffStructure } from '../../src/domain/diff.js';
import { seedRegister } from '../helpers/seed.js';

const d = (s: string) => s as IsoDate;
const TWELVE = ['oslo', 'ost', 'innlandet', 'sor-ost', 'agder', 'sor-vest', 'vest', 'more-og-romsdal', 'trondelag', 'nordland', 'troms', 'finnmark'];

test('the seed passes every register rule on every date from 2002-01-01 to today', () => {
  const { dates, violations } = seedRegister().validateRange(d('2002-01-01'), todayInNorway());
  assert.deepEqual(violations, []);
  assert.ok(dates.length > 30, `expected the sweep to visit many change dates, got ${dates.length}`);
});

test('the seed passes the structure rules on the first of every month as well', () => {
  const r = seedRegister();
  for (let year = 2002; year <= Number(todayInNorway().slice(0, 4)); year++) {
    for (let month = 1; month <= 12; month++) {
      const at = d(`${year}-${String(month).padStart(2, '0')}-01`);
      if (at > todayInNorway()) break;
      assert.deepEqual(checkSnapshot(r.snapshot(at)), [], `violations on ${at}`);
    }
  }
});

test('27 districts before the reform, the 12 named districts from 2016-01-01', () => {
  const r = seedRegister();
  assert.equal(countStructure(r.snapshot(d('2015-12-31'))).districts, 27);
  const reform = r.snapshot(d('2016-01-01'));
  assert.deepEqual([...reform.districts.keys()].sort(), [...TWELVE].sort());
  assert.equal(countStructure(r.snapshot(todayInNorway())).districts, 12);
});

test('every municipality is in one district on every date, and their population is the 2024 total', () => {
  const r = seedRegister();
  for (const at of ['2002-01-01', '2015-12-31', '2016-01-01', '2018-07-01', '2024-06-01'].map(d)) {
    const s = r.snapshot(at);
    assert.equal(s.municipalities.size, 357);
    let sum = 0;
    for (const list of s.municipalitiesByDistrict.values()) sum += list.length;
    assert.equal(sum, 357, `memberships on ${at}`);
    assert.equal(countStructure(s).population, 5_550_203, 'SSB population 2024-01-01');
  }
});

test('border cases of the 2015 settlement fall where the sources put them', () => {
  const r = seedRegister();
  const at = (n: string, date: string) => r.snapshot(d(date)).municipalities.get(n)!.districtId;
  assert.equal(at('3236', '2015-12-31'), 'nordre-buskerud'); // Jevnaker
  assert.equal(at('3236', '2016-01-01'), 'sor-ost');
  assert.equal(at('1811', '2016-01-01'), 'trondelag'); // Bindal
  assert.equal(at('3201', '2015-12-31'), 'asker-og-baerum'); // Bærum
  assert.equal(at('3201', '2016-01-01'), 'oslo');
  assert.equal(at('4614', '2016-01-01'), 'sor-vest'); // Stord
  assert.equal(at('4228', '2016-01-01'), 'sor-vest'); // Sirdal
  assert.equal(at('5061', '2019-12-31'), 'more-og-romsdal'); // Rindal
  assert.equal(at('5061', '2020-01-01'), 'trondelag');
  // Harstad, run from Nordland until the new Troms district went live on Wednesday 31 May 2017
  // (iTromsø 2017-04-21; corrected from 2017-06-01, ../shared/data/police/CORRECTIONS.md).
  assert.equal(at('5503', '2017-05-30'), 'nordland');
  assert.equal(at('5503', '2017-05-31'), 'troms');
});

test('the final local structure: station districts and offices come from itemised rows', () => {
  const c = countStructure(seedRegister().snapshot(d('2018-07-01')));
  assert.equal(c.districts, 12);
  assert.equal(c.stationDistricts.total, c.stationDistricts.politistasjonsdistrikt + c.stationDistricts.lensmannsdistrikt);
  assert.ok(c.stationDistricts.total >= 110 && c.stationDistricts.total <= 116, `station districts ${c.stationDistricts.total}`);
  assert.ok(c.offices.total >= 215 && c.offices.total <= 225, `offices ${c.offices.total}`);
  assert.equal(c.offices.total, c.offices.politistasjon + c.offices.lensmannskontor + c.offices.politikontor + c.offices.servicekontor);
});

test('after the 2021 renaming no office is a lensmannskontor and no unit a lensmannsdistrikt', () => {
  const s = seedRegister().snapshot(d('2024-06-01'));
  const c = countStructure(s);
  assert.equal(c.offices.lensmannskontor, 0);
  assert.equal(c.stationDistricts.lensmannsdistrikt, 0);
  for (const o of s.offices.values()) assert.doesNotMatch(o.name, /lensmannskontor/, o.id);
  // ...while before it the old kind is kept as history.
  assert.ok(countStructure(seedRegister().snapshot(d('2020-06-01'))).offices.lensmannskontor > 100);
});

test('the reform diff lists closed and opened offices with their decision references', () => {
  const diff = diffStructure(seedRegister(), d('2015-12-31'), d('2018-07-01'));
  const closed = diff.removed.filter((i) => i.entity === 'office');
  const opened = diff.added.filter((i) => i.entity === 'office');
  assert.ok(closed.length > 100, `closed ${closed.length}`);
  assert.ok(opened.length >= 3, `opened ${opened.length}`);
  let byPod = 0;
  for (const item of closed) {
    const closing = item.changes.find((c) => c.type === 'office.dissolve');
    assert.ok(closing, `${item.id} has its closing change`);
    assert.ok(closing.sources.length > 0, `${item.id} names a source for its closing`);
    if (closing.decision?.by === 'Politidirektoratet' && closing.decision.date === '2017-01-13') byPod++;
  }
  assert.ok(byPod > 100, `closures referring to POD's decision of 2017-01-13: ${byPod}`);
  assert.ok(diff.removed.some((i) => i.id === 'vestfinnmark' && i.entity === 'district'));
  assert.ok(diff.added.some((i) => i.id === 'sor-ost'));
});

test('offices kept on appeal record the reversal in their history', () => {
  const h = seedRegister().history('hemnes-lensmannskontor')!;
  const kept = h.intervals.find((i) => i.change.op.type === 'confirm' && i.change.decision?.by === 'Justis- og beredskapsdepartementet');
  assert.ok(kept, 'Hemnes has the Ministry\'s decision of 2017-05-24');
  assert.equal(kept.change.effective, '2017-05-24');
});

test('every office position carries its precision, and every change its sources', () => {
  const r = seedRegister();
  for (const o of r.snapshot(d('2018-07-01')).offices.values()) {
    assert.ok(['address', 'postcode', 'town', 'municipality'].includes(o.position.precision), o.id);
    assert.ok(o.position.lat > 57.9 && o.position.lat < 71.3 && o.position.lon > 4.5 && o.position.lon < 31.2, o.id);
  }
  for (const c of r.changes) {
    if (c.certainty === 'sourced' && c.op.type !== 'amend') assert.ok(c.sources.length > 0, `${c.id} says sourced but names no source`);
  }
});

test('the committed seed is exactly what the build script produces from ../shared/data', { skip: !existsSync(fileURLToPath(new URL('../../../shared/data', import.meta.url))) && 'no ../shared/data beside the checkout' }, () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const out = mkdtempSync(join(tmpdir(), 'naerpoliti-build-'));
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts'], { cwd: root, env: { ...process.env, BUILD_DATA_OUT: out }, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    for (const f of ['register/changes.json', 'register/postcodes.csv', 'register/functions.json', 'consistency-report.md']) {
      assert.ok(readFileSync(join(out, f)).equals(readFileSync(join(root, 'data', f))), `data/${f} is out of date: run npm run build:data`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('dates move by whole days', () => {
  assert.equal(addDays(d('2016-12-31'), 1), '2017-01-01');
});
