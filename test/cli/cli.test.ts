import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { LogBuilder, district, municipality } from '../helpers/changes.js';

let dir: string;
const env = () => ({ NAERPOLITI_DATA_DIR: join(dir, 'db') });

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'naerpoliti-cli-'));
  // Reading commands never fill a store: the register is created explicitly, as a user would.
  const init = runCli(['init'], env());
  assert.equal(init.status, 0, init.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('structure --json prints one object with the counts', () => {
  const run = runCli(['structure', '--at', '2018-07-01', '--json'], env());
  assert.equal(run.status, 0, run.stderr);
  const c = JSON.parse(run.stdout);
  assert.equal(c.at, '2018-07-01');
  assert.equal(c.districts, 12);
  assert.equal(c.stationDistricts.total, c.stationDistricts.politistasjonsdistrikt + c.stationDistricts.lensmannsdistrikt);
  assert.equal(c.offices.total, c.offices.politistasjon + c.offices.lensmannskontor + c.offices.politikontor + c.offices.servicekontor);
  assert.equal(c.municipalities, 357);
  for (const key of ['specialAgencies', 'population']) assert.equal(typeof c[key], 'number');
});

test('structure across the reform: 27 districts, then 12, and no lensmannskontor after 2021', () => {
  const counts = (at: string) => JSON.parse(runCli(['structure', '--at', at, '--json'], env()).stdout);
  assert.equal(counts('2015-12-31').districts, 27);
  assert.equal(counts('2016-01-01').districts, 12);
  assert.equal(counts('2024-06-01').offices.lensmannskontor, 0);
  const human = runCli(['structure', '--at', '2018-07-01'], env());
  assert.match(human.stdout, /Politidistrikter:\s+12/);
});

test('structure counts the pass- og ID-kontor of the 2018 decision: 77 on the mainland once it was carried out', () => {
  const counts = (at: string) => JSON.parse(runCli(['structure', '--at', at, '--json'], env()).stdout);
  assert.equal(counts('2020-06-01').services['pass-id'], 77);
  assert.ok(counts('2018-07-01').services['pass-id'] > 130, 'about 141 offices issued passports before the decision');
  assert.equal(counts('2020-06-01').services.ekspedisjon, undefined, 'front desks hold no data: absent, not 0');
  const human = runCli(['structure', '--at', '2020-06-01'], env());
  assert.match(human.stdout, /Pass- og ID-kontor:\s+77 /);
});

test('validate passes on the seed', () => {
  const run = runCli(['validate'], env());
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^OK: ingen regelbrudd 2002-01-01 – /);
});

test('diff lists closed and opened offices with decision references', () => {
  const run = runCli(['diff', '--from', '2015-12-31', '--to', '2018-07-01', '--json'], env());
  assert.equal(run.status, 0, run.stderr);
  const diff = JSON.parse(run.stdout);
  const closed = diff.removed.filter((i: { entity: string }) => i.entity === 'office');
  assert.ok(closed.length > 100);
  const decided = closed.filter((i: { changes: { decision: { by: string } | null }[] }) => i.changes.some((c) => c.decision?.by === 'Politidirektoratet'));
  assert.ok(decided.length > 100, `closures with POD's decision: ${decided.length}`);
  const text = runCli(['diff', '--from', '2015-12-31', '--to', '2018-07-01'], env()).stdout;
  assert.match(text, /Avviklet \(\d+\)/);
  assert.match(text, /vedtak: Politidirektoratet 2017-01-13/);
});

test('show and history describe one thing and its dated life', () => {
  const show = JSON.parse(runCli(['show', '3236', '--at', '2015-12-31', '--json'], env()).stdout);
  assert.equal(show.entity.districtId, 'nordre-buskerud');
  const history = JSON.parse(runCli(['history', '3236', '--json'], env()).stdout);
  assert.ok(history.intervals.some((i: { from: string; attrs: { districtId: string } }) => i.from === '2016-01-01' && i.attrs.districtId === 'sor-ost'));
  const missing = runCli(['show', 'finnes-ikke'], env());
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /fant ingen «finnes-ikke» i registeret/);
});

test('bad input exits non-zero with a message naming what was wrong', () => {
  const date = runCli(['structure', '--at', '2015-13-01'], env());
  assert.notEqual(date.status, 0);
  assert.match(date.stderr, /--at <dato>.*ugyldig dato «2015-13-01»: datoen finnes ikke i kalenderen/);
  const form = runCli(['structure', '--at', '31.12.2015'], env());
  assert.match(form.stderr, /skriv datoen som ÅÅÅÅ-MM-DD/);
  const order = runCli(['diff', '--from', '2018-07-01', '--to', '2015-12-31'], env());
  assert.equal(order.status, 1);
  assert.match(order.stderr, /--from \(2018-07-01\) må være før --to \(2015-12-31\)/);
  const format = runCli(['export', '--format', 'xml', '--out', join(dir, 'x')], env());
  assert.notEqual(format.status, 0);
  assert.match(format.stderr, /formatet må være json eller csv, ikke «xml»/);
});

