import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MunicipalitySummary } from '../../src/contract/accessibility-report.js';
import { accessOptionsFrom, withAccessOptions } from '../../web/src/features/access/access-options.js';
import { binLabel } from '../../web/src/features/access/bin-label.js';
import { sortMunicipalities, WORST_FIRST } from '../../web/src/features/access/municipality-sort.js';
import { classOf, travelTimeClasses } from '../../web/src/map/travel-time-classes.js';

test('the options come from ?terskel= and ?mal=, only as offered, and the defaults stay out of the address', () => {
  assert.deepEqual(accessOptionsFrom(new URLSearchParams('')), { thresholdMinutes: 45, targetShare: 0.9 });
  assert.deepEqual(accessOptionsFrom(new URLSearchParams('terskel=15&mal=95')), { thresholdMinutes: 15, targetShare: 0.95 });
  assert.deepEqual(accessOptionsFrom(new URLSearchParams('terskel=17&mal=abc')), { thresholdMinutes: 45, targetShare: 0.9 }, 'not offered: defaults');
  const kept = withAccessOptions(new URLSearchParams('dato=2018-07-01&terskel=15'), { thresholdMinutes: 45, targetShare: 0.8 });
  assert.equal(kept.toString(), 'dato=2018-07-01&mal=80');
  assert.deepEqual(accessOptionsFrom(new URLSearchParams('tjeneste=pass-id')), { thresholdMinutes: 45, targetShare: 0.9, service: 'pass-id' });
  assert.deepEqual(accessOptionsFrom(new URLSearchParams('tjeneste=frisør')), { thresholdMinutes: 45, targetShare: 0.9 }, 'an unknown service: every office');
  assert.equal(withAccessOptions(new URLSearchParams('tjeneste=pass-id'), { thresholdMinutes: 45, targetShare: 0.9 }).toString(), '');
  assert.equal(withAccessOptions(new URLSearchParams(''), { thresholdMinutes: 45, targetShare: 0.9, service: 'pass-id' }).toString(), 'tjeneste=pass-id');
});

test('the map classes have the threshold as an edge and put every time in one class', () => {
  const classes = travelTimeClasses(45);
  assert.deepEqual(classes.map((c) => c.toMinutes), [15, 30, 45, 60, null]);
  assert.deepEqual(classes.map((c) => c.label), ['Høyst 15 min', '15–30 min', '30–45 min', '45–60 min', 'Over 60 min']);
  assert.equal(classOf(classes, 0)?.toMinutes, 15);
  assert.equal(classOf(classes, 45)?.toMinutes, 45, 'at most the threshold is within it');
  assert.equal(classOf(classes, 45.01)?.toMinutes, 60);
  assert.equal(classOf(classes, 500)?.toMinutes, null);
  assert.equal(classOf(classes, null), null, 'no inhabitants, no class');
  assert.deepEqual(travelTimeClasses(15).map((c) => c.toMinutes), [5, 10, 15, 20, null]);
});

test('bins in words: closed bins as a range, the last open one as "over"', () => {
  assert.equal(binLabel({ fromMinutes: 0, toMinutes: 5 }), '0–5\u00a0min');
  assert.equal(binLabel({ fromMinutes: 120, toMinutes: null }), 'over 120\u00a0min');
});

function municipality(number: string, name: string, meanMinutes: number | null, population: number): MunicipalitySummary {
  return { number, name, districtId: 'd', population, meanMinutes, maxMinutes: meanMinutes ?? 0, nearestOfficeId: 'o', withinThreshold: 0, share: null };
}

test('the municipality table sorts worst served first, with municipalities without a time last', () => {
  const list = [municipality('0001', 'Å', 10, 5), municipality('0002', 'Bø', null, 0), municipality('0003', 'Ål', 30, 7), municipality('0004', 'Alta', 10, 9)];
  assert.deepEqual(sortMunicipalities(list, WORST_FIRST).map((m) => m.number), ['0003', '0001', '0004', '0002']);
  assert.deepEqual(sortMunicipalities(list, { key: 'meanMinutes', direction: 'ascending' }).map((m) => m.number), ['0001', '0004', '0003', '0002']);
  // Norwegian alphabetical order: Æ, Ø, Å come after Z.
  assert.deepEqual(sortMunicipalities(list, { key: 'name', direction: 'ascending' }).map((m) => m.name), ['Alta', 'Bø', 'Å', 'Ål']);
});
