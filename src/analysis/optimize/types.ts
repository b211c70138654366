
/**
 * Location-allocation: choose K service locations among candidate sites so that demand (population) is
 * served best. Two objectives:
 * - `mclp` (maximal covering): maximise the weight of demand points with some selected site within
 *   `thresholdMinutes` (a point is covered when `minutes <= thresholdMinutes`);
 * - `p-median`: minimise Σ weight × minutes to the nearest selected site.
 */
export const OBJECTIVES = ['mclp', 'p-median'] as const;
export type Objective = (typeof OBJECTIVES)[number];

/**
 * The problem as flat arrays. N demand points, M candidate sites. This is in-memory data built by our
 * own code (the file parsers, the bench, later the API), so shape errors are bugs and throw.
 */
export interface LocationProblem {
  /** Demand point ids, length N. Optional: only used in messages. */
  readonly demandIds?: readonly string[];
  /** Demand weight per point (population), length N; finite and ≥ 0. */
  readonly demandWeights: Float64Array;
  /** Candidate site ids, length M, unique. Results name sites by these ids. */
  readonly candidateIds: readonly string[];
  /** Group per candidate (police district id), length M; `null` for a candidate in no group. */
  readonly candidateGroups?: readonly (string | null)[];
  /** Travel minutes, dense row-major demand × candidate: `minutes[i * M + j]`; finite and ≥ 0. */
  readonly minutes: Float32Array;
}

/** What to optimise and the planners' constraints. */
export interface OptimizeSpec {
  readonly objective: Objective;
  /** K: how many sites to select. */
  readonly keep: number;
  /** Coverage threshold in minutes. Required for `mclp`; for `p-median` only used to report coverage. */
  readonly thresholdMinutes?: number | null;
  /** Candidate ids that must be selected. */
  readonly mustKeep?: readonly string[];
  /** Candidate ids that must not be selected. */
  readonly mustNot?: readonly string[];
  /** Minimum number of selected sites per group (police district id). */
  readonly minPerGroup?: ReadonlyMap<string, number>;
  /**
   * Tie-break (MCLP): among selections with the same covered weight, keep as many of these candidates
   * as possible (e.g. the actual structure, so the answer differs from it only where coverage gains).
   * Applied after solving; it never lowers the objective. Ignored for p-median.
   */
  readonly prefer?: readonly string[];
}

/**
 * - `heuristic`: greedy + swap only, no bound.
 * - `optimal`: optimality proven (gap 0 within the solver's tolerance).
 * - `time-limit`: the exact solve stopped at its time limit; `bound`/`gap` say how far from proven.
 * - `bounded`: stopped with a proven bound short of a closed gap: the requested `mipRelGap` was reached,
 *   or (large p-median) only a Lagrangian lower bound was computed instead of a MIP.
 * - `cancelled`: the caller aborted; the best answer found so far is returned (the heuristic's, or a better
 *   MIP incumbent) with the bound proven by then, if any.
 */
export type SolveStatus = 'heuristic' | 'optimal' | 'time-limit' | 'bounded' | 'cancelled';


type OptimizeErrorCode = 'optimize.invalid-parameter' | 'optimize.unknown-candidate' | 'optimize.unknown-group' | 'optimize.infeasible';

/** An expected failure: the planner asked for something impossible or named something unknown. */
export interface OptimizeError {
  readonly code: OptimizeErrorCode;
  /** English; names the parameter and says why. The UI picks Norwegian text from `code` and `details`. */
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

type OptimizePhase = 'greedy' | 'swap' | 'exact' | 'bound';

/** Progress report. `objective` and `bound` are in objective units (see `objectiveValue`). */
export interface OptimizeProgress {
  readonly phase: OptimizePhase;
  readonly iteration: number;
  readonly objective: number | null;
  readonly bound: number | null;
  readonly seconds: number;
}

export interface HeuristicOptions {
  readonly onProgress?: (progress: OptimizeProgress) => void;
  /**
   * Milliseconds clock for the `seconds` figures, injectable so results stay reproducible in tests.
   * Default `performance.now`. It is the only impurity of the heuristic.
   */
  readonly now?: () => number;
}

export interface ExactOptions extends HeuristicOptions {
  /** Wall-clock budget for the exact/bounding phase in seconds (default 60). */
  readonly timeLimitSeconds?: number;
  /**
   * Aborting asks the worker to stop (HiGHS's interrupt callback; the Lagrangian loop) and returns the
   * best answer so far with status `cancelled` and the bound proven by then; a worker that does not
   * stop within a few seconds is terminated.
   */
  readonly signal?: AbortSignal;
  /**
   * p-median: largest demand × candidate count solved as a full assignment MIP (default 250,000);
   * above it a Lagrangian lower bound is computed instead.
   */
  readonly maxAssignmentCells?: number;
  /** Relative MIP gap at which HiGHS may stop (default 0: prove optimality). */
  readonly mipRelGap?: number;
}
