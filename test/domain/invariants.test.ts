import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Register } from '../../src/domain/register.js';
import { checkSnapshot } from '../../src/domain/invariants.js';
import type { IsoDate } from '../../src/shared/dates.js';
import { LogBuilder, district, municipality, office, stationDistrict } from '../helpers/changes.js';

const d = (s: string) => s as IsoDate;
const rules = (log: LogBuilder, at: string) => checkSnapshot(Register.of(log.recorded()).snapshot(d(at))).map((v) => `${v.rule}:${v.subject}`);

function base() {
  return new LogBuilder()
    .establish('district', 'n', '2016-01-01', district('Nord', '2018-01-01'))
    .establish('district', 's', '2016-01-01', district('Sør'))
    .establish('municipality', '0001', '2016-01-01', municipality('Alfa', 'n'))
    .establish('municipality', '0002', '2016-01-01', municipality('Beta', 'n'))
    .establish('stationDistrict', 'alfa-ld', '2018-01-01', stationDistrict('Alfa lensmannsdistrikt', 'n'))
    .amend('municipality', '0001', '2018-01-01', { stationDistrictIds: ['alfa-ld'] })
    .amend('municipality', '0002', '2018-01-01', { stationDistrictIds: ['alfa-ld'] });
}

test('a clean structure has no violations before and after its local structure', () => {
  assert.deepEqual(rules(base(), '2017-01-01'), []);
  assert.deepEqual(rules(base(), '2018-01-01'), []);
});

test('every municipality must belong to a district in force', () => {
  const log = base().dissolve('district', 's', '2019-01-01').amend('municipality', '0002', '2019-01-01', { districtId: 's', stationDistrictIds: [] });
  assert.ok(rules(log, '2019-01-01').includes('municipality-in-one-district:0002'));
});

test('once the final local structure is in force, every municipality needs a station district', () => {
  const log = base().amend('municipality', '0002', '2019-01-01', { stationDistrictIds: [] });
  assert.deepEqual(rules(log, '2019-01-01'), ['municipality-in-one-station-district:0002']);
});

test('a municipality may be split between units only when at most one of them reaches beyond it', () => {
  const split = base()
    .establish('stationDistrict', 'alfa-vest', '2019-01-01', stationDistrict('Alfa vest', 'n', 'politistasjonsdistrikt'))
    .amend('municipality', '0001', '2019-01-01', { stationDistrictIds: ['alfa-ld', 'alfa-vest'] });
  assert.deepEqual(rules(split, '2019-01-01'), []);
  const wrong = split
    .establish('municipality', '0003', '2019-01-01', municipality('Gamma', 'n', ['alfa-vest']));
  assert.ok(rules(wrong, '2019-01-01').includes('municipality-in-one-station-district:0001'));
});

test('a station district must lie in its municipality\'s district', () => {
  const log = base().establish('stationDistrict', 'sor-ld', '2019-01-01', stationDistrict('Sør ld', 's')).amend('municipality', '0002', '2019-01-01', { stationDistrictIds: ['sor-ld'] });
  assert.ok(rules(log, '2019-01-01').includes('station-district-in-district:0002'));
});

test('every office lies in a district, in its municipality\'s district', () => {
  const log = base().establish('office', 'x', '2019-01-01', office('X', 's', '0001'));
  assert.ok(rules(log, '2019-01-01').includes('office-in-district:x'));
  const former = base().establish('office', 'x', '2019-01-01', { ...office('X', 's', '0001'), formerMunicipality: 'Gamle Alfa' });
  assert.deepEqual(rules(former, '2019-01-01'), []);
});

test('a head office must be open and belong to the unit it heads', () => {
  const log = base()
    .establish('office', 'alfa-lk', '2018-01-01', office('Alfa lk', 'n', '0001', 'lensmannskontor', 'alfa-ld'))
    .amend('stationDistrict', 'alfa-ld', '2018-01-01', { headOfficeId: 'alfa-lk' });
  assert.deepEqual(rules(log, '2018-06-01'), []);
  const closed = log.dissolve('office', 'alfa-lk', '2019-01-01');
  assert.ok(rules(closed, '2019-01-01').includes('station-district-head-office:alfa-ld'));
});

test('violations say what is wrong and on which date', () => {
  const log = base().amend('municipality', '0002', '2019-01-01', { stationDistrictIds: [] });
  const v = checkSnapshot(Register.of(log.recorded()).snapshot(d('2019-01-01')))[0]!;
  assert.equal(v.at, '2019-01-01');
  assert.match(v.message, /municipality 0002 Beta belongs to no station district, but Nord has had its final local structure since 2018-01-01/);
});

test('validateRange checks every date on which the structure can change', () => {
  const log = base().amend('municipality', '0002', '2019-01-01', { stationDistrictIds: [] }).amend('municipality', '0002', '2019-06-01', { stationDistrictIds: ['alfa-ld'] });
  const { dates, violations } = Register.of(log.recorded()).validateRange(d('2016-01-01'), d('2020-01-01'));
  assert.deepEqual(dates, ['2016-01-01', '2018-01-01', '2019-01-01', '2019-06-01']);
  assert.deepEqual(violations.map((v) => `${v.at}:${v.rule}`), ['2019-01-01:municipality-in-one-station-district']);
});
