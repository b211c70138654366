import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureSelection, solveHeuristic, type LocationProblem, type OptimizeSpec } from '../../src/analysis/optimize/index.js';
import { bruteForce, randomProblem, valueOf } from './helpers.js';
import { solveExact } from '../../src/services/optimize/solve-exact.js';

/** Two towns, each covered by any of its three offices; a village only its own office reaches. */
function plateau(): LocationProblem {
  // Candidates: a1 a2 a3 (town A), b1 b2 b3 (town B), v (village).
  const candidateIds = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'v'];
  const far = 99;
  const rows = [
    [5, 6, 7, far, far, far, far], // town A
    [far, far, far, 5, 6, 7, far], // town B
    [far, far, far, far, far, far, 3], // village
  ];
  return {
    demandIds: ['A', 'B', 'V'],
    demandWeights: Float64Array.from([1000, 800, 30]),
    candidateIds,
    candidateGroups: ['g1', 'g1', 'g1', 'g2', 'g2', 'g2', 'g2'],
    minutes: Float32Array.from(rows.flat()),
  };
}

test('prefer: among equal coverage the answer keeps as many preferred candidates as it can', async () => {
  const problem = plateau();
  const base: OptimizeSpec = { objective: 'mclp', keep: 3, thresholdMinutes: 10 };
  // Without a preference the tie-break is shorter travel: a1, b1 and the village.
  const plain = solveHeuristic(problem, base);
  assert.ok(plain.ok);
  assert.deepEqual(plain.value.selected, ['a1', 'b1', 'v']);
  // Preferring the actual structure a3, b2, b3: full coverage needs the village office, so exactly one
  // preferred office goes, and coverage is still the optimum.
  const spec: OptimizeSpec = { ...base, prefer: ['a3', 'b2', 'b3'] };
  for (const r of [solveHeuristic(problem, spec), await solveExact(problem, spec, { timeLimitSeconds: 10 })]) {
    assert.ok(r.ok);
    assert.equal(r.value.objectiveValue, 1830);
    assert.equal(r.value.selected.filter((id) => spec.prefer?.includes(id)).length, 2, r.value.selected.join(','));
    assert.ok(r.value.selected.includes('v'));
    assert.ok(r.value.selected.includes('a3'), 'town A keeps its preferred office');
  }
});

test('prefer keeps the optimum, mustKeep, mustNot and group minimums', async () => {
  for (const seed of [41, 42, 43, 44]) {
    const problem = randomProblem(seed, 40, 10, 3);
    const prefer = problem.candidateIds.filter((_, j) => j % 2 === 0);
    const spec: OptimizeSpec = {
      objective: 'mclp',
      keep: 4,
      thresholdMinutes: 30,
      mustKeep: ['s1'],
      mustNot: ['s4'],
      minPerGroup: new Map([['g2', 1]]),
      prefer,
    };
    const best = bruteForce(problem, spec);
    assert.ok(best);
    const r = await solveExact(problem, spec, { timeLimitSeconds: 10 });
    assert.ok(r.ok);
    assert.equal(r.value.status, 'optimal');
    assert.equal(r.value.objectiveValue, best.value);
    const idx = r.value.selected.map((id) => problem.candidateIds.indexOf(id));
    assert.equal(valueOf(problem, spec, idx), best.value);
    assert.ok(r.value.selected.includes('s1') && !r.value.selected.includes('s4'));
    assert.ok(idx.some((j) => problem.candidateGroups?.[j] === 'g2'));
  }
});

test('prefer naming an unknown candidate is an error; p-median ignores it', () => {
  const problem = plateau();
  const bad = solveHeuristic(problem, { objective: 'mclp', keep: 2, thresholdMinutes: 10, prefer: ['nope'] });
  assert.ok(!bad.ok);
  assert.equal(bad.error.code, 'optimize.unknown-candidate');
  const pm = solveHeuristic(problem, { objective: 'p-median', keep: 3, prefer: ['a3', 'b3'] });
  const plain = solveHeuristic(problem, { objective: 'p-median', keep: 3 });
  assert.ok(pm.ok && plain.ok);
  assert.deepEqual(pm.value.selected, plain.value.selected);
});

test('measureSelection measures any candidate set the way results are measured', () => {
  const problem = randomProblem(51, 60, 8);
  const spec: OptimizeSpec = { objective: 'mclp', keep: 3, thresholdMinutes: 25 };
  const r = solveHeuristic(problem, spec);
  assert.ok(r.ok);
  const m = measureSelection(problem, r.value.selected, 25);
  assert.equal(m.coveredWeight, r.value.coveredWeight);
  assert.equal(m.coveredShare, r.value.coveredShare);
  assert.equal(m.meanMinutes, r.value.meanMinutes);
  const all = measureSelection(problem, problem.candidateIds, null);
  assert.equal(all.coveredShare, null);
  assert.ok(all.meanMinutes <= m.meanMinutes);
  assert.throws(() => measureSelection(problem, ['nope'], 25), { code: 'optimize.unknown-candidate' });
});
