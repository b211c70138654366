import type { LocationProblem, OptimizeSpec } from '../../src/analysis/optimize/index.js';

/** Small seeded PRNG (mulberry32) so random instances are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Points in a 100 × 100 square; minutes are Euclidean distances (rounded to 0.1), integer weights. */
export function randomProblem(seed: number, n: number, m: number, groups = 0): LocationProblem {
  const r = rng(seed);
  const demand = Array.from({ length: n }, () => [r() * 100, r() * 100] as const);
  const sites = Array.from({ length: m }, () => [r() * 100, r() * 100] as const);
  const minutes = new Float32Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      minutes[i * m + j] = Math.round(Math.hypot(demand[i][0] - sites[j][0], demand[i][1] - sites[j][1]) * 10) / 10;
    }
  }
  return {
    demandIds: demand.map((_, i) => `d${i}`),
    demandWeights: Float64Array.from(demand, () => 1 + Math.floor(r() * 50)),
    candidateIds: sites.map((_, j) => `s${j}`),
    candidateGroups: groups > 0 ? sites.map((_, j) => `g${j % groups}`) : undefined,
    minutes,
  };
}

/** Value of a selection: covered weight (mclp) or weighted minutes (p-median). */
export function valueOf(problem: LocationProblem, spec: OptimizeSpec, selected: readonly number[]): number {
  const m = problem.candidateIds.length;
  let v = 0;
  problem.demandWeights.forEach((w, i) => {
    let best = Infinity;
    for (const j of selected) best = Math.min(best, problem.minutes[i * m + j]);
    if (spec.objective === 'mclp') v += best <= (spec.thresholdMinutes ?? 0) ? w : 0;
    else v += w * best;
  });
  return v;
}

function* subsets(m: number, k: number, start = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === k) {
    yield prefix.slice();
    return;
  }
  for (let j = start; j <= m - (k - prefix.length); j++) {
    prefix.push(j);
    yield* subsets(m, k, j + 1, prefix);
    prefix.pop();
  }
}

/** Best value over all C(M, K) subsets that honour the spec's constraints; null when none does. */
export function bruteForce(problem: LocationProblem, spec: OptimizeSpec): { value: number; selected: number[] } | null {
  const ids = problem.candidateIds;
  const keep = new Set(spec.mustKeep ?? []);
  const not = new Set(spec.mustNot ?? []);
  let best: { value: number; selected: number[] } | null = null;
  for (const s of subsets(ids.length, spec.keep)) {
    const names = s.map((j) => ids[j]);
    if (names.some((x) => not.has(x))) continue;
    if ([...keep].some((x) => !names.includes(x))) continue;
    let okGroups = true;
    for (const [g, min] of spec.minPerGroup ?? []) {
      if (s.filter((j) => problem.candidateGroups?.[j] === g).length < min) okGroups = false;
    }
    if (!okGroups) continue;
    const v = valueOf(problem, spec, s);
    const better = best === null || (spec.objective === 'mclp' ? v > best.value : v < best.value);
    if (better) best = { value: v, selected: s };
  }
  return best;
}
