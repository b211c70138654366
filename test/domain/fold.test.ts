import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Register } from '../../src/domain/register.js';
import { InvariantError } from '../../src/domain/errors.js';
import type { IsoDate } from '../../src/shared/dates.js';
import { LogBuilder, district, municipality, office } from '../helpers/changes.js';

const d = (s: string) => s as IsoDate;

function reformLog() {
  return new LogBuilder()
    .establish('district', 'nord', '2002-01-01', district('Nord'))
    .establish('district', 'sor', '2002-01-01', district('Sør'))
    .establish('municipality', '0001', '2002-01-01', municipality('Alfa', 'nord'))
    .establish('municipality', '0002', '2002-01-01', municipality('Beta', 'sor'))
    .establish('district', 'samlet', '2016-01-01', district('Samlet'))
    .amend('municipality', '0001', '2016-01-01', { districtId: 'samlet' })
    .amend('municipality', '0002', '2016-01-01', { districtId: 'samlet' })
    .dissolve('district', 'nord', '2016-01-01', ['samlet'])
    .dissolve('district', 'sor', '2016-01-01', ['samlet'])
    .establish('office', 'alfa-lk', '2015-01-01', office('Alfa lensmannskontor', 'nord', '0001'))
    .amend('office', 'alfa-lk', '2016-01-01', { districtId: 'samlet' })
    .establish('office', 'beta-lk', '2015-01-01', office('Beta lensmannskontor', 'sor', '0002'))
    .amend('office', 'beta-lk', '2016-01-01', { districtId: 'samlet' })
    .dissolve('office', 'beta-lk', '2018-03-01', ['alfa-lk']);
}

test('a snapshot is the fold of every change effective on or before its date', () => {
  const r = Register.of(reformLog().recorded());
  const before = r.snapshot(d('2015-12-31'));
  assert.deepEqual([...before.districts.keys()].sort(), ['nord', 'sor']);
  assert.equal(before.municipalities.get('0001')!.districtId, 'nord');
  assert.equal(before.offices.size, 2);

  const reform = r.snapshot(d('2016-01-01'));
  assert.deepEqual([...reform.districts.keys()], ['samlet']);
  assert.equal(reform.municipalities.get('0002')!.districtId, 'samlet');
  assert.equal(reform.municipalitiesByDistrict.get('samlet')!.length, 2);

  const after = r.snapshot(d('2018-03-01'));
  assert.deepEqual([...after.offices.keys()], ['alfa-lk']);
});

test('nothing exists before its first change', () => {
  const r = Register.of(reformLog().recorded());
  const s = r.snapshot(d('2001-12-31'));
  assert.equal(s.districts.size + s.municipalities.size + s.offices.size, 0);
});

test('changes on the same day apply in recording order', () => {
  const log = new LogBuilder()
    .establish('district', 'a', '2020-01-01', district('A'))
    .amend('district', 'a', '2020-01-01', { name: 'A2' })
    .amend('district', 'a', '2020-01-01', { name: 'A3' });
  assert.equal(Register.of(log.recorded()).snapshot(d('2020-01-01')).districts.get('a')!.name, 'A3');
});

test('a re-established office is the same office, open again from its new date', () => {
  const log = reformLog().reestablish('office', 'beta-lk', '2024-01-01', { kind: 'politistasjon', name: 'Beta politistasjon' });
  const r = Register.of(log.recorded());
  assert.equal(r.snapshot(d('2023-12-31')).offices.has('beta-lk'), false);
  const again = r.snapshot(d('2024-01-01')).offices.get('beta-lk')!;
  assert.equal(again.kind, 'politistasjon');
  assert.equal(again.districtId, 'samlet');
  assert.equal(again.since, '2024-01-01');
});

test('a correction supersedes the change it names', () => {
  const log = new LogBuilder()
    .establish('district', 'a', '2020-01-01', district('Feilnavn'))
    .amend('district', 'a', '2021-01-01', { name: 'Galt' })
    .amend('district', 'a', '2021-01-01', { name: 'Riktig' }, { supersedes: 't-2' });
  const r = Register.of(log.recorded());
  assert.equal(r.snapshot(d('2022-01-01')).districts.get('a')!.name, 'Riktig');
});

