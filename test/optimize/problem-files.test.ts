import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseProblemFiles, solveHeuristic } from '../../src/analysis/optimize/index.js';
import type { InputIssue } from '../../src/shared/csv/file-issues.js';
import { loadProblemFiles } from '../../src/cli/load-problem-files.js';

const MATRIX = `origin_id,destination_id,minutes
a,x,10
a,y,20.5
b,x,30
b,y,5
c,x,1e1
c,y,0
`;

const file = (name: string, text: string) => ({ name, text });

function failure(result: ReturnType<typeof parseProblemFiles>): InputIssue[] {
  assert.ok(!result.ok, 'expected an error');
  return result.error;
}

test('a matrix alone: every origin is demand with weight 1, every destination a candidate', () => {
  const r = parseProblemFiles({ matrix: file('m.csv', MATRIX) });
  assert.ok(r.ok);
  assert.deepEqual(r.value.demandIds, ['a', 'b', 'c']);
  assert.deepEqual(Array.from(r.value.demandWeights), [1, 1, 1]);
  assert.deepEqual(r.value.candidateIds, ['x', 'y']);
  assert.equal(r.value.candidateGroups, undefined);
  assert.deepEqual(Array.from(r.value.minutes), [10, 20.5, 30, 5, 10, 0]);
});

test('weights and candidates files choose, order and group the problem', () => {
  const r = parseProblemFiles({
    matrix: file('m.csv', `\uFEFFOrigin_ID, Destination_id ,MINUTES\n${MATRIX.split('\n').slice(1).join('\n')}`),
    weights: file('w.csv', 'id,weight\nc,2.5\na,4\n'),
    candidates: file('c.csv', 'id,group\ny,vest\nx,\n'),
  });
  assert.ok(r.ok);
  assert.deepEqual(r.value.demandIds, ['c', 'a']);
  assert.deepEqual(Array.from(r.value.demandWeights), [2.5, 4]);
  assert.deepEqual(r.value.candidateIds, ['y', 'x']);
  assert.deepEqual(r.value.candidateGroups, ['vest', null]);
  assert.deepEqual(Array.from(r.value.minutes), [0, 10, 20.5, 10]);
  const solved = solveHeuristic(r.value, { objective: 'p-median', keep: 1, minPerGroup: new Map([['vest', 1]]) });
  assert.ok(solved.ok);
  assert.deepEqual(solved.value.selected, ['y']);
});

test('the deprecated origin,destination,value columns still read to the same problem', () => {
  const old = parseProblemFiles({ matrix: file('m.csv', MATRIX.replace('origin_id,destination_id,minutes', 'origin,destination,value')) });
  const current = parseProblemFiles({ matrix: file('m.csv', MATRIX) });
  assert.ok(old.ok && current.ok);
  assert.deepEqual(old.value, current.value);
});

