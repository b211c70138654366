import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planPassIdServices } from '../../scripts/build-data/compile-services.js';
import { readCsv } from '../../scripts/build-data/csv.js';
import { Gaps } from '../../scripts/build-data/gaps.js';
import type { OfficePlan } from '../../scripts/build-data/office-plan.js';

let dir: string;
before(() => (dir = mkdtempSync(join(tmpdir(), 'naerpoliti-services-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

const REF_HEADER = 'office_name_as_published,district,project_office_id,status,effective_date,source_url,note';
const CURATION_HEADER = 'published_name,office_id,start_date,start_precision,end_date,end_precision,source_url,certainty,note';

function csv(name: string, lines: string[]) {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return readCsv(path, name);
}

function plan(id: string, start = '2015-01-01', end: string | null = null): OfficePlan {
  const step = { date: start, precision: 'approximate' as const, decision: null, sources: [], certainty: 'sourced' as const, note: null };
  return {
    id,
    name: id,
    kind: 'lensmannskontor',
    municipalityNumber: '3434',
    formerMunicipality: null,
    address: null,
    postcode: null,
    position: { lat: 61.8, lon: 8.5, precision: 'town' },
    sourceDistrictId: 'innlandet',
    start: step,
    kept: null,
    end: end ? { ...step, date: end, precision: 'day', successorIds: [] } : null,
    kindAfter2017: null,
    stationDistrictId: null,
    season: null,
    events: [],
  };
}

test('an office that issued passports before the decision is in force from the register start, start unknown; a dated closing ends on its day', () => {
  const ref = csv('ref1.csv', [REF_HEADER, 'Lom,innlandet,lom,closing_passport_service,2019-01-01,https://example.org/lom,', 'Otta,innlandet,otta,kept,,https://example.org/otta,']);
  const [lom, otta] = planPassIdServices(ref, [], new Map([['lom', plan('lom')], ['otta', plan('otta')]]), new Gaps());
  assert.deepEqual([lom!.start.date, lom!.start.precision, lom!.start.certainty, lom!.end!.date, lom!.end!.precision], ['2015-01-01', 'on-or-before', 'inferred', '2019-01-01', 'day']);
  assert.equal(otta!.end, null);
});

test('a closing without a date ends on the approximate date the decision aimed at; a date the file cannot parse needs the curation', () => {
  const plans = new Map([['a', plan('a')]]);
  const [a] = planPassIdServices(csv('ref2.csv', [REF_HEADER, 'A,vest,a,closing_passport_service,,https://example.org/a,']), [], plans, new Gaps());
  assert.deepEqual([a!.end!.date, a!.end!.precision, a!.end!.certainty], ['2019-07-01', 'approximate', 'inferred']);
  assert.throws(
    () => planPassIdServices(csv('ref3.csv', [REF_HEADER, 'A,vest,a,closing_passport_service,after 2019-06,https://example.org/a,']), [], plans, new Gaps()),
    /ref3\.csv, row 2: effective_date "after 2019-06" of A is not a date; give its dating in data\/curation\/pass-id-services\.csv/,
  );
  const [dated] = planPassIdServices(
    csv('ref4.csv', [REF_HEADER, 'A,vest,a,closing_passport_service,after 2019-06,https://example.org/a,']),
    csv('cur4.csv', [CURATION_HEADER, 'A,,,,2019-11-01,month,https://example.org/cur,sourced,Found.']),
    plans,
    new Gaps(),
  );
  assert.deepEqual([dated!.end!.date, dated!.end!.precision, dated!.end!.sources], ['2019-11-01', 'month', ['https://example.org/cur', 'https://example.org/a']]);
});

test('a service never outlives its office, and a start the register cannot date is refused', () => {
  const [a] = planPassIdServices(csv('ref5.csv', [REF_HEADER, 'A,vest,a,kept,,https://example.org/a,']), [], new Map([['a', plan('a', '2015-01-01', '2018-03-01')]]), new Gaps());
  assert.deepEqual([a!.end!.date, a!.end!.note], ['2018-03-01', 'Ended with its office.']);
  assert.throws(
    () => planPassIdServices(csv('ref6.csv', [REF_HEADER, 'B,vest,b,kept,,https://example.org/b,']), [], new Map([['b', plan('b', '2018-03-01')]]), new Gaps()),
    /b opened on 2018-03-01, after the register's first date for offices/,
  );
});

test('a row with no office is a gap, not an invented office; Svalbard says why it is not counted', () => {
  const gaps = new Gaps();
  const out = planPassIdServices(csv('ref7.csv', [REF_HEADER, 'Lesja,innlandet,,closing_passport_service,,https://example.org/l,no office', 'Svalbard (Sysselmannen),svalbard,,kept,,https://example.org/s,']), [], new Map(), gaps);
  assert.deepEqual(out, []);
  assert.deepEqual(gaps.items.map((g) => g.subject), ['Lesja', 'Svalbard (Sysselmannen)']);
  assert.match(gaps.items[1]!.message, /Sysselmesteren.*not as an office/);
});
