import { DomainError } from '../../domain/errors.js';

/**
 * A dense minimisation instance: choose K columns minimising Σ_i weight_i · min_{j chosen} cost_ij.
 * Both objectives reduce to it: p-median directly (cost = minutes), MCLP on merged rows with cost 1
 * when the site does not cover the row and (nearly) 0 when it does, so the value is the uncovered weight.
 * `sentinel` is the cost of a row before any column is chosen; it must be ≥ every cost.
 */
export interface DenseInstance {
  readonly n: number;
  readonly m: number;
  readonly k: number;
  readonly weight: Float64Array;
  /** Row-major n × m. */
  readonly cost: Float32Array;
  readonly sentinel: number;
  readonly allowed: Uint8Array;
  readonly forced: Uint8Array;
  readonly group: Int32Array;
  readonly groupMin: Int32Array;
  /**
   * Optional sparse view for rows where most columns cost exactly `sentinel` (MCLP): row i's columns
   * costing less than `sentinel` are `idx[start[i] .. start[i + 1])`, in ascending cost. The loops then
   * visit only those and stop at the first that is too dear; every unlisted column must cost `sentinel`.
   */
  readonly near?: { readonly start: Int32Array; readonly idx: Int32Array };
}

export interface LocalSearchOutcome {
  /** Chosen columns, ascending. */
  readonly selected: Int32Array;
  readonly value: number;
  /** Value before the swaps (of the greedy, or of the given start). */
  readonly greedyValue: number;
  readonly swaps: number;
}

export type StepReport = (phase: 'greedy' | 'swap', iteration: number, value: number) => void;

/** Rebuild the incremental sums from scratch this often, so floating-point drift cannot pile up. */
const REBUILD_EVERY = 64;
const MAX_SWAPS = 1_000_000;

/**
 * Greedy construction, then best-improvement vertex swaps ("fast interchange": Whitaker 1983, in the
 * incremental form of Resende & Werneck 2003, "A fast swap-based local search procedure for location
 * problems"). Each demand row keeps its nearest and second-nearest chosen column (φ1, d1, φ2, d2), and
 * three sums make a swap (add j, drop r) cost O(1) to evaluate:
 *
 *   gain[j]     = Σ_i w_i · max(0, d1_i − c_ij)                          (what adding j saves)
 *   loss[r]     = Σ_{i: φ1_i = r} w_i · (d2_i − d1_i)                       (what dropping r costs)
 *   extra[j, r] = Σ_{i: φ1_i = r, c_ij < d2_i} w_i · (d2_i − max(c_ij, d1_i)) (correction when both)
 *
 *   profit(j, r) = gain[j] − loss[r] + extra[j, r]
 *
 * After a swap only rows whose φ1 or φ2 was the dropped column, or that the new column serves better
 * than their d2, change; their old contributions are subtracted and the new ones added.
 *
 * Constraints: forced columns are chosen first and never dropped; disallowed columns never enter;
 * group minimums are kept by the greedy (while the free slots equal the outstanding minimums it only
 * picks from groups below their minimum) and by the swap (a column may leave a group at its minimum
 * only for a column of the same group). The caller has checked feasibility (`prepareProblem`).
 *
 * Deterministic: the greedy takes the largest gain, ties to the lowest column index; the swap takes the
 * largest profit, ties to the lowest entering column, then the lowest leaving column; a swap must gain
 * more than a tiny tolerance (1e-12 of the starting value) so rounding cannot make it cycle.
 */
