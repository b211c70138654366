import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latestOnOrBefore, seasonSignature } from '../../src/domain/epoch.js';
import { addDays, type IsoDate } from '../../src/shared/dates.js';
import { buildSnapshot } from '../../src/domain/snapshot.js';
import { seedRegister } from '../helpers/seed.js';

const d = (s: string) => s as IsoDate;

describe('epochs: dates on which the structure is the same share one snapshot', () => {
  it('gives two dates between the same change dates the same fold, each with its own date', () => {
    const register = seedRegister();
    // No change takes effect between 2020-11-26 and 2021-07-01, and the seed's seasonal offices start after 2021.
    assert.equal(register.epochOf(d('2021-02-10')), '2020-11-26');
    assert.equal(register.epochOf(d('2021-06-30')), '2020-11-26');
    const a = register.snapshot(d('2021-02-10'));
    const b = register.snapshot(d('2021-06-30'));
    assert.equal(a.offices, b.offices);
    assert.equal(a.municipalitiesByDistrict, b.municipalitiesByDistrict);
    assert.equal(a.at, '2021-02-10');
    assert.equal(b.at, '2021-06-30');
  });

  it('starts a new epoch on a change date', () => {
    const register = seedRegister();
    assert.equal(register.epochOf(d('2021-07-01')), '2021-07-01');
    assert.equal(register.epochOf(d('2021-06-30')), '2020-11-26');
    assert.notEqual(register.snapshot(d('2021-07-01')).offices, register.snapshot(d('2021-06-30')).offices);
  });

  it('puts every date before the first change in one empty epoch', () => {
    const register = seedRegister();
    assert.equal(register.epochOf(d('1800-01-01')), register.epochOf(d('1900-06-30')));
    assert.equal(register.snapshot(d('1800-01-01')).offices.size, 0);
  });

  it('answers the days of a year with seasonal offices as a fresh fold on that day does', () => {
    const register = seedRegister();
    const epochs = new Set<string>();
    for (let day = d('2024-01-01'); day <= '2024-12-31'; day = addDays(day, 1)) {
      epochs.add(register.epochOf(day));
      // A fresh fold costs milliseconds: compare on the days around month ends, where the seed's seasons turn, and mid-month.
      if (!['01', '15', '30', '31'].includes(day.slice(8))) continue;
      const shared = register.snapshot(day);
      const fresh = buildSnapshot(register.foldState(day), day, null);
      const ids = (offices: readonly { id: string }[]) => offices.map((o) => o.id).join(',');
      assert.equal(ids(shared.openOffices()), ids(fresh.openOffices()), day);
      for (const service of fresh.officeServices.values()) assert.equal(shared.isServiceOffered(service), fresh.isServiceOffered(service), `${day} ${service.id}`);
    }
    // 2024 has three change dates, and from 2024-04-01 on a winter, a summer and an off-season state.
    assert.ok(epochs.size >= 5, `only ${epochs.size} epochs in 2024: ${[...epochs].join(' ')}`);
  });

  it('gives the same season of two years after the last change one epoch, and winter another', () => {
    const register = seedRegister();
    assert.equal(register.epochOf(d('2030-07-01')), register.epochOf(d('9999-07-15')));
    assert.notEqual(register.epochOf(d('2030-07-01')), register.epochOf(d('2030-01-15')));
    assert.equal(register.snapshot(d('2030-07-01')).offices, register.snapshot(d('9999-07-15')).offices);
  });
});

describe('latestOnOrBefore', () => {
  it('finds the latest date not after the one given, or null', () => {
    const dates = ['2001-01-01', '2005-05-05', '2010-10-10'];
    assert.equal(latestOnOrBefore(dates, '2000-12-31'), null);
    assert.equal(latestOnOrBefore(dates, '2005-05-05'), '2005-05-05');
    assert.equal(latestOnOrBefore(dates, '2009-01-01'), '2005-05-05');
    assert.equal(latestOnOrBefore(dates, '9999-12-31'), '2010-10-10');
  });
});

describe('seasonSignature', () => {
  const summer = { label: 'summer' as const, from: '05-01', to: '09-30' };
  const winter = { label: 'winter' as const, from: '12-01', to: '04-30' };
  it('marks the seasons a date falls in, their first and last days included', () => {
    assert.equal(seasonSignature([summer, winter], d('2024-05-01')), '10');
    assert.equal(seasonSignature([summer, winter], d('2024-04-30')), '01');
    assert.equal(seasonSignature([summer, winter], d('2024-10-01')), '00');
    assert.equal(seasonSignature([summer, winter], d('2024-12-01')), '01');
    assert.equal(seasonSignature([], d('2024-05-01')), '');
  });
});
