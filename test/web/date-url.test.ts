import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withDate } from '../../web/src/date/date-url.js';
import { isoDateOrNull, todayInNorway } from '../../src/shared/dates.js';
import { formatLongDate } from '../../src/contract/wording/dates.js';

test('withDate sets, replaces and removes ?dato= and keeps other parameters and the hash', () => {
  assert.equal(withDate('/kommune/1804', '2018-07-01'), '/kommune/1804?dato=2018-07-01');
  assert.equal(withDate('/endringer?fra=2015-12-31&dato=2017-01-01', '2018-07-01'), '/endringer?fra=2015-12-31&dato=2018-07-01');
  assert.equal(withDate('/?dato=2018-07-01', null), '/');
  assert.equal(withDate('/politidistrikt/nordland#driftsenheter', '2016-01-01'), '/politidistrikt/nordland?dato=2016-01-01#driftsenheter');
  assert.equal(withDate('/sok?q=bod%C3%B8', null), '/sok?q=bod%C3%B8');
});

test('isoDateOrNull accepts real calendar dates only', () => {
  assert.equal(isoDateOrNull('2018-07-01'), '2018-07-01');
  assert.equal(isoDateOrNull('2016-02-29'), '2016-02-29');
  for (const bad of ['2017-02-29', '2018-13-01', '2018-7-1', '01.07.2018', '', null, undefined]) assert.equal(isoDateOrNull(bad), null, String(bad));
});

test('todayInNorway uses Oslo time, not the visitor’s', () => {
  // 23:30 UTC on 31 December is already New Year's Day in Norway (UTC+1 in winter).
  assert.equal(todayInNorway(new Date('2015-12-31T23:30:00Z')), '2016-01-01');
  assert.equal(todayInNorway(new Date('2018-06-30T21:59:00Z')), '2018-06-30');
});

test('formatLongDate writes Norwegian dates', () => {
  assert.equal(formatLongDate('2018-07-01'), '1. juli 2018');
  assert.equal(formatLongDate('2015-12-31'), '31. desember 2015');
  assert.equal(formatLongDate('not a date'), 'not a date');
});
