/**
 * Population-weighted quantiles, defined exactly (no interpolation):
 *
 *   Q(p) = the smallest value v such that the population with a value ≤ v is at least p of the total,
 *
 * for 0 < p ≤ 1, counting only points with population > 0. So with four equal points at 10, 20, 30,
 * 40 minutes the median is 20 (half the people are at ≤ 20) and the 90th percentile is 40. "At least
 * p" is tested as `cumulative / total >= p`: a correctly rounded division of the exact sums, so
 * 27 of 30 people meets p = 0.9, where `cumulative >= 0.9 * total` would not (0.9 × 30 is
 * 27.000000000000004 in floating point). A group without population has no quantile (NaN).
 */

/** Indices 0..n-1 ordered by ascending value, ties by index: computed once, shared by every group. */
export function ascendingOrder(values: ArrayLike<number>): Uint32Array {
  const order = new Uint32Array(values.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => values[a] - values[b] || a - b);
}

/**
 * Quantiles per group in one pass over the sorted order. `group[i]` in 0..groupCount-1 (or null: all
 * in group 0). Returns `out[g * ps.length + k]` = Q(ps[k]) of group g.
 */
export function groupedWeightedQuantiles(
  order: Uint32Array,
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  group: Int32Array | null,
  groupCount: number,
  ps: readonly number[],
): Float64Array {
  for (const p of ps) if (!(p > 0 && p <= 1)) throw new RangeError(`quantile ${p} is not in (0, 1]`);
  const total = new Float64Array(groupCount);
  for (let i = 0; i < values.length; i++) if (weights[i] > 0) total[group ? group[i] : 0] += weights[i];
  const out = new Float64Array(groupCount * ps.length).fill(NaN);
  const cumulative = new Float64Array(groupCount);
  // Next quantile (index into ps, ascending p assumed by walking all) still to find per group.
  const found = new Int32Array(groupCount);
  const last = new Float64Array(groupCount);
  const byP = ps.map((p, k) => ({ p, k })).sort((a, b) => a.p - b.p);
  for (let r = 0; r < order.length; r++) {
    const i = order[r];
    const w = weights[i];
    if (!(w > 0)) continue;
    const g = group ? group[i] : 0;
    cumulative[g] += w;
    last[g] = values[i];
    while (found[g] < byP.length && cumulative[g] / total[g] >= byP[found[g]].p) {
      out[g * ps.length + byP[found[g]].k] = values[i];
      found[g]++;
    }
  }
  // Fractional weights summed in another order can leave the last cumulative a hair under the total:
  // a quantile still open then is the group's largest value, which is what exact sums would give.
  for (let g = 0; g < groupCount; g++) {
    for (let f = found[g]; total[g] > 0 && f < byP.length; f++) out[g * ps.length + byP[f].k] = last[g];
  }
  return out;
}

/** Q(p) of one weighted set (the reference definition; metrics use the grouped form). */
export function weightedQuantile(values: ArrayLike<number>, weights: ArrayLike<number>, p: number): number {
  return groupedWeightedQuantiles(ascendingOrder(values), values, weights, null, 1, [p])[0];
}
