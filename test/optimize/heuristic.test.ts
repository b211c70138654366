import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../../src/domain/errors.js';
import { solveHeuristic, type LocationProblem, type OptimizeSpec } from '../../src/analysis/optimize/index.js';
import { mergeCoveringSets } from '../../src/analysis/optimize/coverage-merge.js';
import { prepareProblem } from '../../src/analysis/optimize/prepare.js';
import { bruteForce, randomProblem, valueOf } from './helpers.js';

function solved(problem: LocationProblem, spec: OptimizeSpec) {
  const r = solveHeuristic(problem, spec);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const indexOf = (problem: LocationProblem, ids: readonly string[]) => ids.map((id) => problem.candidateIds.indexOf(id));
const better = (spec: OptimizeSpec, a: number, b: number) => (spec.objective === 'mclp' ? a > b + 1e-9 : a < b - 1e-6);

/** Every single feasible swap (one in, one out) leaves the value no better. */
function isSwapLocalOptimum(problem: LocationProblem, spec: OptimizeSpec, selected: number[]): boolean {
  const value = valueOf(problem, spec, selected);
  const groups = problem.candidateGroups;
  const keep = new Set(indexOf(problem, spec.mustKeep ?? []));
  const not = new Set(indexOf(problem, spec.mustNot ?? []));
  for (let s = 0; s < selected.length; s++) {
    if (keep.has(selected[s])) continue;
    for (let j = 0; j < problem.candidateIds.length; j++) {
      if (selected.includes(j) || not.has(j)) continue;
      const next = selected.slice();
      next[s] = j;
      const groupsOk = [...(spec.minPerGroup ?? [])].every(([g, min]) => next.filter((x) => groups?.[x] === g).length >= min);
      if (groupsOk && better(spec, valueOf(problem, spec, next), value)) return false;
    }
  }
  return true;
}

const specs = (seed: number): OptimizeSpec[] => [
  { objective: 'mclp', keep: 2 + (seed % 3), thresholdMinutes: 20 + (seed % 4) * 5 },
  { objective: 'p-median', keep: 2 + (seed % 3) },
  { objective: 'mclp', keep: 4, thresholdMinutes: 25, mustKeep: ['s3'], mustNot: ['s0', 's5'], minPerGroup: new Map([['g1', 2]]) },
  { objective: 'p-median', keep: 4, mustKeep: ['s7'], mustNot: ['s1'], minPerGroup: new Map([['g0', 2], ['g2', 1]]) },
];

test('the answer honours mustKeep, mustNot and group minimums and is a swap local optimum', () => {
  for (let seed = 1; seed <= 12; seed++) {
    const problem = randomProblem(seed, 40, 10, 3);
    for (const spec of specs(seed)) {
      const r = solved(problem, spec);
      assert.equal(r.selected.length, spec.keep);
      for (const id of spec.mustKeep ?? []) assert.ok(r.selected.includes(id), `${id} kept`);
      for (const id of spec.mustNot ?? []) assert.ok(!r.selected.includes(id), `${id} left out`);
      for (const [g, min] of spec.minPerGroup ?? []) {
        const inGroup = r.selected.filter((id) => problem.candidateGroups?.[problem.candidateIds.indexOf(id)] === g);
        assert.ok(inGroup.length >= min, `group ${g} has ${inGroup.length} ≥ ${min}`);
      }
      const selected = indexOf(problem, r.selected);
      assert.ok(isSwapLocalOptimum(problem, spec, selected), `seed ${seed} ${spec.objective} is swap-optimal`);
      const best = bruteForce(problem, spec);
      assert.ok(best);
      assert.ok(!better(spec, r.objectiveValue, best.value), 'never better than the brute-force optimum');
      assert.ok(Math.abs(r.objectiveValue - valueOf(problem, spec, selected)) <= 1e-6 * Math.max(1, best.value));
    }
  }
});

test('figures are measured on the original demand points', () => {
  const problem = randomProblem(3, 30, 8);
  const r = solved(problem, { objective: 'mclp', keep: 3, thresholdMinutes: 30 });
  const total = problem.demandWeights.reduce((a, b) => a + b, 0);
  assert.equal(r.totalWeight, total);
  assert.equal(r.coveredWeight, r.objectiveValue);
  assert.ok(Math.abs((r.coveredShare ?? -1) - r.objectiveValue / total) < 1e-12);
  assert.ok(Math.abs(r.meanMinutes - r.weightedMinutes / total) < 1e-12);
  assert.equal(r.status, 'heuristic');
  assert.equal(r.bound, null);
  assert.equal(r.gap, null);
  assert.equal(r.baselineCoveredShare, null);
  assert.equal(r.solver, 'greedy+swap');
  const pm = solved(problem, { objective: 'p-median', keep: 3 });
  assert.equal(pm.coveredShare, null);
  assert.equal(pm.thresholdMinutes, null);
  assert.equal(pm.objectiveValue, pm.weightedMinutes);
});

test('the same input gives the same answer, and ties go to the lowest candidate index', () => {
  const problem = randomProblem(5, 50, 12, 2);
  const spec: OptimizeSpec = { objective: 'p-median', keep: 4 };
  assert.deepEqual(solved(problem, spec).selected, solved(problem, spec).selected);
  // Three identical sites: any one is optimal; the lowest index wins.
  const twins: LocationProblem = {
    demandWeights: Float64Array.of(1, 2),
    candidateIds: ['c', 'a', 'b'],
    minutes: Float32Array.of(5, 5, 5, 7, 7, 7),
  };
  assert.deepEqual(solved(twins, { objective: 'p-median', keep: 1 }).selected, ['c']);
  assert.deepEqual(solved(twins, { objective: 'mclp', keep: 2, thresholdMinutes: 10 }).selected, ['c', 'a']);
});

test('MCLP merges demand points with identical covering sets and drops uncoverable ones', () => {
  const problem: LocationProblem = {
    demandWeights: Float64Array.of(1, 2, 4, 8),
    candidateIds: ['x', 'y'],
    // d0 and d2 are covered by x only, d1 by both, d3 by none (threshold 10).
    minutes: Float32Array.of(3, 40, 9, 10, 1, 11, 50, 60),
  };
  const prepared = prepareProblem(problem, { objective: 'mclp', keep: 1, thresholdMinutes: 10 });
  assert.ok(prepared.ok);
  const rows = mergeCoveringSets(prepared.value, 10);
  assert.equal(rows.rows, 2);
  assert.deepEqual(Array.from(rows.weight), [5, 2]);
  assert.deepEqual(Array.from(rows.coverStart), [0, 1, 3]);
  assert.deepEqual(Array.from(rows.coverIdx), [0, 0, 1]);
  assert.equal(rows.uncoverableWeight, 8);
  const r = solved(problem, { objective: 'mclp', keep: 1, thresholdMinutes: 10 });
  assert.deepEqual(r.selected, ['x']);
  assert.equal(r.coveredWeight, 7);
});

test('among equal coverage the MCLP heuristic prefers shorter travel', () => {
  const problem: LocationProblem = {
    demandWeights: Float64Array.of(10, 10),
    candidateIds: ['far', 'near'],
    minutes: Float32Array.of(40, 5, 40, 6),
  };
  const r = solved(problem, { objective: 'mclp', keep: 1, thresholdMinutes: 45 });
  assert.deepEqual(r.selected, ['near']);
  assert.equal(r.coveredShare, 1);
});

test('infeasible or unknown requests come back as errors naming the parameter', () => {
  const problem = randomProblem(2, 10, 6, 2); // groups g0 = s0,s2,s4 and g1 = s1,s3,s5
  const cases: [OptimizeSpec, string, RegExp][] = [
    [{ objective: 'p-median', keep: 1, mustKeep: ['s0', 's1'] }, 'optimize.infeasible', /mustKeep names 2 candidates but keep is only 1/],
    [{ objective: 'p-median', keep: 3, minPerGroup: new Map([['g0', 2], ['g1', 2]]) }, 'optimize.infeasible', /at least 4 sites but keep is only 3/],
    [{ objective: 'p-median', keep: 4, mustNot: ['s0', 's2'], minPerGroup: new Map([['g0', 2]]) }, 'optimize.infeasible', /asks for 2 in "g0" but only 1 of its candidates are available/],
    [{ objective: 'p-median', keep: 5, mustNot: ['s0', 's1'] }, 'optimize.infeasible', /keep is 5 but only 4 candidates are available/],
    [{ objective: 'p-median', keep: 2, mustKeep: ['s1'], mustNot: ['s1'] }, 'optimize.infeasible', /"s1" is in both mustKeep and mustNot/],
    [{ objective: 'p-median', keep: 2, mustKeep: ['nope'] }, 'optimize.unknown-candidate', /mustKeep names "nope"/],
    [{ objective: 'p-median', keep: 2, mustNot: ['nope'] }, 'optimize.unknown-candidate', /mustNot names "nope"/],
    [{ objective: 'p-median', keep: 2, minPerGroup: new Map([['g9', 1]]) }, 'optimize.unknown-group', /group "g9"/],
    [{ objective: 'p-median', keep: 2, minPerGroup: new Map([['g0', 1.5]]) }, 'optimize.invalid-parameter', /minPerGroup for "g0"/],
    [{ objective: 'p-median', keep: 0 }, 'optimize.invalid-parameter', /keep must be an integer ≥ 1, got 0/],
    [{ objective: 'p-median', keep: 2.5 }, 'optimize.invalid-parameter', /keep must be an integer/],
    [{ objective: 'mclp', keep: 2 }, 'optimize.invalid-parameter', /thresholdMinutes is required/],
    [{ objective: 'mclp', keep: 2, thresholdMinutes: -1 }, 'optimize.invalid-parameter', /thresholdMinutes must be/],
  ];
  for (const [spec, code, message] of cases) {
    const r = solveHeuristic(problem, spec);
    assert.ok(!r.ok, `expected an error for ${JSON.stringify(spec, (_k, v: unknown) => (v instanceof Map ? [...v] : v))}`);
    assert.equal(r.error.code, code);
    assert.match(r.error.message, message);
  }
  const noGroups = randomProblem(2, 10, 6);
  const r = solveHeuristic(noGroups, { objective: 'p-median', keep: 2, minPerGroup: new Map([['g0', 1]]) });
  assert.ok(!r.ok);
  assert.match(r.error.message, /minPerGroup is given but the candidates have no groups/);
});

test('a malformed problem is a bug and throws with a stable code', () => {
  const base = randomProblem(1, 4, 3);
  const spec: OptimizeSpec = { objective: 'p-median', keep: 1 };
  const throwsCode = (problem: LocationProblem, message: RegExp) =>
    assert.throws(() => solveHeuristic(problem, spec), (e: unknown) => e instanceof DomainError && e.code === 'optimize.invalid-problem' && message.test(e.message));
  throwsCode({ ...base, minutes: new Float32Array(11) }, /minutes has 11 entries, expected demand × candidates = 4 × 3 = 12/);
  throwsCode({ ...base, candidateIds: ['a', 'b', 'a'] }, /candidate id "a" occurs more than once/);
  throwsCode({ ...base, demandWeights: Float64Array.of(1, -2, 1, 1) }, /demand point d1 has weight -2/);
  const nan = Float32Array.from(base.minutes);
  nan[5] = NaN;
  throwsCode({ ...base, minutes: nan }, /minutes from demand point d1 to candidate s2 is NaN/);
});
