import { DomainError } from '../../domain/errors.js';
import { ok, type Result } from '../../shared/result.js';
import { mergeCoveringSets } from './coverage-merge.js';
import { buildResult, evaluateSelection, objectiveValueOf } from './measure-selection.js';
import { greedySwap, type DenseInstance, type StepReport } from './greedy-swap.js';
import { preferSwaps } from './prefer-swap.js';
import { prepareProblem, type PreparedProblem } from './prepare.js';
import type { HeuristicOptions, LocationProblem, OptimizeError, OptimizeProgress, OptimizeSpec } from './types.js';
import type { OptimizeResult } from '../../contract/optimize-result.js';

/*
 * The heuristic answer: a prepared problem becomes the dense minimisation instance of `greedy-swap.ts`
 * (greedy construction + fast-interchange swaps), and the selection is measured on the original data.
 */

/** The dense instance for a prepared problem: merged 0/1 rows for MCLP, the minutes for p-median. */
export function denseInstanceOf(p: PreparedProblem): { instance: DenseInstance; toObjective: (value: number) => number } {
  const common = { m: p.m, k: p.k, allowed: p.allowed, forced: p.forced, group: p.group, groupMin: p.groupMin };
  if (p.objective === 'mclp') {
    const threshold = p.thresholdMinutes;
    if (threshold === null) throw new DomainError('optimize.invalid-instance', 'mclp needs a threshold');
    const rows = mergeCoveringSets(p, threshold);
    // A covered row costs a sliver (its mean minutes to the site, scaled so the whole sliver summed over
    // all rows stays below half the lightest row's weight) instead of 0: coverage still decides every
    // comparison, but among equal coverage the search prefers shorter travel. Besides being the better
    // answer for planners, this lets swaps move along coverage plateaus, which on the national data
    // brought the heuristic closer to the proven optimum.
    let lightest = Infinity;
    let coverableWeight = 0;
    for (let r = 0; r < rows.rows; r++) {
      if (rows.weight[r] > 0 && rows.weight[r] < lightest) lightest = rows.weight[r];
      coverableWeight += rows.weight[r];
    }
    const sliver = coverableWeight > 0 ? (0.5 * lightest) / coverableWeight : 0;
    const cost = new Float32Array(rows.rows * p.m).fill(1);
    const idx = new Int32Array(rows.coverIdx.length);
    for (let r = 0; r < rows.rows; r++) {
      const from = rows.coverStart[r];
      const to = rows.coverStart[r + 1];
      for (let x = from; x < to; x++) {
        const share = threshold > 0 ? rows.coverMinutes[x] / threshold : 0;
        cost[r * p.m + rows.coverIdx[x]] = sliver * share;
      }
      const sorted = Array.from(rows.coverIdx.subarray(from, to)).sort(
        (a, b) => cost[r * p.m + a] - cost[r * p.m + b] || a - b,
      );
      idx.set(sorted, from);
    }
    return {
      instance: { ...common, n: rows.rows, weight: rows.weight, cost, sentinel: 1, near: { start: rows.coverStart, idx } },
      // Within half the lightest row's weight of the covered weight (the sliver); progress display only.
      toObjective: (uncovered) => coverableWeight - uncovered,
    };
  }
  let max = 0;
  for (let x = 0; x < p.minutes.length; x++) if (p.minutes[x] > max) max = p.minutes[x];
  return {
    instance: { ...common, n: p.n, weight: p.weights, cost: p.minutes, sentinel: max + 1 },
    toObjective: (v) => v,
  };
}

/** Runs greedy + swap on a prepared problem; returns the selected candidate indices and timing. */
export function runHeuristic(
  p: PreparedProblem,
  options: HeuristicOptions = {},
): { selected: Int32Array; objectiveValue: number; seconds: number } {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const { instance, toObjective } = denseInstanceOf(p);
  const onProgress = options.onProgress;
  const report: StepReport | undefined = onProgress
    ? (phase, iteration, value) => {
        const progress: OptimizeProgress = {
          phase,
          iteration,
          objective: toObjective(value),
          bound: null,
          seconds: (now() - started) / 1000,
        };
        onProgress(progress);
      }
    : undefined;
  const outcome = greedySwap(instance, { report });
  const objectiveValue = objectiveValueOf(p, evaluateSelection(p, outcome.selected));
  return { selected: outcome.selected, objectiveValue, seconds: (now() - started) / 1000 };
}

/**
 * Greedy + swap answer for a problem, in well under a second at national size. Infeasible or unknown
 * requests come back as errors; see `prepareProblem`.
 */
export function solveHeuristic(
  problem: LocationProblem,
  spec: OptimizeSpec,
  options: HeuristicOptions = {},
): Result<OptimizeResult, OptimizeError> {
  const prepared = prepareProblem(problem, spec);
  if (!prepared.ok) return prepared;
  const p = prepared.value;
  const h = runHeuristic(p, options);
  return ok(
    buildResult(p, preferSwaps(p, h.selected, p.preferred), {
      status: 'heuristic',
      bound: null,
      solver: 'greedy+swap',
      seconds: h.seconds,
      heuristic: { objectiveValue: h.objectiveValue, seconds: h.seconds },
    }),
  );
}
