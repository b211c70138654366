import { DomainError } from '../../domain/errors.js';
import type { PreparedProblem } from './prepare.js';
import type { LocationProblem, SolveStatus } from './types.js';
import type { OptimizeResult } from '../../contract/optimize-result.js';

/** What `evaluateSelection` reads of a prepared problem. */
type MeasuredProblem = Pick<PreparedProblem, 'n' | 'm' | 'minutes' | 'weights' | 'thresholdMinutes' | 'totalWeight'>;

/** Figures of one selection on the original (unmerged) demand points. */
export interface SelectionMetrics {
  /** null when there is no threshold. */
  readonly coveredWeight: number | null;
  readonly weightedMinutes: number;
  readonly totalWeight: number;
}

/** Measures a selection (candidate indices) against every demand point. O(N × K). */
export function evaluateSelection(p: MeasuredProblem, selected: Int32Array): SelectionMetrics {
  const { n, m, minutes, weights } = p;
  const threshold = p.thresholdMinutes;
  let covered = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    const base = i * m;
    let best = Infinity;
    for (let s = 0; s < selected.length; s++) {
      const c = minutes[base + selected[s]];
      if (c < best) best = c;
    }
    const w = weights[i];
    if (w === 0) continue;
    weighted += w * best;
    if (threshold !== null && best <= threshold) covered += w;
  }
  return { coveredWeight: threshold === null ? null : covered, weightedMinutes: weighted, totalWeight: p.totalWeight };
}

/** The value the objective optimises: covered weight (mclp, max) or weighted minutes (p-median, min). */
export function objectiveValueOf(p: PreparedProblem, metrics: SelectionMetrics): number {
  return p.objective === 'mclp' ? (metrics.coveredWeight ?? 0) : metrics.weightedMinutes;
}

/** True when `a` is a better objective value than `b` for this problem's direction. */
export function isBetter(p: PreparedProblem, a: number, b: number): boolean {
  return p.objective === 'mclp' ? a > b : a < b;
}

/**
 * Relative distance between a value and a proven bound, `|bound − value| / |value|`, clamped at 0
 * when solver tolerance puts the bound a hair on the wrong side. null when the value is 0 and the
 * bound is not (the ratio is undefined).
 */
export function relativeGap(p: PreparedProblem, value: number, bound: number): number | null {
  const distance = p.objective === 'mclp' ? bound - value : value - bound;
  if (value === 0) return distance <= 0 ? 0 : null;
  return Math.max(0, distance) / Math.abs(value);
}

export interface ResultFields {
  readonly status: SolveStatus;
  readonly bound: number | null;
  readonly solver: string;
  readonly seconds: number;
  readonly heuristic: { readonly objectiveValue: number; readonly seconds: number };
}

/** Builds the public result for a selection; every figure is measured here from the data. */
export function buildResult(p: PreparedProblem, selected: Int32Array, fields: ResultFields): OptimizeResult {
  const metrics = evaluateSelection(p, selected);
  const objectiveValue = objectiveValueOf(p, metrics);
  const sorted = Int32Array.from(selected).sort();
  const total = metrics.totalWeight;
  return {
    objective: p.objective,
    keep: p.k,
    thresholdMinutes: p.thresholdMinutes,
    selected: Array.from(sorted, (j) => p.candidateIds[j]),
    status: fields.status,
    objectiveValue,
    coveredShare: metrics.coveredWeight === null ? null : total > 0 ? metrics.coveredWeight / total : 0,
    coveredWeight: metrics.coveredWeight,
    totalWeight: total,
    weightedMinutes: metrics.weightedMinutes,
    meanMinutes: total > 0 ? metrics.weightedMinutes / total : 0,
    baselineCoveredShare: null,
    // A solver may report a zero bound as −0; JSON would print it as 0 anyway.
    bound: fields.bound === null ? null : fields.bound + 0,
    gap: fields.bound === null ? null : relativeGap(p, objectiveValue, fields.bound),
    solver: fields.solver,
    seconds: fields.seconds,
    heuristic: { objectiveValue: fields.heuristic.objectiveValue, seconds: fields.heuristic.seconds },
  };
}

/** Coverage and travel of a named set of candidates, as `buildResult` measures a selection. */
export interface SelectionMeasure {
  /** null when no threshold is given. */
  readonly coveredWeight: number | null;
  readonly coveredShare: number | null;
  readonly weightedMinutes: number;
  readonly meanMinutes: number;
  readonly totalWeight: number;
}

/**
 * Measures any set of candidates (e.g. the actual structure, to set beside an optimised one) on the
 * same demand, minutes and threshold comparison (`minutes <= threshold`) as the solver's own figures.
 * The ids must be candidates of the problem and the set non-empty: the caller built both, so a
 * mismatch is a bug and throws.
 */
export function measureSelection(problem: LocationProblem, ids: readonly string[], thresholdMinutes: number | null): SelectionMeasure {
  const n = problem.demandWeights.length;
  const m = problem.candidateIds.length;
  if (problem.minutes.length !== n * m) {
    throw new DomainError('optimize.invalid-problem', `minutes has ${problem.minutes.length} entries, expected ${n} × ${m}`);
  }
  const index = new Map(problem.candidateIds.map((id, j) => [id, j]));
  const selected = Int32Array.from(ids, (id) => {
    const j = index.get(id);
    if (j === undefined) throw new DomainError('optimize.unknown-candidate', `"${id}" is not a candidate of the problem`);
    return j;
  });
  if (selected.length === 0) throw new DomainError('optimize.invalid-parameter', 'measureSelection needs at least one candidate');
  let totalWeight = 0;
  for (let i = 0; i < n; i++) totalWeight += problem.demandWeights[i];
  const metrics = evaluateSelection(
    { n, m, minutes: problem.minutes, weights: problem.demandWeights, thresholdMinutes, totalWeight },
    selected,
  );
  const share = (x: number) => (totalWeight > 0 ? x / totalWeight : 0);
  return {
    coveredWeight: metrics.coveredWeight,
    coveredShare: metrics.coveredWeight === null ? null : share(metrics.coveredWeight),
    weightedMinutes: metrics.weightedMinutes,
    meanMinutes: share(metrics.weightedMinutes),
    totalWeight,
  };
}