test('knownAt folds only what had been recorded by then', () => {
  const changes = new LogBuilder().establish('district', 'a', '2020-01-01', district('A')).amend('district', 'a', '2021-01-01', { name: 'B' }).recorded();
  changes[1]!.recordedAt = '2026-06-01T00:00:00.000Z';
  const r = Register.of(changes);
  assert.equal(r.snapshot(d('2022-01-01'), '2026-03-01T00:00:00.000Z').districts.get('a')!.name, 'A');
  assert.equal(r.snapshot(d('2022-01-01')).districts.get('a')!.name, 'B');
});

test('an id can never be used for a different kind of thing', () => {
  const log = new LogBuilder().establish('district', 'x', '2002-01-01', district('X')).dissolve('district', 'x', '2010-01-01').establish('municipality', 'x', '2012-01-01', municipality('X', 'x'));
  assert.throws(() => Register.of(log.recorded()), (e: unknown) => e instanceof InvariantError && e.violations[0]!.rule === 'id-reused' && /is a district and cannot be used for a municipality/.test(e.message));
});

test('an interval cannot end before it starts, and a thing not in force cannot change', () => {
  const early = new LogBuilder().establish('district', 'x', '2010-01-01', district('X')).dissolve('district', 'x', '2010-01-01');
  assert.throws(() => Register.of(early.recorded()), (e: unknown) => e instanceof InvariantError && e.violations[0]!.rule === 'interval-ends-before-start');
  const ghost = new LogBuilder().amend('district', 'y', '2010-01-01', { name: 'Y' });
  assert.throws(() => Register.of(ghost.recorded()), (e: unknown) => e instanceof InvariantError && /district "y" is not established/.test(e.message));
  const twice = new LogBuilder().establish('district', 'x', '2010-01-01', district('X')).dissolve('district', 'x', '2011-01-01').establish('district', 'x', '2012-01-01', district('X'));
  assert.throws(() => Register.of(twice.recorded()), (e: unknown) => e instanceof InvariantError && /re-open it with a reestablish change/.test(e.message));
});

test('the same change id twice is refused', () => {
  const changes = new LogBuilder().establish('district', 'x', '2010-01-01', district('X')).amend('district', 'x', '2011-01-01', { name: 'Y' }).recorded();
  changes[1]!.id = changes[0]!.id;
  assert.throws(() => Register.of(changes), /change id t-1 is used twice/);
});

test('history lists each period of a thing with the change that began it', () => {
  const r = Register.of(reformLog().recorded());
  const h = r.history('beta-lk')!;
  assert.equal(h.type, 'office');
  assert.deepEqual(
    h.intervals.map((i) => [i.from, i.to, i.active, i.attrs.districtId]),
    [
      ['2015-01-01', '2016-01-01', true, 'sor'],
      ['2016-01-01', '2018-03-01', true, 'samlet'],
      ['2018-03-01', null, false, 'samlet'],
    ],
  );
  assert.equal(r.history('nothing'), null);
});

test('snapshots are cached per date and frozen', () => {
  const r = Register.of(reformLog().recorded());
  const a = r.snapshot(d('2017-01-01'));
  assert.equal(r.snapshot(d('2017-01-01')), a);
  assert.throws(() => {
    (a.districts.get('samlet') as unknown as { name: string }).name = 'x';
  });
});

test('a start dated on-or-before is kept as a bound: the entity is in force since then, its start unknown', () => {
  const log = new LogBuilder()
    .establish('district', 'n', '2002-01-01', district('Nord'))
    .establish('municipality', '0001', '2002-01-01', municipality('Alfa', 'n'), { datePrecision: 'on-or-before' })
    .establish('office', 'alfa', '2015-01-01', office('Alfa lensmannskontor', 'n', '0001'), { datePrecision: 'on-or-before' })
    .dissolve('office', 'alfa', '2017-09-01')
    .reestablish('office', 'alfa', '2023-06-01', {}, { datePrecision: 'day' });
  const r = Register.of(log.recorded());
  const early = r.snapshot(d('2016-01-01'));
  assert.deepEqual([early.offices.get('alfa')!.since, early.offices.get('alfa')!.sinceKnown], ['2015-01-01', false]);
  assert.equal(early.municipalities.get('0001')!.sinceKnown, false);
  assert.equal(early.districts.get('n')!.sinceKnown, true);
  // Re-opened on a sourced day, its current period's start is known.
  assert.deepEqual([r.snapshot(d('2024-01-01')).offices.get('alfa')!.since, r.snapshot(d('2024-01-01')).offices.get('alfa')!.sinceKnown], ['2023-06-01', true]);
});
