import { DomainError } from '../../domain/errors.js';
import { mergeCoveringSets } from './coverage-merge.js';
import type { PreparedProblem } from './prepare.js';

/**
 * A MIP as plain typed arrays (rows in CSR), so it can be posted to the worker by structured clone and
 * handed to HiGHS's structured `createModel` there. Building LP text would cost more than solving at
 * national size. Infinite bounds are ±Infinity here; the worker maps them to `highs.infinity`.
 *
 * Column layout: columns 0 .. candidateOfColumn.length−1 are the site variables x_j (binary) for the
 * available candidates, in candidate order; the rest are the model's own variables.
 */
export interface MipModel {
  readonly sense: 'minimize' | 'maximize';
  readonly numCols: number;
  readonly numRows: number;
  readonly offset: number;
  readonly colCost: Float64Array;
  readonly colLower: Float64Array;
  readonly colUpper: Float64Array;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  readonly rowStart: Int32Array;
  readonly rowIndex: Int32Array;
  readonly rowValue: Float64Array;
  /** 1 integer, 0 continuous. */
  readonly integrality: Int32Array;
  /** Candidate index of each site column. */
  readonly candidateOfColumn: Int32Array;
  /** A feasible start (the heuristic's answer) for every column. */
  readonly start: Float64Array;
  /** One line saying which formulation this is, for the result's `solver` text. */
  readonly formulation: string;
}

/** Accumulates CSR rows; rows are appended whole. */
class RowBuilder {
  private readonly starts: number[] = [0];
  private readonly indices: number[] = [];
  private readonly values: number[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];

  add(lower: number, upper: number, indices: ArrayLike<number>, values: ArrayLike<number>): void {
    for (let x = 0; x < indices.length; x++) {
      this.indices.push(indices[x]);
      this.values.push(values[x]);
    }
    this.starts.push(this.indices.length);
    this.lower.push(lower);
    this.upper.push(upper);
  }

  get count(): number {
    return this.lower.length;
  }

  finish() {
    return {
      rowStart: Int32Array.from(this.starts),
      rowIndex: Int32Array.from(this.indices),
      rowValue: Float64Array.from(this.values),
      rowLower: Float64Array.from(this.lower),
      rowUpper: Float64Array.from(this.upper),
    };
  }
}

/** Site columns for the available candidates, with mustKeep fixed to 1, and their shared rows. */
function siteColumns(p: PreparedProblem) {
  const candidateOfColumn: number[] = [];
  const columnOf = new Int32Array(p.m).fill(-1);
  for (let j = 0; j < p.m; j++) {
    if (!p.allowed[j]) continue;
    columnOf[j] = candidateOfColumn.length;
    candidateOfColumn.push(j);
  }
  return { candidateOfColumn: Int32Array.from(candidateOfColumn), columnOf };
}

/** Σ x_j = K, and Σ_{j in g} x_j ≥ min_g for each group with a minimum. */
function addSelectionRows(p: PreparedProblem, rows: RowBuilder, candidateOfColumn: Int32Array): void {
  const sites = candidateOfColumn.length;
  rows.add(p.k, p.k, Int32Array.from({ length: sites }, (_, c) => c), new Float64Array(sites).fill(1));
  for (let g = 0; g < p.groupMin.length; g++) {
    if (p.groupMin[g] <= 0) continue;
    const cols: number[] = [];
    candidateOfColumn.forEach((j, c) => {
      if (p.group[j] === g) cols.push(c);
    });
    rows.add(p.groupMin[g], Infinity, cols, new Float64Array(cols.length).fill(1));
  }
}

/**
 * MCLP (Church & ReVelle 1974) on demand rows merged by covering set:
 *   max Σ_r w_r y_r   s.t.  y_r ≤ Σ_{j covers r} x_j,  Σ x_j = K,  group minimums,  x binary, 0 ≤ y ≤ 1.
 * y may stay continuous: for integral x the optimum puts y_r = min(1, Σ x_j), which is 0 or 1.
 * Rows a mustKeep site covers are always covered; their weight goes into the objective offset.
 */