test('issues name the file, the row and the field, in Norwegian', () => {
  const M = 'origin_id,destination_id,minutes\n';
  const cases: [Parameters<typeof parseProblemFiles>[0], InputIssue['code'], string][] = [
    [{ matrix: file('m.csv', 'from,destination_id,minutes\na,x,1\n') }, 'missing-column', 'm.csv, rad 1, felt «origin_id»: overskriftsraden mangler kolonnen «origin_id» (fant: from, destination_id, minutes)'],
    [{ matrix: file('m.csv', `${M}a,x,1\na,y,-3\n`) }, 'out-of-range', 'm.csv, rad 3, felt «minutes»: -3 er negativ; reisetiden må være 0 eller mer'],
    [{ matrix: file('m.csv', `${M}a,x,NaN\n`) }, 'not-a-number', 'm.csv, rad 2, felt «minutes»: «NaN» er ikke et tall'],
    [{ matrix: file('m.csv', `${M}a,x,"1,5"\n`) }, 'not-a-number', 'm.csv, rad 2, felt «minutes»: «1,5» har desimalkomma; bruk desimalpunktum (1.5)'],
    [{ matrix: file('m.csv', `${M}a,x,\n`) }, 'missing-value', 'm.csv, rad 2, felt «minutes»: verdien mangler'],
    [{ matrix: file('m.csv', `${M},x,1\n`) }, 'missing-value', 'm.csv, rad 2, felt «origin_id»: id-en mangler'],
    [{ matrix: file('m.csv', `${M}a,x,1\n\na,x,2\n`) }, 'duplicate-pair', 'm.csv, rad 4, felt «origin_id»: paret a → x er allerede gitt i rad 2'],
    [{ matrix: file('m.csv', `${M}a,x,1\na,y,2\nb,x,3\n`) }, 'missing-pairs', 'm.csv: 1 par (fra → til) som brukes, har ingen verdi: b → y'],
    [{ matrix: file('m.csv', `${M}a,x,1\nb,x,"3\n`) }, 'unreadable', 'm.csv, rad 3, felt «minutes»: et anførselstegn åpner et felt som aldri lukkes'],
    [{ matrix: file('m.csv', '') }, 'empty', 'm.csv: filen er tom (ingen overskriftsrad)'],
    [{ matrix: file('m.csv', M) }, 'empty', 'm.csv: matrisen har ingen rader'],
    [{ matrix: file('m.csv', MATRIX), weights: file('w.csv', 'id,weight\na,1\nq,2\n') }, 'unknown-id', 'w.csv, rad 3, felt «id»: «q» er ikke en opprinnelse (origin_id) i m.csv'],
    [{ matrix: file('m.csv', MATRIX), weights: file('w.csv', 'id,weight\na,1\na,2\n') }, 'duplicate-id', 'w.csv, rad 3, felt «id»: «a» er allerede gitt i rad 2'],
    [{ matrix: file('m.csv', MATRIX), weights: file('w.csv', 'id,weight\na,lots\n') }, 'not-a-number', 'w.csv, rad 2, felt «weight»: «lots» er ikke et tall'],
    [{ matrix: file('m.csv', MATRIX), weights: file('w.csv', 'id,pop\na,1\n') }, 'missing-column', 'w.csv, rad 1, felt «weight»: overskriftsraden mangler kolonnen «weight»'],
    [{ matrix: file('m.csv', MATRIX), candidates: file('c.csv', 'id\nx\nz\n') }, 'unknown-id', 'c.csv, rad 3, felt «id»: «z» er ikke et mål (destination_id) i m.csv'],
    [{ matrix: file('m.csv', MATRIX), candidates: file('c.csv', 'name,group\nx,a\n') }, 'missing-column', 'c.csv, rad 1, felt «id»: overskriftsraden mangler kolonnen «id» (fant: name, group)'],
  ];
  for (const [files, code, message] of cases) {
    const [e] = failure(parseProblemFiles(files));
    assert.equal(e.code, code, e.message);
    assert.ok(e.message.startsWith(message), `${e.message}\n  should start with\n${message}`);
  }
  const many = failure(parseProblemFiles({ matrix: file('m.csv', `${M}a,x,1\n` + 'bcdefgh'.split('').map((o) => `${o},y,1`).join('\n')) }));
  assert.equal(many[0].message, 'm.csv: 8 par (fra → til) som brukes, har ingen verdi: a → y, b → x, c → x, d → x, e → x og 3 til');
  // Every problem in a file is reported, not only the first.
  const all = failure(parseProblemFiles({ matrix: file('m.csv', `${M}a,x,-1\nb,x,z\n,y,1\n`) }));
  assert.deepEqual(all.map((i) => [i.row, i.field, i.code]), [[2, 'minutes', 'out-of-range'], [3, 'minutes', 'not-a-number'], [4, 'origin_id', 'missing-value']]);
});

test('the loader reads the files and reports one it cannot read', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'naerpoliti-optimize-'));
  try {
    await writeFile(join(dir, 'm.csv'), MATRIX);
    await writeFile(join(dir, 'w.csv'), 'id,weight\nb,3\n');
    const loaded = await loadProblemFiles({ matrix: join(dir, 'm.csv'), weights: join(dir, 'w.csv') });
    assert.ok(loaded.ok);
    assert.deepEqual(loaded.value.demandIds, ['b']);
    const missing = await loadProblemFiles({ matrix: join(dir, 'nope.csv') });
    assert.ok(!missing.ok);
    assert.equal(missing.error[0].code, 'unreadable');
    assert.match(missing.error[0].message, /nope\.csv: filen finnes ikke$/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
