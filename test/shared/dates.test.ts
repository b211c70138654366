import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FUTURE_HORIZON_YEARS, REGISTER_START, dateInRange, latestDate, type IsoDate } from '../../src/shared/dates.js';
import { dateOutOfRangeNb } from '../../src/contract/wording/dates.js';

const d = (text: string) => text as IsoDate;

test('the horizon lies FUTURE_HORIZON_YEARS after today; 29 February falls back to the 28th', () => {
  assert.equal(FUTURE_HORIZON_YEARS, 50);
  assert.equal(latestDate(d('2026-12-08')), '2076-12-08');
  assert.equal(latestDate(d('2028-02-29')), '2078-02-28');
  assert.equal(latestDate(d('2024-02-29')), '2074-02-28');
});

test('dates from the register start to the horizon are in range, both ends included', () => {
  const today = d('2026-12-08');
  assert.deepEqual(dateInRange(REGISTER_START, today), { ok: true, value: REGISTER_START });
  assert.deepEqual(dateInRange(d('2076-12-08'), today), { ok: true, value: '2076-12-08' });
  assert.deepEqual(dateInRange(d('2001-12-31'), today), { ok: false, error: { bound: 'before-start', limit: '2002-01-01' } });
  assert.deepEqual(dateInRange(d('1800-01-01'), today), { ok: false, error: { bound: 'before-start', limit: '2002-01-01' } });
  assert.deepEqual(dateInRange(d('2076-12-09'), today), { ok: false, error: { bound: 'after-horizon', limit: '2076-12-08' } });
  assert.deepEqual(dateInRange(d('9999-12-31'), today), { ok: false, error: { bound: 'after-horizon', limit: '2076-12-08' } });
});

test('an exclusive lower end may be the day before the register starts, and no earlier', () => {
  const today = d('2026-12-08');
  assert.equal(dateInRange(d('2001-12-31'), today, { exclusiveStart: true }).ok, true);
  assert.deepEqual(dateInRange(d('2001-12-30'), today, { exclusiveStart: true }), { ok: false, error: { bound: 'before-start', limit: '2001-12-31' } });
});

test('the Norwegian wording names the bound as a long date', () => {
  assert.equal(dateOutOfRangeNb({ bound: 'before-start', limit: REGISTER_START }), 'kan tidligst være 1. januar 2002, da registeret begynner');
  assert.equal(dateOutOfRangeNb({ bound: 'before-start', limit: d('2001-12-31') }), 'kan tidligst være 31. desember 2001, dagen før registeret begynner');
  assert.equal(dateOutOfRangeNb({ bound: 'after-horizon', limit: d('2076-12-08') }), 'kan ligge høyst 50 år fram i tid, altså senest 8. desember 2076');
});
