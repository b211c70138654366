import { test } from 'node:test';
import assert from 'node:assert/strict';
import { solveHeuristic, type OptimizeProgress, type OptimizeSpec, type LocationProblem } from '../../src/analysis/optimize/index.js';
import { bruteForce, randomProblem } from './helpers.js';
import { solveExact } from '../../src/services/optimize/solve-exact.js';
import type { OptimizeResult } from '../../src/contract/optimize-result.js';

async function exact(problem: LocationProblem, spec: OptimizeSpec, options: Parameters<typeof solveExact>[2] = {}): Promise<OptimizeResult> {
  const r = await solveExact(problem, spec, { timeLimitSeconds: 30, ...options });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

const cases: [number, OptimizeSpec][] = [
  [11, { objective: 'mclp', keep: 3, thresholdMinutes: 22 }],
  [12, { objective: 'mclp', keep: 4, thresholdMinutes: 18, mustKeep: ['s2'], mustNot: ['s4'], minPerGroup: new Map([['g1', 2]]) }],
  [13, { objective: 'mclp', keep: 2, thresholdMinutes: 30, minPerGroup: new Map([['g0', 1], ['g2', 1]]) }],
  [14, { objective: 'p-median', keep: 3 }],
  [15, { objective: 'p-median', keep: 4, mustKeep: ['s1'], mustNot: ['s6'], minPerGroup: new Map([['g2', 2]]) }],
  [16, { objective: 'p-median', keep: 2, thresholdMinutes: 25, minPerGroup: new Map([['g0', 1], ['g1', 1]]) }],
];

test('the exact solve reaches the brute-force optimum over all C(M, K) subsets', async () => {
  for (const [seed, spec] of cases) {
    const problem = randomProblem(seed, 36, 10, 3);
    const best = bruteForce(problem, spec);
    assert.ok(best);
    const r = await exact(problem, spec);
    assert.equal(r.status, 'optimal', `seed ${seed}: ${r.solver}`);
    assert.ok(close(r.objectiveValue, best.value), `seed ${seed} ${spec.objective}: ${r.objectiveValue} vs brute force ${best.value}`);
    assert.ok(r.bound !== null && close(r.bound, best.value), `bound ${r.bound} equals the optimum`);
    assert.ok(r.gap !== null && r.gap <= 1e-9);
    assert.match(r.solver, /^greedy\+swap → HiGHS \d+\.\d+\.\d+ MIP \(optimal; /);
    for (const id of spec.mustKeep ?? []) assert.ok(r.selected.includes(id));
    for (const id of spec.mustNot ?? []) assert.ok(!r.selected.includes(id));
    const h = solveHeuristic(problem, spec);
    assert.ok(h.ok);
    assert.equal(r.heuristic.objectiveValue, h.value.objectiveValue, 'reports the heuristic it started from');
  }
});

test('large p-median gets a Lagrangian lower bound that never exceeds the optimum', async () => {
  for (const seed of [21, 22, 23, 24]) {
    const problem = randomProblem(seed, 40, 10, 2);
    const spec: OptimizeSpec = { objective: 'p-median', keep: 3, minPerGroup: seed % 2 ? new Map([['g1', 2]]) : undefined };
    const best = bruteForce(problem, spec);
    assert.ok(best);
    // maxAssignmentCells 0 forces the bound path that national-size problems take.
    const r = await exact(problem, spec, { maxAssignmentCells: 0 });
    assert.ok(r.bound !== null && r.bound <= best.value + 1e-6, `bound ${r.bound} ≤ optimum ${best.value}`);
    assert.ok(r.objectiveValue >= best.value - 1e-6);
    assert.ok(r.gap !== null && close(r.gap, (r.objectiveValue - r.bound) / r.objectiveValue));
    assert.ok(r.status === 'optimal' || r.status === 'bounded');
    if (r.status === 'optimal') assert.ok(close(r.objectiveValue, best.value));
    assert.match(r.solver, /Lagrangian lower bound \(subgradient, \d+ iterations/);
  }
});

test('progress reports the heuristic phases, then the exact phase', async () => {
  const seen: OptimizeProgress[] = [];
  await exact(randomProblem(31, 60, 12), { objective: 'mclp', keep: 3, thresholdMinutes: 20 }, { onProgress: (p) => seen.push(p) });
  const phases = [...new Set(seen.map((p) => p.phase))];
  assert.deepEqual(phases.slice(0, 1), ['greedy']);
  assert.ok(phases.includes('exact'));
  assert.ok(seen.filter((p) => p.phase === 'greedy').every((p) => p.objective !== null));
});

test('a time limit stops HiGHS and keeps the best answer found, never worse than the heuristic', async () => {
  const problem = randomProblem(7, 1500, 120);
  const spec: OptimizeSpec = { objective: 'mclp', keep: 12, thresholdMinutes: 12 };
  const r = await exact(problem, spec, { timeLimitSeconds: 0.001 });
  assert.equal(r.status, 'time-limit');
  assert.match(r.solver, /time limit 0\.001 s/);
  assert.ok(r.objectiveValue >= r.heuristic.objectiveValue);
  if (r.bound !== null) assert.ok(r.bound >= r.objectiveValue - 1e-6);
});

test('cancelling before HiGHS gets going returns the heuristic answer with status cancelled', async () => {
  const problem = randomProblem(7, 1500, 120);
  const spec: OptimizeSpec = { objective: 'mclp', keep: 12, thresholdMinutes: 12 };
  const heuristic = solveHeuristic(problem, spec);
  assert.ok(heuristic.ok);

  // Abort as soon as the worker says it has started (before the model is even built).
  const controller = new AbortController();
  const r = await exact(problem, spec, {
    signal: controller.signal,
    onProgress: (p) => {
      if (p.phase === 'exact') controller.abort();
    },
  });
  assert.equal(r.status, 'cancelled');
  assert.ok(r.objectiveValue >= heuristic.value.objectiveValue, 'never worse than the heuristic');
  assert.equal(r.heuristic.objectiveValue, heuristic.value.objectiveValue);
  assert.match(r.solver, /\(cancelled\)$/);

  const already = new AbortController();
  already.abort();
  const early = await exact(problem, spec, { signal: already.signal });
  assert.equal(early.status, 'cancelled');
  assert.deepEqual(early.selected, heuristic.value.selected);
  assert.equal(early.bound, null);
});

test('cancelling mid-MIP stops HiGHS cleanly and returns its best answer with the bound proven so far', async () => {
  const problem = randomProblem(7, 4000, 200);
  const spec: OptimizeSpec = { objective: 'mclp', keep: 12, thresholdMinutes: 12 };
  const controller = new AbortController();
  const r = await exact(problem, spec, {
    signal: controller.signal,
    onProgress: (p) => {
      if (p.phase === 'exact' && p.bound !== null) controller.abort();
    },
  });
  // HiGHS may just have finished when the request arrives; then the answer is simply optimal.
  assert.ok(r.status === 'cancelled' || r.status === 'optimal', r.status);
  assert.ok(r.objectiveValue >= r.heuristic.objectiveValue);
  assert.ok(r.bound !== null && r.bound >= r.objectiveValue - 1e-6, `bound ${r.bound} ≥ ${r.objectiveValue}`);
  assert.ok(r.gap !== null && close(r.gap, (r.bound - r.objectiveValue) / r.objectiveValue));
  if (r.status === 'cancelled') assert.match(r.solver, /HiGHS \d+\.\d+\.\d+ MIP \(stopped on request after [\d.]+ s; .*\(cancelled\)$/);
});

test('cancelling the Lagrangian bound keeps the bound and incumbent it has', async () => {
  const problem = randomProblem(23, 400, 40);
  const spec: OptimizeSpec = { objective: 'p-median', keep: 5 };
  const controller = new AbortController();
  const r = await exact(problem, spec, {
    maxAssignmentCells: 0,
    signal: controller.signal,
    onProgress: (p) => {
      if (p.phase === 'bound') controller.abort();
    },
  });
  assert.ok(r.status === 'cancelled' || r.status === 'optimal', r.status);
  assert.ok(r.objectiveValue <= r.heuristic.objectiveValue);
  if (r.status === 'cancelled') {
    assert.match(r.solver, /stopped: cancelled/);
    assert.ok(r.bound !== null && r.bound <= r.objectiveValue);
  }
});