for (const format of ['json', 'csv'] as const) {
  test(`export → import into an empty store → export again is byte-identical (${format})`, () => {
    const first = join(dir, `first-${format}`);
    const second = join(dir, `second-${format}`);
    assert.equal(runCli(['export', '--format', format, '--out', first], env()).status, 0);
    const fresh = { NAERPOLITI_DATA_DIR: join(dir, `fresh-${format}`) };
    const imported = runCli(['import', first], fresh);
    assert.equal(imported.status, 0, imported.stderr);
    assert.equal(runCli(['export', '--format', format, '--out', second], fresh).status, 0);
    const file = `changes.${format}`;
    assert.ok(readFileSync(join(first, file)).equals(readFileSync(join(second, file))), 'the second export differs from the first');
  });
}

test('importing into a store that is not empty is refused and changes nothing', () => {
  const out = join(dir, 'again');
  runCli(['export', '--format', 'json', '--out', out], env());
  const before = runCli(['structure', '--json'], env()).stdout;
  const run = runCli(['import', out], env());
  assert.equal(run.status, 1);
  assert.match(run.stderr, /har allerede [\d ]+ endringer; importer bare til en tom database/);
  assert.equal(runCli(['structure', '--json'], env()).stdout, before);
});

test('a malformed import file is refused with the file and row, and nothing is written', () => {
  const bad = join(dir, 'bad');
  mkdirSync(bad);
  const good = runCli(['export', '--format', 'csv', '--out', join(dir, 'good')], env());
  assert.equal(good.status, 0);
  const lines = readFileSync(join(dir, 'good', 'changes.csv'), 'utf8').split('\r\n');
  lines[7] = lines[7]!.replace(/,\d{4}-\d{2}-\d{2},/, ',2017-02-30,');
  writeFileSync(join(bad, 'changes.csv'), lines.join('\r\n'));
  const target = { NAERPOLITI_DATA_DIR: join(dir, 'bad-target') };
  const run = runCli(['import', bad], target);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /changes\.csv.*row 8/);
  // Still new: the file was refused before anything was marked or written, and validate does not seed.
  const after = runCli(['validate', '--json'], target);
  assert.equal(after.status, 1);
  assert.match(after.stderr, /^naerpoliti: registeret i sqlite:.* er tomt; kjør «naerpoliti init»/);
});

test('a change that would break a rule is refused by import, and validate reports a broken store precisely', async () => {
  // A history with a municipality in a district that never existed.
  const broken = new LogBuilder()
    .establish('district', 'a', '2002-01-01', district('A'))
    .establish('municipality', '0001', '2002-01-01', municipality('Alfa', 'a'))
    .amend('municipality', '0001', '2010-01-01', { districtId: 'borte' });
  const brokenDir = join(dir, 'broken');
  const store = await openSqliteStore(brokenDir);
  await store.appendChanges(broken.newChanges()); // written directly, bypassing the register's check
  await store.close();
  const run = runCli(['validate'], { NAERPOLITI_DATA_DIR: brokenDir });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /2010-01-01 \[municipality-in-one-district\] municipality 0001 Alfa belongs to district "borte", which is not in force on 2010-01-01/);

  const exported = join(dir, 'broken-export');
  assert.equal(runCli(['export', '--format', 'json', '--out', exported], { NAERPOLITI_DATA_DIR: brokenDir }).status, 0);
  const target = { NAERPOLITI_DATA_DIR: join(dir, 'broken-target') };
  const imported = runCli(['import', exported], target);
  assert.equal(imported.status, 1);
  assert.match(imported.stderr, /avvist, registeret ville brutt 1 regel/);
});

test('access --json gives the national and district figures with the travel model named', () => {
  const run = runCli(['access', '--at', '2018-07-01', '--threshold', '30', '--target', '0.8', '--json'], env());
  assert.equal(run.status, 0, run.stderr);
  const r = JSON.parse(run.stdout);
  assert.equal(r.at, '2018-07-01');
  assert.equal(r.thresholdMinutes, 30);
  assert.equal(r.travelModel.estimated, false);
  for (const key of ['population', 'withinThreshold', 'share', 'meanMinutes', 'p90Minutes']) assert.equal(typeof r.national[key], 'number', key);
  assert.equal(r.national.population, r.districts.reduce((s: number, d: { population: number }) => s + d.population, 0));
  assert.equal(r.national.withinThreshold, r.districts.reduce((s: number, d: { withinThreshold: number }) => s + d.withinThreshold, 0));
  assert.equal(r.districts.length, 12);
  assert.ok(r.districts.every((d: { id: string; share: number }) => typeof d.id === 'string' && d.share >= 0 && d.share <= 1));
});

