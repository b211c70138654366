import type { PreparedProblem } from './prepare.js';

/**
 * MCLP only cares which sites cover a demand point, so points with identical covering sets are one
 * row with their weights summed, and points no available site covers drop out (they can never count).
 * At national size this shrinks the rows the heuristic and the MIP work on.
 */
export interface CoverageRows {
  /** Number of merged rows. */
  readonly rows: number;
  readonly weight: Float64Array;
  /** CSR: the available candidates covering row r are `coverIdx[coverStart[r] .. coverStart[r + 1])`, ascending. */
  readonly coverStart: Int32Array;
  readonly coverIdx: Int32Array;
  /** Weighted mean minutes from the row's points to each covering candidate, parallel to `coverIdx`. */
  readonly coverMinutes: Float64Array;
  /** Weight of demand points that no available candidate covers. */
  readonly uncoverableWeight: number;
}

/** Groups demand points by their set of covering available candidates (`minutes <= threshold`). */
export function mergeCoveringSets(p: PreparedProblem, thresholdMinutes: number): CoverageRows {
  const { n, m, minutes, allowed, weights } = p;
  const rowOf = new Map<string, number>();
  const rowWeight: number[] = [];
  const rowCover: Int32Array[] = [];
  const rowMinutes: Float64Array[] = [];
  const scratch = new Int32Array(m);
  let uncoverableWeight = 0;
  for (let i = 0; i < n; i++) {
    const base = i * m;
    let count = 0;
    for (let j = 0; j < m; j++) {
      if (allowed[j] && minutes[base + j] <= thresholdMinutes) scratch[count++] = j;
    }
    const w = weights[i];
    if (count === 0) {
      uncoverableWeight += w;
      continue;
    }
    const cover = scratch.slice(0, count);
    const key = cover.join(',');
    let r = rowOf.get(key);
    if (r === undefined) {
      r = rowWeight.length;
      rowOf.set(key, r);
      rowWeight.push(0);
      rowCover.push(cover);
      rowMinutes.push(new Float64Array(count));
    }
    rowWeight[r] += w;
    const sums = rowMinutes[r];
    for (let x = 0; x < count; x++) sums[x] += w * minutes[base + cover[x]];
  }
  const rows = rowWeight.length;
  const coverStart = new Int32Array(rows + 1);
  for (let r = 0; r < rows; r++) coverStart[r + 1] = coverStart[r] + rowCover[r].length;
  const coverIdx = new Int32Array(coverStart[rows]);
  const coverMinutes = new Float64Array(coverStart[rows]);
  for (let r = 0; r < rows; r++) {
    coverIdx.set(rowCover[r], coverStart[r]);
    const w = rowWeight[r];
    rowMinutes[r].forEach((sum, x) => {
      coverMinutes[coverStart[r] + x] = w > 0 ? sum / w : 0;
    });
  }
  return { rows, weight: Float64Array.from(rowWeight), coverStart, coverIdx, coverMinutes, uncoverableWeight };
}
