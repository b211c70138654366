import Type from 'typebox';

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
}

export const SOLVE_STATUSES = ['heuristic', 'optimal', 'time-limit', 'bounded', 'cancelled'] as const;
/**
 * - `heuristic`: greedy + swap only, no bound.
 * - `optimal`: optimality proven (gap 0 within the solver's tolerance).
 * - `time-limit`: the exact solve stopped at its time limit; `bound`/`gap` say how far from proven.
 * - `bounded`: stopped with a proven bound short of a closed gap: the requested `mipRelGap` was reached,
 *   or (large p-median) only a Lagrangian lower bound was computed instead of a MIP.
 * - `cancelled`: the caller aborted; the heuristic answer is returned (with a bound if one was proven).
 */
export type SolveStatus = (typeof SOLVE_STATUSES)[number];

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);

/** The answer, as a schema so the API can serve it and document it from one source. */
export const OptimizeResultSchema = Type.Object(
  {
    objective: Type.Union([Type.Literal('mclp'), Type.Literal('p-median')]),
    /** K */
    keep: Type.Integer({ minimum: 0 }),
    thresholdMinutes: Nullable(Type.Number()),
    /** Selected candidate ids, in candidate order. */
    selected: Type.Array(Type.String()),
    status: Type.Union([
      Type.Literal('heuristic'),
      Type.Literal('optimal'),
      Type.Literal('time-limit'),
      Type.Literal('bounded'),
      Type.Literal('cancelled'),
    ]),
    /** The objective's own value: covered weight (mclp, maximised) or weighted minutes (p-median, minimised). */
    objectiveValue: Type.Number(),
    /** Share of total weight within the threshold; null when there is no threshold. */
    coveredShare: Nullable(Type.Number()),
    coveredWeight: Nullable(Type.Number()),
    totalWeight: Type.Number(),
    /** Σ weight × minutes to the nearest selected site. */
    weightedMinutes: Type.Number(),
    /** weightedMinutes / totalWeight */
    meanMinutes: Type.Number(),
    /** Covered share of the actual structure; filled in by the caller, null here. */
    baselineCoveredShare: Nullable(Type.Number()),
    /** Proven bound on the objective value: upper for mclp, lower for p-median. */
    bound: Nullable(Type.Number()),
    /** |bound − objectiveValue| / |objectiveValue|; null without a bound. */
    gap: Nullable(Type.Number()),
    /** What was done, e.g. "greedy+swap → HiGHS 1.15.1 MIP (optimal)". */
    solver: Type.String(),
    seconds: Type.Number(),
    heuristic: Type.Object({ objectiveValue: Type.Number(), seconds: Type.Number() }),
  },
  { additionalProperties: false },
);
export type OptimizeResult = Type.Static<typeof OptimizeResultSchema>;

export const OPTIMIZE_ERROR_CODES = [
  'optimize.invalid-parameter',
  'optimize.unknown-candidate',
  'optimize.unknown-group',
  'optimize.infeasible',
] as const;
export type OptimizeErrorCode = (typeof OPTIMIZE_ERROR_CODES)[number];

/** An expected failure: the planner asked for something impossible or named something unknown. */
export interface OptimizeError {
  readonly code: OptimizeErrorCode;
  /** English; names the parameter and says why. The UI picks Norwegian text from `code` and `details`. */
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

export type OptimizePhase = 'greedy' | 'swap' | 'exact' | 'bound';

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
  /** Aborting terminates the worker; the heuristic answer is returned with status `cancelled`. */
  readonly signal?: AbortSignal;
  /**
   * p-median: largest demand × candidate count solved as a full assignment MIP (default 250,000);
   * above it a Lagrangian lower bound is computed instead.
   */
  readonly maxAssignmentCells?: number;
  /** Relative MIP gap at which HiGHS may stop (default 0: prove optimality). */
  readonly mipRelGap?: number;
}
