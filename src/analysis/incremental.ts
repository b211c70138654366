import { DomainError } from '../domain/errors.js';
import type { TravelMatrix } from './travel-model.js';
import type { PointOutcomes } from './point-outcomes.js';

export interface IncrementalInput {
  /** Row-major demand × sites minutes, as in `TravelMatrix`. */
  readonly minutes: Float32Array;
  readonly rows: number;
  readonly cols: number;
  readonly population: Float64Array;
  readonly thresholdMinutes: number;
  /** Initially open sites (copied; the evaluator keeps its own). The matrix itself is not copied. */
  readonly open: Uint8Array;
  /** Optional group (district index) per demand point, for per-group deltas. */
  readonly group?: Int32Array;
  readonly groupCount?: number;
}

/** What one open/close changed. Positive changes are worse for people (more beyond, more minutes). */
export interface IncrementalDelta {
  readonly site: number;
  readonly action: 'close' | 'open';
  /** Demand points whose nearest open site changed, ascending. */
  readonly affected: Int32Array;
  readonly populationAffected: number;
  /** Change in population beyond the threshold (minutes > threshold). */
  readonly populationBeyondChange: number;
  /** Change in Σ population × minutes to the nearest open site. */
  readonly personMinutesChange: number;
  /** Per touched group: the same two changes. */
  readonly groups: {
    readonly index: Int32Array;
    readonly populationBeyondChange: Float64Array;
    readonly personMinutesChange: Float64Array;
  };
}

export interface IncrementalTotals {
  readonly population: number;
  readonly populationBeyond: number;
  readonly personMinutes: number;
  readonly openSites: number;
}

/**
 * Nearest-office state for the planner that answers "what if this office closes / opens" without
 * re-evaluating the country.
 *
 * State per demand point i: the best open site b1 (minutes t1) and the second best b2 (t2), best in
 * the order (minutes, site index) — the same order as full evaluation, where ties go to the lowest
 * index. Why this stays exact:
 * - close j: a point with b1 = j has as its new best the best of the remaining open sites, which is
 *   b2 by definition; its new second is found by one scan of its row. A point with b2 = j keeps b1
 *   and rescans for its second. For every other point b1 and b2 are still the two best of a set that
 *   lost neither, so they are unchanged. Cost: O(n) to find the affected points plus O(m) per point
 *   whose b1 or b2 was j.
 * - open j: the new site only matters where it beats b1 (it becomes b1, old b1 becomes b2) or beats
 *   b2 (it becomes b2). Cost: O(n), reading j's column from a column-major copy made once.
 * Precomputed at construction: that copy and the initial b1/b2 (one O(n·m) pass).
 */
export class IncrementalEvaluator {
  private readonly rows: number;
  private readonly cols: number;
  private readonly minutes: Float32Array;
  private readonly byColumn: Float32Array;
  private readonly population: Float64Array;
  private readonly threshold: number;
  private readonly openMask: Uint8Array;
  private openCount = 0;
  private readonly b1: Int32Array;
  private readonly t1: Float32Array;
  private readonly b2: Int32Array;
  private readonly t2: Float32Array;
  private readonly group: Int32Array;
  private readonly groupCount: number;
  private readonly scratchAffected: Int32Array;
  /** Old minutes of the r-th affected point. */
  private readonly scratchOld: Float32Array;
  private readonly groupBeyond: Float64Array;
  private readonly groupMinutes: Float64Array;
  private readonly groupTouched: Uint8Array;

