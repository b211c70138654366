import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseProblemFiles, solveHeuristic, type ProblemFileError } from '../../src/analysis/optimize/index.js';
import { loadProblemFiles } from '../../src/cli/load-problem-files.js';

const MATRIX = `origin,destination,value
a,x,10
a,y,20.5
b,x,30
b,y,5
c,x,1e1
c,y,0
`;

const file = (name: string, text: string) => ({ name, text });

function failure(result: ReturnType<typeof parseProblemFiles>): ProblemFileError {
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
    matrix: file('m.csv', `\uFEFFOrigin, Destination ,VALUE\n${MATRIX.split('\n').slice(1).join('\n')}`),
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

test('errors name the file, the line and the field', () => {
  const cases: [Parameters<typeof parseProblemFiles>[0], ProblemFileError['code'], string][] = [
    [{ matrix: file('m.csv', 'from,destination,value\na,x,1\n') }, 'optimize.file.header', 'm.csv, line 1: the header has no "origin" column; expected origin,destination,value, got from,destination,value'],
    [{ matrix: file('m.csv', 'origin,destination,value\na,x,1\na,y,-3\n') }, 'optimize.file.value', 'm.csv, line 3, field "value": -3 is negative; value must be ≥ 0'],
    [{ matrix: file('m.csv', 'origin,destination,value\na,x,NaN\n') }, 'optimize.file.value', `m.csv, line 2, field "value": "NaN" is not a number (use '.' for decimals)`],
    [{ matrix: file('m.csv', 'origin,destination,value\na,x,"1,5"\n') }, 'optimize.file.value', `m.csv, line 2, field "value": "1,5" is not a number (use '.' for decimals)`],
    [{ matrix: file('m.csv', 'origin,destination,value\na,x,\n') }, 'optimize.file.value', `m.csv, line 2, field "value": empty is not a number (use '.' for decimals)`],
    [{ matrix: file('m.csv', 'origin,destination,value\n,x,1\n') }, 'optimize.file.value', 'm.csv, line 2, field "origin": the id is empty'],
    [{ matrix: file('m.csv', 'origin,destination,value\na,x,1\n\na,x,2\n') }, 'optimize.file.duplicate', 'm.csv, line 4: the pair a → x was already given on line 2'],
    [{ matrix: file('m.csv', 'origin,destination,value\na,x,1\na,y,2\nb,x,3\n') }, 'optimize.file.missing-pair', 'm.csv: 1 used origin → destination pair(s) have no value: b → y'],
    [{ matrix: file('m.csv', 'origin,destination,value\na,x,1\nb,x,"3\n') }, 'optimize.file.csv', 'm.csv, line 3: not valid CSV'],
    [{ matrix: file('m.csv', '') }, 'optimize.file.empty', 'm.csv: the file is empty; expected a header row'],
    [{ matrix: file('m.csv', MATRIX), weights: file('w.csv', 'id,weight\na,1\nq,2\n') }, 'optimize.file.unknown-id', 'w.csv, line 3, field "id": "q" is not an origin in m.csv'],
    [{ matrix: file('m.csv', MATRIX), weights: file('w.csv', 'id,weight\na,1\na,2\n') }, 'optimize.file.duplicate', 'w.csv, line 3, field "id": "a" was already given on line 2'],
    [{ matrix: file('m.csv', MATRIX), weights: file('w.csv', 'id,weight\na,lots\n') }, 'optimize.file.value', `w.csv, line 2, field "weight": "lots" is not a number`],
    [{ matrix: file('m.csv', MATRIX), weights: file('w.csv', 'id,pop\na,1\n') }, 'optimize.file.header', 'w.csv, line 1: the header has no "weight" column'],
    [{ matrix: file('m.csv', MATRIX), candidates: file('c.csv', 'id\nx\nz\n') }, 'optimize.file.unknown-id', 'c.csv, line 3, field "id": "z" is not a destination in m.csv'],
    [{ matrix: file('m.csv', MATRIX), candidates: file('c.csv', 'name,group\nx,a\n') }, 'optimize.file.header', 'expected id,[group], got name,group'],
  ];
  for (const [files, code, message] of cases) {
    const e = failure(parseProblemFiles(files));
    assert.equal(e.code, code, e.message);
    assert.ok(e.message.startsWith(message) || e.message.includes(message), `${e.message}\n  should contain\n${message}`);
  }
  const many = failure(parseProblemFiles({ matrix: file('m.csv', 'origin,destination,value\na,x,1\n' + 'bcdefgh'.split('').map((o) => `${o},y,1`).join('\n')) }));
  assert.match(many.message, /^m\.csv: 8 used origin → destination pair\(s\) have no value: a → y, b → x, c → x, d → x, e → x and 3 more$/);
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
    assert.equal(missing.error.code, 'optimize.file.unreadable');
    assert.match(missing.error.message, /nope\.csv: cannot be read: ENOENT/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
