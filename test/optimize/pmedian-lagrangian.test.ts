import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../../src/domain/errors.js';
import { cheapestFeasibleSet } from '../../src/analysis/optimize/pmedian-lagrangian.js';
import { denseInstanceOf } from '../../src/analysis/optimize/heuristic.js';
import { greedySwap } from '../../src/analysis/optimize/greedy-swap.js';
import { prepareProblem } from '../../src/analysis/optimize/prepare.js';
import { randomProblem, rng } from './helpers.js';

function* subsets(m: number, k: number, start = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === k) yield prefix.slice();
  else for (let j = start; j <= m - (k - prefix.length); j++) yield* subsets(m, k, j + 1, [...prefix, j]);
}

test('the Lagrangian subproblem picks the cheapest set that keeps mustKeep, mustNot and group minimums', () => {
  const r = rng(9);
  for (let round = 0; round < 200; round++) {
    const m = 8;
    const k = 1 + Math.floor(r() * 5);
    const rho = Float64Array.from({ length: m }, () => Math.round((r() - 0.6) * 100));
    const group = Int32Array.from({ length: m }, () => Math.floor(r() * 3) - 1); // −1, 0 or 1
    const allowed = Uint8Array.from({ length: m }, () => (r() < 0.85 ? 1 : 0));
    const forced = Uint8Array.from(allowed, (a) => (a && r() < 0.15 ? 1 : 0));
    const groupMin = Int32Array.of(Math.floor(r() * 2), Math.floor(r() * 3));
    let best = Infinity;
    for (const s of subsets(m, k)) {
      if (s.some((j) => !allowed[j])) continue;
      if (forced.some((f, j) => f === 1 && !s.includes(j))) continue;
      if (Array.from(groupMin).some((min, g) => s.filter((j) => group[j] === g).length < min)) continue;
      best = Math.min(best, s.reduce((sum, j) => sum + rho[j], 0));
    }
    if (best === Infinity) {
      assert.throws(() => cheapestFeasibleSet(rho, k, allowed, forced, group, groupMin), DomainError);
      continue;
    }
    const x = cheapestFeasibleSet(rho, k, allowed, forced, group, groupMin);
    assert.equal(x.length, k);
    assert.ok(Array.from(x).every((j) => allowed[j]));
    assert.ok(forced.every((f, j) => f === 0 || x.includes(j)));
    assert.ok(Array.from(groupMin).every((min, g) => Array.from(x).filter((j) => group[j] === g).length >= min));
    assert.equal(Array.from(x).reduce((sum, j) => sum + rho[j], 0), best, `round ${round}`);
  }
});

test('the swap search can start from a given feasible set, and refuses one that breaks the rules', () => {
  const problem = randomProblem(4, 40, 10, 2);
  const prepared = prepareProblem(problem, { objective: 'p-median', keep: 3, mustKeep: ['s4'], minPerGroup: new Map([['g1', 2]]) });
  assert.ok(prepared.ok);
  const { instance } = denseInstanceOf(prepared.value);
  const fromGreedy = greedySwap(instance);
  const start = Int32Array.of(1, 3, 4); // s1 and s3 are in g1, s4 is kept
  const fromStart = greedySwap(instance, { start });
  assert.ok(fromStart.value <= fromStart.greedyValue);
  assert.ok(fromStart.selected.includes(4));
  assert.ok(Array.from(fromStart.selected).filter((j) => j % 2 === 1).length >= 2);
  assert.ok(fromGreedy.selected.includes(4));
  assert.throws(() => greedySwap(instance, { start: Int32Array.of(0, 2, 4) }), /breaks K, mustKeep or a group minimum/);
  assert.throws(() => greedySwap(instance, { start: Int32Array.of(1, 3, 5) }), /breaks K, mustKeep or a group minimum/);
  assert.throws(() => greedySwap(instance, { start: Int32Array.of(1, 1, 4) }), /not allowed or repeated/);
});