  constructor(input: IncrementalInput) {
    const { rows, cols } = input;
    if (input.minutes.length !== rows * cols) throw new DomainError('analysis.matrix-shape', `matrix has ${input.minutes.length} cells, expected ${rows} × ${cols}`);
    if (input.population.length !== rows || input.open.length !== cols) throw new DomainError('analysis.matrix-shape', 'population or open mask does not fit the matrix');
    this.rows = rows;
    this.cols = cols;
    this.minutes = input.minutes;
    this.population = input.population;
    this.threshold = input.thresholdMinutes;
    this.openMask = input.open.slice();
    for (let j = 0; j < cols; j++) if (this.openMask[j]) this.openCount++;
    if (this.openCount === 0) throw new DomainError('analysis.no-open-office', 'the incremental evaluator needs at least one open site');
    this.group = input.group ?? new Int32Array(rows);
    let groupCount = input.groupCount ?? 1;
    for (let i = 0; i < rows; i++) {
      if (this.group[i] < 0) throw new DomainError('analysis.matrix-shape', `demand point ${i} has no group (${this.group[i]})`);
      if (this.group[i] >= groupCount) groupCount = this.group[i] + 1;
    }
    this.groupCount = groupCount;

    this.byColumn = new Float32Array(rows * cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) this.byColumn[j * rows + i] = input.minutes[i * cols + j];

    this.b1 = new Int32Array(rows).fill(-1);
    this.t1 = new Float32Array(rows).fill(Infinity);
    this.b2 = new Int32Array(rows).fill(-1);
    this.t2 = new Float32Array(rows).fill(Infinity);
    for (let i = 0; i < rows; i++) {
      const base = i * cols;
      for (let j = 0; j < cols; j++) {
        if (!this.openMask[j]) continue;
        const t = input.minutes[base + j];
        // Ascending j: a strictly smaller time wins, so ties keep the lower index.
        if (t < this.t1[i]) {
          this.b2[i] = this.b1[i];
          this.t2[i] = this.t1[i];
          this.b1[i] = j;
          this.t1[i] = t;
        } else if (t < this.t2[i]) {
          this.b2[i] = j;
          this.t2[i] = t;
        }
      }
    }
    this.scratchAffected = new Int32Array(rows);
    this.scratchOld = new Float32Array(rows);
    this.groupBeyond = new Float64Array(this.groupCount);
    this.groupMinutes = new Float64Array(this.groupCount);
    this.groupTouched = new Uint8Array(this.groupCount);
  }

  /** From a full evaluation and the matrix it was made with; groups are its districts. */
  static fromEvaluation(points: PointOutcomes, matrix: TravelMatrix): IncrementalEvaluator {
    return new IncrementalEvaluator({
      minutes: matrix.minutes,
      rows: matrix.rows,
      cols: matrix.cols,
      population: points.demand.population,
      thresholdMinutes: points.thresholdMinutes,
      open: points.open,
      group: points.districtIndex,
      groupCount: points.districtIds.length,
    });
  }

  get openSites(): number {
    return this.openCount;
  }


  /** Copies of the current nearest site and minutes per demand point. */
  nearest(): { siteIndex: Int32Array; minutes: Float32Array } {
    return { siteIndex: this.b1.slice(), minutes: this.t1.slice() };
  }

  /** Summed fresh from the state (O(n)), so they never drift however many changes were applied. */
  totals(): IncrementalTotals {
    let population = 0;
    let beyond = 0;
    let personMinutes = 0;
    for (let i = 0; i < this.rows; i++) {
      const w = this.population[i];
      population += w;
      personMinutes += w * this.t1[i];
      if (this.t1[i] > this.threshold) beyond += w;
    }
    return { population, populationBeyond: beyond, personMinutes, openSites: this.openCount };
  }

  /** The delta of closing `site`, without changing anything. O(n). */
  previewClose(site: number): IncrementalDelta {
    this.assertCanClose(site);
    let count = 0;
    for (let i = 0; i < this.rows; i++) {
      if (this.b1[i] !== site) continue;
      this.scratchOld[count] = this.t1[i];
      this.scratchAffected[count++] = i;
    }
    // With another site open, every point served by `site` has b2 ≥ 0: its new time is t2.
    return this.sum(site, 'close', count, this.t2);
  }

  /** The delta of opening `site`, without changing anything. O(n). */
  previewOpen(site: number): IncrementalDelta {
    this.assertCanOpen(site);
    const col = this.byColumn.subarray(site * this.rows, (site + 1) * this.rows);
    let count = 0;
    for (let i = 0; i < this.rows; i++) {
      if (!(col[i] < this.t1[i] || (col[i] === this.t1[i] && site < this.b1[i]))) continue;
      this.scratchOld[count] = this.t1[i];
      this.scratchAffected[count++] = i;
    }
    return this.sum(site, 'open', count, col);
  }

