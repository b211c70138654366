import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTravelTimeMatrix, travelTimeMatrix } from '../../src/analysis/travel-time-matrix.js';
import type { InputIssue } from '../../src/shared/csv/file-issues.js';

const ids = { originIds: ['p1', 'p2'], destinationIds: ['o1', 'o2'] };
const csv = (...rows: string[]) => ['origin_id,destination_id,minutes', ...rows].join('\n');

function issuesOf(r: { ok: boolean; error?: InputIssue[] }): InputIssue[] {
  assert.equal(r.ok, false, 'expected the matrix to be refused');
  return r.error ?? [];
}

describe('parseTravelTimeMatrix', () => {
  it('fills a dense row-major matrix in the given id order, whatever the row order', () => {
    const r = parseTravelTimeMatrix(csv('p2,o2,4', 'p1,o2,2.5', 'p2,o1,3', 'p1,o1,0'), 'osrm.csv', ids);
    assert.ok(r.ok);
    assert.deepEqual([...r.value.minutes], [0, 2.5, 3, 4]);
    assert.equal(r.value.rows, 2);
    assert.equal(r.value.cols, 2);
  });

  it('ignores extra columns such as distance', () => {
    const r = parseTravelTimeMatrix('origin_id,destination_id,distance_km,minutes\np1,o1,1,1\np1,o2,2,2\np2,o1,3,3\np2,o2,4,4\n', 'm.csv', ids);
    assert.ok(r.ok);
    assert.deepEqual([...r.value.minutes], [1, 2, 3, 4]);
  });

  it('names file, row and field for unknown ids, bad minutes and duplicate pairs', () => {
    const issues = issuesOf(parseTravelTimeMatrix(csv('p1,o1,1', 'p9,o1,1', 'p1,o7,1', 'p1,o2,-3', 'p2,o1,NaN', 'p2,o2,', 'p1,o1,5'), 'osrm.csv', ids));
    assert.deepEqual(issues.map((i) => [i.code, i.row, i.field]), [
      ['unknown-id', 3, 'origin_id'],
      ['unknown-id', 4, 'destination_id'],
      ['out-of-range', 5, 'minutes'],
      ['not-a-number', 6, 'minutes'],
      ['missing-value', 7, 'minutes'],
      ['duplicate-pair', 8, 'origin_id'],
    ]);
    assert.equal(issues[0].message, 'osrm.csv, rad 3, felt «origin_id»: «p9» er ikke et etterspørselspunkt i denne analysen');
    assert.match(issues[5].message, /paret p1 → o1 er allerede gitt i rad 2/);
  });

  it('lists the first missing pairs and counts the rest', () => {
    const many = { originIds: Array.from({ length: 4 }, (_, i) => `p${i}`), destinationIds: ['o1', 'o2'] };
    const issues = issuesOf(parseTravelTimeMatrix(csv('p0,o1,1'), 'm.csv', many));
    assert.equal(issues.length, 1);
    assert.equal(issues[0].code, 'missing-pairs');
    assert.equal(issues[0].message, 'm.csv: 7 av 8 par (fra → til) har ingen rad, f.eks. p0 → o2, p1 → o1, p1 → o2, p2 → o1, p2 → o2, …');
  });

  it('names a missing column', () => {
    const issues = issuesOf(parseTravelTimeMatrix('from,to,minutes\np1,o1,1\n', 'm.csv', ids));
    assert.deepEqual(issues.map((i) => [i.code, i.row, i.field]), [
      ['missing-column', 1, 'origin_id'],
      ['missing-column', 1, 'destination_id'],
    ]);
  });
});

describe('travelTimeMatrix (imported matrix as a travel model)', () => {
  const parsed = parseTravelTimeMatrix(csv('p1,o1,1', 'p1,o2,2', 'p2,o1,3', 'p2,o2,4'), 'valhalla.csv', ids);
  assert.ok(parsed.ok);
  const model = travelTimeMatrix(parsed.value, { fileName: 'valhalla.csv' });
  const set = (xs: string[]) => ({ ids: xs, lat: new Float64Array(xs.length), lon: new Float64Array(xs.length) });

  it('is labelled as imported, not estimated', () => {
    assert.equal(model.estimated, false);
    assert.equal(model.label, 'Importert reisetidsmatrise (valhalla.csv)');
  });

  it('takes any subset of rows and columns by id, in the order asked', () => {
    const r = model.matrix(set(['p2']), set(['o2', 'o1']));
    assert.ok(r.ok);
    assert.deepEqual([...r.value.minutes], [4, 3]);
  });

  it('says which ids it has no times for', () => {
    const r = model.matrix(set(['p1']), set(['o1', 'new-site']));
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.code, 'unknown-destination');
    assert.deepEqual(r.error.ids, ['new-site']);
    assert.match(r.error.message, /valhalla\.csv has no travel times for 1 service location\(s\): new-site/);
  });
});
