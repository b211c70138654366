import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newChangeIssue, recordedChangeIssue, timestampProblem } from '../../src/store/validate-change.js';
import { varietyChanges } from './fixture-changes.js';

type Json = Record<string, unknown> & { op: Record<string, unknown> & { attrs: Record<string, unknown> } };

/** The office "karasjok" establish change from the fixture, as plain JSON to break at will. */
function officeChange(): Json {
  const c = varietyChanges().find((x) => x.id === 'c010-karasjok-kontor')!;
  return JSON.parse(JSON.stringify(c)) as Json; // Safe: a JSON copy of a valid change.
}

function issueText(value: unknown): string | null {
  const issue = newChangeIssue(value);
  return issue ? `${issue.path} ${issue.message}` : null;
}

describe('validate-change: one precise message per invalid change', () => {
  it('accepts every change of the fixture, including confirm and an empty attrs', () => {
    for (const c of varietyChanges()) assert.equal(issueText(c), null, c.id);
  });

  const cases: [string, (c: Json) => void, string][] = [
    ['an unknown entity', (c) => void (c.op['entity'] = 'policeCar'), '/op/entity must be one of "directorate", "district", "specialAgency", "operatingUnit", "stationDistrict", "office", "municipality", "officeService" (got "policeCar")'],
    ['an unknown op type', (c) => void (c.op['type'] = 'merge'), '/op/type must be one of "establish", "amend", "dissolve", "reestablish", "confirm" (got "merge")'],
    ['an op without type', (c) => void delete c.op['type'], '/op/type is missing (one of "establish", "amend", "dissolve", "reestablish", "confirm")'],
    ['a kind outside the list', (c) => void (c.op.attrs['kind'] = 'bilpatrulje'), '/op/attrs/kind must be one of "politistasjon", "lensmannskontor", "politikontor", "servicekontor" (got "bilpatrulje")'],
    ['a missing attribute', (c) => void delete c.op.attrs['postcode'], '/op/attrs/postcode is missing'],
    ['an unknown attribute', (c) => void (c.op.attrs['colour'] = 'blue'), '/op/attrs/colour is not a known field (known: name, kind, districtId, stationDistrictId, municipalityNumber, formerMunicipality, address, postcode, position, season)'],
    ['attrs on a dissolve', (c) => void (c.op['type'] = 'dissolve'), '/op/attrs is not a known field (known: type, entity, id, successorIds)'],
    ['a missing top-level field', (c) => void delete c['note'], '/note is missing'],
    ['a field set to undefined', (c) => void (c['note'] = undefined), '/note is undefined (leave the field out or use null)'],
    ['a date that does not fit the pattern', (c) => void (c['effective'] = '2017-6-1'), '/effective must match pattern "^\\d{4}-\\d{2}-\\d{2}$" (got "2017-6-1")'],
    ['a date that is not in the calendar', (c) => void (c['effective'] = '2017-02-30'), '/effective must be a real calendar date (got "2017-02-30")'],
    ['an impossible decision date', (c) => void (c['decision'] = { by: 'POD', date: '2017-04-31', reference: null, url: null }), '/decision/date must be a real calendar date (got "2017-04-31")'],
    ['a decision date of the wrong type', (c) => void (c['decision'] = { by: 'POD', date: 20170101, reference: null, url: null }), '/decision/date must be string, or null (got 20170101)'],
    ['an empty decision body', (c) => void (c['decision'] = { by: '', date: null, reference: null, url: null }), '/decision/by must not be empty (got "")'],
    ['a decision that is text', (c) => void (c['decision'] = 'POD'), '/decision must be an object, or null (got "POD")'],
    ['an empty source', (c) => void (c['sources'] = ['https://politiet.no', '']), '/sources/1 must not be empty (got "")'],
    ['a latitude out of range', (c) => void ((c.op.attrs['position'] as Record<string, unknown>)['lat'] = 91), '/op/attrs/position/lat must be <= 90 (got 91)'],
    ['a NaN coordinate', (c) => void ((c.op.attrs['position'] as Record<string, unknown>)['lon'] = Number.NaN), '/op/attrs/position/lon must be a finite number (got NaN)'],
    ['a NUL character', (c) => void (c['note'] = 'a\u0000b'), '/note must not contain the NUL character (U+0000)'],
    ['a lone surrogate', (c) => void (c['note'] = 'a\uD800b'), '/note must be well-formed Unicode (it holds a lone surrogate)'],
    ['a bad season day', (c) => void (c.op.attrs['season'] = { label: 'summer', from: '6-15', to: null }), '/op/attrs/season/from must match pattern "^\\d{2}-\\d{2}$", or null (got "6-15")'],
    ['a change id with capitals', (c) => void (c['id'] = 'Bad Id'), '/id must match pattern "^[a-z0-9][a-z0-9:._-]*$" (got "Bad Id")'],
    ['an unknown date precision', (c) => void (c['datePrecision'] = 'week'), '/datePrecision must be one of "day", "month", "year", "approximate", "on-or-before" (got "week")'],
  ];
  for (const [name, breakIt, expected] of cases) {
    it(`names ${name}`, () => {
      const c = officeChange();
      breakIt(c);
      assert.equal(issueText(c), expected);
    });
  }

  it('names a change that is not an object', () => {
    assert.equal(issueText(null), ' must be an object (got null)');
    assert.equal(issueText([]), ' must be an object (got [])');
  });

  it('checks a recorded change\'s seq and its recording time', () => {
    const c = { ...officeChange(), seq: 1, recordedAt: '2024-01-01T00:00:00.000Z' };
    assert.equal(recordedChangeIssue(c), null);
    assert.deepEqual(recordedChangeIssue({ ...c, seq: 1.5 }), { path: '/seq', message: 'must be integer (got 1.5)' });
    assert.deepEqual(recordedChangeIssue({ ...c, recordedAt: '2024-01-01T00:00:00Z' }), {
      path: '/recordedAt',
      message: 'must be an ISO 8601 UTC timestamp in the form 2024-05-01T12:00:00.000Z (got "2024-01-01T00:00:00Z")',
    });
  });

  it('accepts only the one timestamp form recording times compare correctly in', () => {
    assert.equal(timestampProblem('2024-02-29T23:59:59.999Z'), null);
    for (const bad of ['2023-02-29T00:00:00.000Z', '2024-01-01T24:00:00.000Z', '2024-01-01T00:00:00.000+00:00', '2024-01-01', 42]) {
      assert.match(timestampProblem(bad) ?? '', /^must be an ISO 8601 UTC timestamp/, String(bad));
    }
  });
});