test('access --at 2018-07-01 --threshold 45 --json reports the road travel model by default and its national share', () => {
  const run = runCli(['access', '--at', '2018-07-01', '--threshold', '45', '--json'], env());
  assert.equal(run.status, 0, run.stderr);
  const r = JSON.parse(run.stdout);
  assert.equal(r.travelModel.id, 'road');
  assert.match(r.travelModel.terms, /© OpenStreetMap contributors, ODbL/);
  assert.ok(r.national.share > 0.5 && r.national.share < 1, `national share ${r.national.share}`);
  const unrouted = r.travelModel.unrouted as { id: string; reason: string; fallbackModel: string }[];
  assert.ok(unrouted.length > 0 && unrouted.every((u) => u.fallbackModel === 'estimated-road'), 'points off the network are listed with the fallback used');
  const text = runCli(['access', '--at', '2018-07-01', '--threshold', '45'], env());
  assert.match(text.stdout, /Kjøretid på vegnettet/);
  assert.match(text.stdout, /Vegdata: .*© OpenStreetMap contributors/);
  assert.match(text.stdout, /Uten vegforbindelse i nettet: \d+ befolkningspunkter/);
  const estimated = JSON.parse(runCli(['access', '--at', '2018-07-01', '--threshold', '45', '--travel', 'estimated', '--json'], env()).stdout);
  assert.equal(estimated.travelModel.id, 'estimated-road');
  assert.equal(estimated.national.population, r.national.population, 'the same people, another model');
  const bad = runCli(['access', '--travel', 'walking'], env());
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /reisemodellen må være «road» eller «estimated», ikke «walking»/);
});

test('access --at 2020-06-01 --service pass-id --threshold 45 --json gives the national and per-district shares to the nearest pass office', () => {
  const run = runCli(['access', '--at', '2020-06-01', '--service', 'pass-id', '--threshold', '45', '--json'], env());
  assert.equal(run.status, 0, run.stderr);
  const r = JSON.parse(run.stdout);
  assert.equal(r.service, 'pass-id');
  assert.equal(r.travelModel.id, 'road');
  assert.equal(r.districts.length, 12);
  for (const d of r.districts as { share: number; meetsTarget: boolean }[]) {
    assert.ok(d.share >= 0 && d.share <= 1);
    assert.equal(d.meetsTarget, d.share >= 0.9);
  }
  const all = JSON.parse(runCli(['access', '--at', '2020-06-01', '--threshold', '45', '--json'], env()).stdout);
  assert.ok(r.national.share < all.national.share && r.national.offices < all.national.offices);
  const bad = runCli(['access', '--service', 'fingerprints'], env());
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /tjenesten må være en av «ekspedisjon», «pass-id», ikke «fingerprints»/);
});

test('access --compare and --reform report who got farther away', () => {
  const c = JSON.parse(runCli(['access', '--compare', '2015-12-31', '2018-07-01', '--json'], env()).stdout);
  assert.equal(c.before.at, '2015-12-31');
  assert.ok(c.officesClosed.length > 100);
  assert.ok(c.national.populationFarther > 0);
  const reform = runCli(['access', '--reform'], env());
  assert.equal(reform.status, 0, reform.stderr);
  assert.match(reform.stdout, /Ved reformen fikk [\d\s\u00a0\u202f]+ innbyggere lengre vei til nærmeste tjenestested/);
});

test('access --compare refuses a date that does not exist, saying so', () => {
  const run = runCli(['access', '--compare', '2015-13-01', '2018-07-01'], env());
  assert.equal(run.status, 1);
  assert.match(run.stderr, /--compare: ugyldig dato «2015-13-01»/);
});

test('access refuses a bad matrix file, naming the file and row', () => {
  const file = join(dir, 'matrix.csv');
  writeFileSync(file, 'origin_id,destination_id,minutes\npostcode:0010,alta-lensmannskontor,-3\n');
  const run = runCli(['access', '--at', '2018-07-01', '--matrix', file], env());
  assert.equal(run.status, 1);
  assert.match(run.stderr, /matrix\.csv, rad 2, felt «minutes»: -3 er negativ; reisetiden må være 0 eller mer/);
});
