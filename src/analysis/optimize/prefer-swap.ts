import { mergeCoveringSets } from './coverage-merge.js';
import { evaluateSelection, objectiveValueOf } from './measure-selection.js';
import type { PreparedProblem } from './prepare.js';

/**
 * Tie-break for MCLP: coverage has wide plateaus (in a town every office covers the same people), so
 * an optimal selection can differ from a preferred set (the actual structure) in many sites that change
 * nothing. This pass swaps a selected non-preferred site for an unselected preferred one whenever the
 * covered weight does not drop, until no such swap is left, so the differences that remain are the
 * ones coverage asks for. It keeps mustKeep, mustNot and group minimums, and never lowers coverage:
 * the result is re-measured and the input returned if rounding made it worse.
 *
 * Swaps are evaluated on the merged covering rows with a count of selected covering sites per row:
 * dropping s loses the rows only s covers (unless the entering site covers them too), adding b gains
 * the rows nothing covers. Preferred sites are tried by the weight within their reach, largest first
 * (so the preferred sites left out are those that reach fewest people), ties by index; the leaving
 * site is the first by index that keeps coverage.
 * p-median values are continuous minutes where exact ties are rare, so the pass leaves them alone.
 */
export function preferSwaps(p: PreparedProblem, selected: Int32Array, preferred: Uint8Array): Int32Array {
  if (p.objective !== 'mclp' || p.thresholdMinutes === null) return selected;
  const rows = mergeCoveringSets(p, p.thresholdMinutes);
  // Columns → rows they cover (CSR), from the rows' cover lists.
  const colCount = new Int32Array(p.m + 1);
  for (let x = 0; x < rows.coverIdx.length; x++) colCount[rows.coverIdx[x] + 1]++;
  for (let j = 0; j < p.m; j++) colCount[j + 1] += colCount[j];
  const colRows = new Int32Array(rows.coverIdx.length);
  const fill = colCount.slice(0, p.m);
  for (let r = 0; r < rows.rows; r++) {
    for (let x = rows.coverStart[r]; x < rows.coverStart[r + 1]; x++) colRows[fill[rows.coverIdx[x]]++] = r;
  }
  const isSelected = new Uint8Array(p.m);
  for (const j of selected) isSelected[j] = 1;
  const count = new Int32Array(rows.rows);
  for (let j = 0; j < p.m; j++) {
    if (!isSelected[j]) continue;
    for (let x = colCount[j]; x < colCount[j + 1]; x++) count[colRows[x]]++;
  }
  const groupCount = new Int32Array(p.groupMin.length);
  for (let j = 0; j < p.m; j++) if (isSelected[j] && p.group[j] >= 0) groupCount[p.group[j]]++;

  const reach = new Float64Array(p.m);
  for (let j = 0; j < p.m; j++) for (let x = colCount[j]; x < colCount[j + 1]; x++) reach[j] += rows.weight[colRows[x]];
  const order = Array.from({ length: p.m }, (_, j) => j).sort((a, b) => reach[b] - reach[a] || a - b);
  const coveredBy = new Uint8Array(rows.rows);
  const tolerance = 1e-12 * Math.max(1, p.totalWeight);
  let changed = false;
  // A swap can make room for a preferred site tried earlier, so repeat until a round swaps nothing;
  // every swap adds a preferred site for good, so there are at most K of them.
  for (let round = true; round; ) {
    round = false;
    for (const b of order) {
      if (!preferred[b] || isSelected[b] || !p.allowed[b]) continue;
      let gain = 0;
      for (let x = colCount[b]; x < colCount[b + 1]; x++) {
        const r = colRows[x];
        coveredBy[r] = 1;
        if (count[r] === 0) gain += rows.weight[r];
      }
      for (let s = 0; s < p.m; s++) {
        if (!isSelected[s] || preferred[s] || p.forced[s]) continue;
        const g = p.group[s];
        if (g >= 0 && g !== p.group[b] && groupCount[g] <= p.groupMin[g]) continue;
        let loss = 0;
        for (let x = colCount[s]; x < colCount[s + 1]; x++) {
          const r = colRows[x];
          if (count[r] === 1 && !coveredBy[r]) loss += rows.weight[r];
        }
        if (gain - loss < -tolerance) continue;
        isSelected[s] = 0;
        isSelected[b] = 1;
        for (let x = colCount[s]; x < colCount[s + 1]; x++) count[colRows[x]]--;
        for (let x = colCount[b]; x < colCount[b + 1]; x++) count[colRows[x]]++;
        if (g >= 0) groupCount[g]--;
        if (p.group[b] >= 0) groupCount[p.group[b]]++;
        changed = true;
        round = true;
        break;
      }
      for (let x = colCount[b]; x < colCount[b + 1]; x++) coveredBy[colRows[x]] = 0;
    }
  }
  if (!changed) return selected;
  const out: number[] = [];
  for (let j = 0; j < p.m; j++) if (isSelected[j]) out.push(j);
  const swapped = Int32Array.from(out);
  const before = objectiveValueOf(p, evaluateSelection(p, selected));
  const after = objectiveValueOf(p, evaluateSelection(p, swapped));
  return after >= before ? swapped : selected;
}
