import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDatePair } from '../../web/src/date/date-pair.js';
import type { IsoDate } from '../../src/shared/dates.js';

test('checkDatePair accepts two register dates in order and says in Norwegian what is wrong otherwise', () => {
  assert.deepEqual(checkDatePair('2015-12-31', '2018-07-01'), { ok: true, from: '2015-12-31', to: '2018-07-01' });
  assert.deepEqual(checkDatePair('2002-01-01', '2002-01-02'), { ok: true, from: '2002-01-01', to: '2002-01-02' });
  for (const [from, to] of [
    ['2001-12-31', '2018-07-01'],
    ['2015-12-31', ''],
    ['2017-02-29', '2018-07-01'],
    ['31.12.2015', '2018-07-01'],
  ] as const) {
    assert.deepEqual(checkDatePair(from, to), { ok: false, message: 'Velg to datoer fra og med 1. januar 2002.' }, `${from}–${to}`);
  }
  assert.deepEqual(checkDatePair('2018-07-01', '2018-07-01'), { ok: false, message: '«Fra» må være før «til».' });
  assert.deepEqual(checkDatePair('2018-07-01', '2015-12-31'), { ok: false, message: '«Fra» må være før «til».' });
});

test('checkDatePair refuses a date past the horizon the register answers for (50 years after today)', () => {
  assert.deepEqual(checkDatePair('2018-07-01', '2076-12-08', '2026-12-08' as IsoDate), { ok: true, from: '2018-07-01', to: '2076-12-08' });
  assert.deepEqual(checkDatePair('2018-07-01', '2076-12-09', '2026-12-08' as IsoDate), { ok: false, message: 'Velg datoer senest 50 år fram i tid.' });
  assert.deepEqual(checkDatePair('2018-07-01', '9999-12-31', '2026-12-08' as IsoDate), { ok: false, message: 'Velg datoer senest 50 år fram i tid.' });
});