export function greedySwap(inst: DenseInstance, options: { report?: StepReport; start?: Int32Array } = {}): LocalSearchOutcome {
  const { report, start } = options;
  const { n, m, k, weight, cost, sentinel, allowed, forced, group, groupMin } = inst;
  for (const [name, length, expected] of [
    ['weight', weight.length, n],
    ['cost', cost.length, n * m],
    ['allowed', allowed.length, m],
    ['forced', forced.length, m],
    ['group', group.length, m],
  ] as const) {
    if (length !== expected) {
      throw new DomainError('optimize.invalid-instance', `${name} has ${length} entries, expected ${expected} (n=${n}, m=${m})`);
    }
  }
  if (!(k >= 1 && k <= m)) throw new DomainError('optimize.invalid-instance', `k must be in 1..${m}, got ${k}`);

  // ---- greedy ----------------------------------------------------------------------------------
  const near = inst.near;
  if (near && (near.start.length !== n + 1 || near.start[n] !== near.idx.length)) {
    throw new DomainError('optimize.invalid-instance', `near lists do not match n=${n}`);
  }
  const nearStart = near?.start ?? new Int32Array(0);
  const nearIdx = near?.idx ?? new Int32Array(0);
  const d1 = new Float64Array(n).fill(sentinel);
  const gain = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const w = weight[i];
    if (w === 0) continue;
    const base = i * m;
    if (near) {
      for (let x = nearStart[i]; x < nearStart[i + 1]; x++) gain[nearIdx[x]] += w * (sentinel - cost[base + nearIdx[x]]);
    } else {
      for (let j = 0; j < m; j++) gain[j] += w * (sentinel - cost[base + j]);
    }
  }
  const chosen = new Uint8Array(m);
  const groupCount = new Int32Array(groupMin.length);
  const order: number[] = [];
  const addColumn = (s: number): void => {
    chosen[s] = 1;
    order.push(s);
    if (group[s] >= 0) groupCount[group[s]]++;
    for (let i = 0; i < n; i++) {
      const base = i * m;
      const c = cost[base + s];
      const a = d1[i];
      if (!(c < a)) continue;
      const w = weight[i];
      if (w !== 0 && near) {
        // Row i's saving from any column j drops from max(0, a − c_ij) to max(0, c − c_ij).
        for (let x = nearStart[i]; x < nearStart[i + 1]; x++) {
          const j = nearIdx[x];
          const cj = cost[base + j];
          if (cj >= a) break;
          gain[j] -= w * (a - (cj > c ? cj : c));
        }
      } else if (w !== 0) {
        for (let j = 0; j < m; j++) {
          const cj = cost[base + j];
          const t = cj > c ? cj : c;
          if (t < a) gain[j] -= w * (a - t);
        }
      }
      d1[i] = c;
    }
  };
  const totalValue = (): number => {
    let v = 0;
    for (let i = 0; i < n; i++) v += weight[i] * d1[i];
    return v;
  };
  if (start) {
    // Local search from a given feasible set (e.g. a Lagrangian solution) instead of the greedy.
    for (const j of start) {
      if (!allowed[j] || chosen[j]) throw new DomainError('optimize.invalid-instance', `start column ${j} is not allowed or repeated`);
      chosen[j] = 1;
      order.push(j);
      if (group[j] >= 0) groupCount[group[j]]++;
    }
    const short = Array.from(groupMin).some((min, g) => groupCount[g] < min);
    if (order.length !== k || short || forced.some((f, j) => f === 1 && !chosen[j])) {
      throw new DomainError('optimize.invalid-instance', 'the start set breaks K, mustKeep or a group minimum');
    }
  } else {
    for (let j = 0; j < m; j++) if (forced[j]) addColumn(j);
  }
  let deficit = 0;
  for (let g = 0; g < groupMin.length; g++) deficit += Math.max(0, groupMin[g] - groupCount[g]);
  while (order.length < k) {
    const onlyShort = k - order.length <= deficit;
    let best = -1;
    let bestGain = -Infinity;
    for (let j = 0; j < m; j++) {
      if (!allowed[j] || chosen[j]) continue;
      const g = group[j];
      if (onlyShort && !(g >= 0 && groupCount[g] < groupMin[g])) continue;
      if (gain[j] > bestGain) {
        bestGain = gain[j];
        best = j;
      }
    }
    if (best < 0) throw new DomainError('optimize.invalid-instance', 'no column left to choose; feasibility was not checked');
    const g = group[best];
    if (g >= 0 && groupCount[g] < groupMin[g]) deficit--;
    addColumn(best);
    if (report) report('greedy', order.length, totalValue());
  }

  // ---- swap (fast interchange) ----------------------------------------------------------------
  const slotOf = new Int32Array(m).fill(-1);
  const facAt = new Int32Array(k);
  order.forEach((j, s) => {
    facAt[s] = j;
    slotOf[j] = s;
  });
  const phi1 = new Int32Array(n);
  const phi2 = new Int32Array(n);
  const d2 = new Float64Array(n);
  const loss = new Float64Array(k);
  const extra = new Float64Array(m * k);

  const assign = (i: number): void => {
    const base = i * m;
    let b1 = Infinity;
    let f1 = -1;
    let b2 = Infinity;
    let f2 = -1;
    for (let s = 0; s < k; s++) {
      const f = facAt[s];
      const c = cost[base + f];
      if (c < b1 || (c === b1 && f < f1)) {
        b2 = b1;
        f2 = f1;
        b1 = c;
        f1 = f;
      } else if (c < b2 || (c === b2 && f < f2)) {
        b2 = c;
        f2 = f;
      }
    }
    phi1[i] = f1;
    d1[i] = b1;
    phi2[i] = f2;
    d2[i] = f2 < 0 ? sentinel : b2;
  };
  const contribute = (i: number, sign: number): void => {
    const w = weight[i] * sign;
    if (w === 0) return;
    const a = d1[i];
    const b = d2[i];
    const s1 = slotOf[phi1[i]];
    loss[s1] += w * (b - a);
    const base = i * m;
    if (near) {
      for (let x = nearStart[i]; x < nearStart[i + 1]; x++) {
        const j = nearIdx[x];
        const c = cost[base + j];
        if (c >= b) break;
        extra[j * k + s1] += w * (b - (c > a ? c : a));
        if (c < a) gain[j] += w * (a - c);
      }
      return;
    }
    for (let j = 0; j < m; j++) {
      const c = cost[base + j];
      if (c < b) {
        extra[j * k + s1] += w * (b - (c > a ? c : a));
        if (c < a) gain[j] += w * (a - c);
      }
    }
  };
  const rebuild = (): void => {
    gain.fill(0);
    loss.fill(0);
    extra.fill(0);
    for (let i = 0; i < n; i++) {
      assign(i);
      contribute(i, 1);
    }
  };
  const affected = new Int32Array(n);
  const applySwap = (jIn: number, rOut: number): void => {
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (phi1[i] === rOut || phi2[i] === rOut || cost[i * m + jIn] < d2[i]) affected[count++] = i;
    }
    for (let a = 0; a < count; a++) contribute(affected[a], -1);
    const s = slotOf[rOut];
    facAt[s] = jIn;
    slotOf[jIn] = s;
    slotOf[rOut] = -1;
    chosen[jIn] = 1;
    chosen[rOut] = 0;
    if (group[jIn] >= 0) groupCount[group[jIn]]++;
    if (group[rOut] >= 0) groupCount[group[rOut]]--;
    for (let a = 0; a < count; a++) {
      assign(affected[a]);
      contribute(affected[a], 1);
    }
  };

  rebuild();
  let value = totalValue();
  const greedyValue = value;
  const tolerance = 1e-12 * Math.max(Math.abs(value), 1e-300);
  let swaps = 0;
  while (swaps < MAX_SWAPS) {
    let bestProfit = tolerance;
    let bestIn = -1;
    let bestOut = -1;
    for (let j = 0; j < m; j++) {
      if (!allowed[j] || chosen[j]) continue;
      const gj = gain[j];
      const gIn = group[j];
      const row = j * k;
      for (let s = 0; s < k; s++) {
        const r = facAt[s];
        if (forced[r]) continue;
        const gOut = group[r];
        if (gOut >= 0 && gOut !== gIn && groupCount[gOut] <= groupMin[gOut]) continue;
        const profit = gj - loss[s] + extra[row + s];
        if (profit > bestProfit || (profit === bestProfit && j === bestIn && r < bestOut)) {
          bestProfit = profit;
          bestIn = j;
          bestOut = r;
        }
      }
    }
    if (bestIn < 0) break;
    applySwap(bestIn, bestOut);
    const next = totalValue();
    if (!(next < value)) {
      // The sums promised a gain the exact value does not show (rounding): undo and stop here.
      applySwap(bestOut, bestIn);
      break;
    }
    value = next;
    swaps++;
    if (swaps % REBUILD_EVERY === 0) rebuild();
    if (report) report('swap', swaps, value);
  }

  const selected = Int32Array.from(facAt).sort();
  return { selected, value: totalValue(), greedyValue, swaps };
}

