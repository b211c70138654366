import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsoDate } from '../../src/shared/dates.js';
import { Register } from '../../src/domain/register.js';
import { isInSeason, seasonDays } from '../../src/domain/season.js';
import { countStructure } from '../../src/domain/structure-counts.js';
import { LogBuilder, district, municipality, office } from '../helpers/changes.js';

const d = (s: string) => s as IsoDate;

test('a season known only by its label is open in its typical window, flagged approximate, not all year', () => {
  const summer = { label: 'summer' as const, from: null, to: null };
  assert.deepEqual(seasonDays(summer), { from: '05-01', to: '09-30', approximate: true });
  assert.equal(isInSeason(summer, '2024-12-15'), false);
  assert.equal(isInSeason(summer, '2024-07-15'), true);
  const winter = { label: 'winter' as const, from: null, to: null };
  assert.equal(isInSeason(winter, '2024-12-15'), true, 'the winter window wraps the new year');
  assert.equal(isInSeason(winter, '2025-03-01'), true);
  assert.equal(isInSeason(winter, '2024-07-15'), false);
});

test('a season with sourced days uses them, inclusive at both ends', () => {
  const hvaler = { label: 'summer' as const, from: '05-01', to: '09-30' };
  assert.deepEqual(seasonDays(hvaler), { from: '05-01', to: '09-30', approximate: false });
  assert.equal(isInSeason(hvaler, '2024-04-30'), false);
  assert.equal(isInSeason(hvaler, '2024-05-01'), true);
  assert.equal(isInSeason(hvaler, '2024-09-30'), true);
  assert.equal(isInSeason(hvaler, '2024-10-01'), false);
  assert.equal(isInSeason(null, '2024-12-24'), true);
});

test('a summer office is in the structure all year but open only in summer', () => {
  const log = new LogBuilder()
    .establish('district', 'mr', '2023-01-01', district('Møre og Romsdal'))
    .establish('municipality', '1525', '2023-01-01', municipality('Stranda', 'mr'))
    .establish('office', 'geiranger', '2023-01-01', { ...office('Geiranger politikontor', 'mr', '1525', 'politikontor'), season: { label: 'summer', from: null, to: null } })
    .establish('office', 'stranda', '2023-01-01', office('Stranda politistasjon', 'mr', '1525', 'politistasjon'));
  const r = Register.of(log.recorded());
  const december = r.snapshot(d('2023-12-15'));
  assert.deepEqual(december.openOffices().map((o) => o.id), ['stranda']);
  assert.equal(december.offices.has('geiranger'), true);
  assert.deepEqual([countStructure(december).offices.total, countStructure(december).offices.openOnDate], [2, 1]);
  const july = r.snapshot(d('2024-07-15'));
  assert.deepEqual(july.openOffices().map((o) => o.id).sort(), ['geiranger', 'stranda']);
});