  closeOffice(site: number): IncrementalDelta {
    this.assertCanClose(site);
    this.openMask[site] = 0;
    this.openCount--;
    let count = 0;
    for (let i = 0; i < this.rows; i++) {
      if (this.b1[i] === site) {
        this.scratchOld[count] = this.t1[i];
        this.scratchAffected[count++] = i;
        this.b1[i] = this.b2[i];
        this.t1[i] = this.t2[i];
        this.rescanSecond(i);
      } else if (this.b2[i] === site) {
        this.rescanSecond(i);
      }
    }
    return this.sum(site, 'close', count, this.t1);
  }

  openOffice(site: number): IncrementalDelta {
    this.assertCanOpen(site);
    this.openMask[site] = 1;
    this.openCount++;
    const col = this.byColumn.subarray(site * this.rows, (site + 1) * this.rows);
    let count = 0;
    for (let i = 0; i < this.rows; i++) {
      const t = col[i];
      if (t < this.t1[i] || (t === this.t1[i] && site < this.b1[i])) {
        this.scratchOld[count] = this.t1[i];
        this.scratchAffected[count++] = i;
        this.b2[i] = this.b1[i];
        this.t2[i] = this.t1[i];
        this.b1[i] = site;
        this.t1[i] = t;
      } else if (t < this.t2[i] || (t === this.t2[i] && site < this.b2[i])) {
        this.b2[i] = site;
        this.t2[i] = t;
      }
    }
    return this.sum(site, 'open', count, this.t1);
  }

  /** Second best open site of row i other than its best: one pass over the row. */
  private rescanSecond(i: number): void {
    const base = i * this.cols;
    const skip = this.b1[i];
    let bj = -1;
    let bt = Infinity;
    for (let k = 0; k < this.cols; k++) {
      if (!this.openMask[k] || k === skip) continue;
      const t = this.minutes[base + k];
      if (t < bt) {
        bt = t;
        bj = k;
      }
    }
    this.b2[i] = bj;
    this.t2[i] = bt;
  }

  private assertCanClose(site: number): void {
    if (!(site >= 0 && site < this.cols) || !this.openMask[site]) throw new DomainError('analysis.site-state', `site ${site} is not open`);
    if (this.openCount === 1) throw new DomainError('analysis.no-open-office', `site ${site} is the last open site; closing it leaves no nearest office`);
  }

  private assertCanOpen(site: number): void {
    if (!(site >= 0 && site < this.cols) || this.openMask[site]) throw new DomainError('analysis.site-state', `site ${site} is already open or not a site`);
  }

  /**
   * Sums the delta over the affected points: old minutes in `scratchOld[r]`, new ones in
   * `newMinutes[i]` (t1 after applying, t2 or the site's column for a preview).
   */
  private sum(site: number, action: 'close' | 'open', count: number, newMinutes: Float32Array): IncrementalDelta {
    let population = 0;
    let beyond = 0;
    let personMinutes = 0;
    const touched: number[] = [];
    for (let r = 0; r < count; r++) {
      const i = this.scratchAffected[r];
      const w = this.population[i];
      const before = this.scratchOld[r];
      const after = newMinutes[i];
      const db = (after > this.threshold ? w : 0) - (before > this.threshold ? w : 0);
      const dm = w * after - w * before;
      population += w;
      beyond += db;
      personMinutes += dm;
      const g = this.group[i];
      if (!this.groupTouched[g]) {
        this.groupTouched[g] = 1;
        touched.push(g);
      }
      this.groupBeyond[g] += db;
      this.groupMinutes[g] += dm;
    }
    touched.sort((a, b) => a - b);
    const index = Int32Array.from(touched);
    const groupBeyond = Float64Array.from(touched, (g) => this.groupBeyond[g]);
    const groupMinutes = Float64Array.from(touched, (g) => this.groupMinutes[g]);
    for (const g of touched) {
      this.groupTouched[g] = 0;
      this.groupBeyond[g] = 0;
      this.groupMinutes[g] = 0;
    }
    return {
      site,
      action,
      affected: this.scratchAffected.slice(0, count),
      populationAffected: population,
      populationBeyondChange: beyond,
      personMinutesChange: personMinutes,
      groups: { index, populationBeyondChange: groupBeyond, personMinutesChange: groupMinutes },
    };
  }
}
