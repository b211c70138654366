import { DomainError } from '../../domain/errors.js';
import { greedySwap, type DenseInstance } from './greedy-swap.js';

/**
 * Lower bound for p-median problems too large for the assignment MIP: Lagrangian relaxation of the
 * assignment constraints Σ_j z_ij = 1 (the approach of Beasley 1985, "A note on solving large p-median
 * problems"), maximised by subgradient optimisation. For multipliers λ:
 *
 *   L(λ) = Σ_i λ_i + min_{X feasible} Σ_{j ∈ X} ρ_j,   ρ_j = Σ_i min(0, w_i c_ij − λ_i)
 *
 * Every L(λ) is a valid lower bound on the optimum of the full (unaggregated) problem, whatever λ is;
 * the best one seen is reported. "X feasible" keeps mustKeep, mustNot, group minimums and |X| = K, and
 * the cheapest such X is found exactly (see `cheapestFeasibleSet`). Each X is also a feasible siting:
 * it is priced, and each X better than every earlier one is improved by the swap search of
 * `heuristic.ts` (a Lagrangian heuristic); the best siting found replaces the incumbent.
 */
export interface LagrangianInput {
  readonly n: number;
  readonly m: number;
  readonly k: number;
  readonly weight: Float64Array;
  /** Row-major n × m minutes. */
  readonly cost: Float32Array;
  readonly allowed: Uint8Array;
  readonly forced: Uint8Array;
  readonly group: Int32Array;
  readonly groupMin: Int32Array;
  /** Incumbent (the heuristic's answer): its value and columns. */
  readonly upperValue: number;
  readonly upperSelected: Int32Array;
  /** All weights and costs are integers, so the optimum is too and the bound may be rounded up. */
  readonly integral: boolean;
}

export interface LagrangianLimits {
  readonly maxIterations: number;
  /** Stop when (upper − bound) / upper is at most this. */
  readonly targetGap: number;
  /** Stop when `now()` passes this (milliseconds, same clock as `now`). */
  readonly deadline: number;
  readonly now: () => number;
  readonly onIteration?: (iteration: number, bound: number, upper: number) => void;
}

export interface LagrangianOutcome {
  readonly bound: number;
  readonly upperValue: number;
  readonly upperSelected: Int32Array;
  readonly iterations: number;
  /** Why it stopped. */
  readonly stop: 'gap' | 'iterations' | 'time' | 'step' | 'exact';
  /** How many Lagrangian solutions got a swap search. */
  readonly polished: number;
}

/**
 * The X minimising Σ_{j∈X} ρ_j with mustKeep in, mustNot out, |X| = K and at least groupMin[g] from each
 * group g. Forced columns first; then, per group, its cheapest columns up to its minimum; then the
 * cheapest of the rest. This is exact: within a group the cheapest columns are always best, and the
 * cost of taking n_g from group g is convex in n_g, so filling by globally cheapest next column is optimal.
 */
export function cheapestFeasibleSet(
  rho: Float64Array,
  k: number,
  allowed: Uint8Array,
  forced: Uint8Array,
  group: Int32Array,
  groupMin: Int32Array,
): Int32Array {
  const m = rho.length;
  const free: number[] = [];
  const out: number[] = [];
  const taken = new Uint8Array(m);
  const count = new Int32Array(groupMin.length);
  for (let j = 0; j < m; j++) {
    if (forced[j]) {
      out.push(j);
      taken[j] = 1;
      if (group[j] >= 0) count[group[j]]++;
    } else if (allowed[j]) free.push(j);
  }
  free.sort((a, b) => rho[a] - rho[b] || a - b);
  for (const j of free) {
    const g = group[j];
    if (g >= 0 && count[g] < groupMin[g]) {
      out.push(j);
      taken[j] = 1;
      count[g]++;
    }
  }
  for (const j of free) {
    if (out.length >= k) break;
    if (!taken[j]) {
      out.push(j);
      taken[j] = 1;
    }
  }
  const short = Array.from(groupMin).findIndex((min, g) => count[g] < min);
  if (out.length !== k || short >= 0) {
    const why = out.length !== k ? `${out.length} columns instead of ${k}` : `group ${short} below its minimum`;
    throw new DomainError('optimize.invalid-instance', `no feasible set (${why}); feasibility was not checked`);
  }
  return Int32Array.from(out).sort();
}

function valueOf(input: LagrangianInput, selected: Int32Array): number {
  const { n, m, weight, cost } = input;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const base = i * m;
    let best = Infinity;
    for (let s = 0; s < selected.length; s++) {
      const c = cost[base + selected[s]];
      if (c < best) best = c;
    }
    v += weight[i] * best;
  }
  return v;
}