export function buildMclpModel(p: PreparedProblem, heuristicSelected: Int32Array): MipModel {
  if (p.thresholdMinutes === null) throw new DomainError('optimize.invalid-instance', 'an MCLP model needs thresholdMinutes');
  const cover = mergeCoveringSets(p, p.thresholdMinutes);
  const { candidateOfColumn, columnOf } = siteColumns(p);
  const sites = candidateOfColumn.length;
  const selected = new Uint8Array(p.m);
  for (const j of heuristicSelected) selected[j] = 1;

  let offset = 0;
  const keptRows: number[] = [];
  for (let r = 0; r < cover.rows; r++) {
    let forcedCover = false;
    for (let x = cover.coverStart[r]; x < cover.coverStart[r + 1]; x++) if (p.forced[cover.coverIdx[x]]) forcedCover = true;
    if (forcedCover) offset += cover.weight[r];
    else keptRows.push(r);
  }
  const numCols = sites + keptRows.length;
  const colCost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols).fill(1);
  const integrality = new Int32Array(numCols);
  const start = new Float64Array(numCols);
  for (let c = 0; c < sites; c++) {
    const j = candidateOfColumn[c];
    integrality[c] = 1;
    if (p.forced[j]) colLower[c] = 1;
    start[c] = selected[j];
  }
  const rows = new RowBuilder();
  keptRows.forEach((r, y) => {
    const col = sites + y;
    colCost[col] = cover.weight[r];
    const idx: number[] = [col];
    const val: number[] = [1];
    let covered = 0;
    for (let x = cover.coverStart[r]; x < cover.coverStart[r + 1]; x++) {
      const j = cover.coverIdx[x];
      idx.push(columnOf[j]);
      val.push(-1);
      covered |= selected[j];
    }
    start[col] = covered;
    rows.add(-Infinity, 0, idx, val);
  });
  addSelectionRows(p, rows, candidateOfColumn);
  return {
    sense: 'maximize',
    numCols,
    numRows: rows.count,
    offset,
    colCost,
    colLower,
    colUpper,
    ...rows.finish(),
    integrality,
    candidateOfColumn,
    start,
    formulation: `MCLP MIP, ${sites} sites × ${keptRows.length} merged demand rows`,
  };
}

/**
 * p-median, strong assignment formulation (ReVelle & Swain 1970):
 *   min Σ_ij w_i c_ij z_ij   s.t.  Σ_j z_ij = 1,  z_ij ≤ x_j,  Σ x_j = K,  group minimums,  x binary, z ≥ 0.
 * z may stay continuous: for integral x each demand point's best z is its nearest open site.
 * A demand point never needs a site farther than its nearest mustKeep site, so those z are left out.
 * Size is about N × M columns: only for small problems (the caller checks).
 */
export function buildPMedianModel(p: PreparedProblem, heuristicSelected: Int32Array): MipModel {
  const { candidateOfColumn, columnOf } = siteColumns(p);
  const sites = candidateOfColumn.length;
  const selected = new Uint8Array(p.m);
  for (const j of heuristicSelected) selected[j] = 1;

  const cost: number[] = [];
  const zDemand: number[] = [];
  const zCandidate: number[] = [];
  const nearestStart: number[] = [];
  for (let i = 0; i < p.n; i++) {
    const w = p.weights[i];
    if (w === 0) continue;
    const base = i * p.m;
    let cap = Infinity;
    let nearest = -1;
    for (let j = 0; j < p.m; j++) {
      const c = p.minutes[base + j];
      if (p.forced[j] && c < cap) cap = c;
      if (selected[j] && (nearest < 0 || c < p.minutes[base + nearest])) nearest = j;
    }
    for (let j = 0; j < p.m; j++) {
      if (!p.allowed[j] || p.minutes[base + j] > cap) continue;
      if (j === nearest) nearestStart.push(cost.length);
      zDemand.push(i);
      zCandidate.push(j);
      cost.push(w * p.minutes[base + j]);
    }
  }
  const numZ = cost.length;
  const numCols = sites + numZ;
  const colCost = new Float64Array(numCols);
  colCost.set(cost, sites);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols).fill(1);
  const integrality = new Int32Array(numCols);
  const start = new Float64Array(numCols);
  for (let c = 0; c < sites; c++) {
    const j = candidateOfColumn[c];
    integrality[c] = 1;
    if (p.forced[j]) colLower[c] = 1;
    start[c] = selected[j];
  }
  for (const z of nearestStart) start[sites + z] = 1;

  const rows = new RowBuilder();
  // Assignment rows: the z columns of one demand point are contiguous.
  for (let z = 0; z < numZ; ) {
    const i = zDemand[z];
    let end = z;
    while (end < numZ && zDemand[end] === i) end++;
    const idx = Int32Array.from({ length: end - z }, (_, x) => sites + z + x);
    rows.add(1, 1, idx, new Float64Array(end - z).fill(1));
    z = end;
  }
  for (let z = 0; z < numZ; z++) rows.add(-Infinity, 0, [sites + z, columnOf[zCandidate[z]]], [1, -1]);
  addSelectionRows(p, rows, candidateOfColumn);
  return {
    sense: 'minimize',
    numCols,
    numRows: rows.count,
    offset: 0,
    colCost,
    colLower,
    colUpper,
    ...rows.finish(),
    integrality,
    candidateOfColumn,
    start,
    formulation: `p-median assignment MIP, ${sites} sites × ${nearestStart.length} demand points`,
  };
}