/** Rounds a bound up to the next integer when the data are integral, allowing for summation error. */
function tighten(bound: number, integral: boolean): number {
  if (!integral) return bound;
  return Math.ceil(bound - 1e-6 - 1e-9 * Math.abs(bound));
}

/**
 * Subgradient optimisation (Held, Wolfe & Crowder 1974 step rule): λ ← λ + μ (upper − L) / ‖g‖² · g with
 * g_i = 1 − |{j ∈ X : w_i c_ij < λ_i}|; μ starts at 2 and halves after 20 iterations without a better
 * bound. λ starts at w_i × (distance to the incumbent's nearest site), the incumbent's own assignment.
 */
export function lagrangianBound(input: LagrangianInput, limits: LagrangianLimits): LagrangianOutcome {
  const { n, m, k, weight, cost, allowed, forced, group, groupMin } = input;
  let upperValue = input.upperValue;
  let upperSelected = input.upperSelected;
  const lambda = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const base = i * m;
    let best = Infinity;
    for (const j of upperSelected) best = Math.min(best, cost[base + j]);
    lambda[i] = weight[i] * best;
  }
  let maxCost = 0;
  for (let x = 0; x < cost.length; x++) if (cost[x] > maxCost) maxCost = cost[x];
  const dense: DenseInstance = { n, m, k, weight, cost, sentinel: maxCost + 1, allowed, forced, group, groupMin };
  const polished = new Set<string>();
  let polishCount = 0;
  let bestX = Infinity;
  const rho = new Float64Array(m);
  const g = new Float64Array(n);
  let bound = -Infinity;
  let mu = 2;
  let stall = 0;
  let iterations = 0;
  let stop: LagrangianOutcome['stop'] = 'iterations';
  const gapOf = () => (upperValue - tighten(bound, input.integral)) / Math.max(Math.abs(upperValue), 1e-300);

  while (iterations < limits.maxIterations) {
    iterations++;
    rho.fill(0);
    let sumLambda = 0;
    for (let i = 0; i < n; i++) {
      const w = weight[i];
      const l = lambda[i];
      sumLambda += l;
      if (w === 0) {
        // A weightless point contributes min(0, −λ_i) to every ρ_j.
        if (l > 0) for (let j = 0; j < m; j++) rho[j] -= l;
        continue;
      }
      const base = i * m;
      for (let j = 0; j < m; j++) {
        const v = w * cost[base + j] - l;
        if (v < 0) rho[j] += v;
      }
    }
    const x = cheapestFeasibleSet(rho, k, allowed, forced, group, groupMin);
    let value = sumLambda;
    for (const j of x) value += rho[j];
    if (bound === -Infinity || value > bound + 1e-12 * Math.abs(bound)) {
      bound = value;
      stall = 0;
    } else if (++stall >= 20) {
      mu /= 2;
      stall = 0;
    }

    let norm = 0;
    for (let i = 0; i < n; i++) {
      const w = weight[i];
      const base = i * m;
      let served = 0;
      for (let s = 0; s < x.length; s++) if (w * cost[base + x[s]] < lambda[i]) served++;
      g[i] = 1 - served;
      norm += g[i] * g[i];
    }
    const xValue = valueOf(input, x);
    if (xValue < upperValue) {
      upperValue = xValue;
      upperSelected = x;
    }
    const key = x.join(',');
    if (xValue < bestX && !polished.has(key)) {
      // Each Lagrangian solution better than all before it is a good start for the swap search; on the
      // national data this closed most of the gap the greedy start leaves (the bound was already tight).
      bestX = xValue;
      polished.add(key);
      const local = greedySwap(dense, { start: x });
      polishCount++;
      if (local.value < upperValue) {
        upperValue = local.value;
        upperSelected = local.selected;
      }
    }
    limits.onIteration?.(iterations, tighten(bound, input.integral), upperValue);
    if (norm === 0) {
      // X serves every point exactly once at its multiplier: L equals X's value, so X is optimal.
      stop = 'exact';
      break;
    }
    if (gapOf() <= limits.targetGap) {
      stop = 'gap';
      break;
    }
    if (mu < 1e-4) {
      stop = 'step';
      break;
    }
    if (limits.now() > limits.deadline) {
      stop = 'time';
      break;
    }
    const step = (mu * (upperValue - value)) / norm;
    for (let i = 0; i < n; i++) lambda[i] += step * g[i];
  }
  return { bound: tighten(bound, input.integral), upperValue, upperSelected, iterations, stop, polished: polishCount };
}
