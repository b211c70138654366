import { Worker } from 'node:worker_threads';
import { DomainError } from '../../domain/errors.js';
import { ok, type Result } from '../../shared/result.js';
import { buildResult, evaluateSelection, isBetter, objectiveValueOf, relativeGap } from '../../analysis/optimize/measure-selection.js';
import { runHeuristic } from '../../analysis/optimize/heuristic.js';
import { buildMclpModel, buildPMedianModel, type MipModel } from '../../analysis/optimize/highs-model.js';
import type { LagrangianInput } from '../../analysis/optimize/pmedian-lagrangian.js';
import { preferSwaps } from '../../analysis/optimize/prefer-swap.js';
import { prepareProblem, type PreparedProblem } from '../../analysis/optimize/prepare.js';
import type { ExactOptions, LocationProblem, OptimizeError, OptimizeProgress, OptimizeSpec, SolveStatus } from '../../analysis/optimize/types.js';
import {
  isWorkerReply,
  type LagrangianDone,
  type MipDone,
  type WorkerIncumbent,
  type WorkerProgress,
  type WorkerRequest,
} from '../../analysis/optimize/worker-protocol.js';
import type { OptimizeResult } from '../../contract/optimize-result.js';

const DEFAULT_TIME_LIMIT_SECONDS = 60;
const DEFAULT_MAX_ASSIGNMENT_CELLS = 250_000;
/** HiGHS's own time limit does not cover loading the WASM and the model; the worker is killed only well after it. */
const HARD_STOP_GRACE_SECONDS = 15;
/** After a cancel, how long the worker may take to stop cleanly and report before it is terminated. */
const CANCEL_GRACE_SECONDS = 5;
const LAGRANGIAN_MAX_ITERATIONS = 3000;
/** A relative gap this small is rounding in summed weights, not a real distance from the optimum. */
const OPTIMALITY_TOLERANCE = 1e-9;

type JobOutcome =
  /** The worker answered; `cancelled` when it did so after being asked to stop. */
  | { readonly kind: 'done'; readonly reply: MipDone | LagrangianDone; readonly cancelled: boolean }
  /** Cancelled before the worker started, or it did not stop within the grace and was terminated. */
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'killed' };

/**
 * Starts `highs-worker` next to this module. Built (.js) it is loaded directly. From TypeScript source
 * (tests, bench, dev under `--import tsx`) Node 20 does not apply the parent's tsx loader to a worker's
 * entry module, so a two-line bootstrap registers tsx inside the worker first.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./highs-worker.js', import.meta.url));
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./highs-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/**
 * Runs one job in a fresh worker. On abort the worker is asked to stop (the shared flag) and given
 * `CANCEL_GRACE_SECONDS` to answer with what it has; if it does not, it is terminated and the job
 * resolves `cancelled`. Past the hard stop it is terminated and resolves `killed`. A worker error
 * rejects: that is a bug, not an answer.
 */
function runJob(
  request: WorkerRequest,
  hardStopSeconds: number,
  signal: AbortSignal | undefined,
  onMessage: (message: WorkerProgress | WorkerIncumbent) => void,
): Promise<JobOutcome> {
  if (signal?.aborted) return Promise.resolve({ kind: 'cancelled' });
  return new Promise<JobOutcome>((resolve, reject) => {
    const worker = startWorker();
    let settled = false;
    let cancelled = false;
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = (settle: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(graceTimer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      settle();
    };
    const onAbort = (): void => {
      cancelled = true;
      Atomics.store(request.stop, 0, 1);
      graceTimer = setTimeout(() => finish(() => resolve({ kind: 'cancelled' })), CANCEL_GRACE_SECONDS * 1000);
    };
    const timer = setTimeout(() => finish(() => resolve({ kind: 'killed' })), hardStopSeconds * 1000);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: unknown) => {
      if (settled) return;
      if (!isWorkerReply(message)) {
        finish(() => reject(new DomainError('optimize.solver-failed', 'the solver worker sent an unknown message')));
      } else if (message.type === 'progress' || message.type === 'incumbent') onMessage(message);
      else if (message.type === 'error') {
        finish(() => reject(new DomainError('optimize.solver-failed', `the solver worker failed: ${message.message}`)));
      } else finish(() => resolve({ kind: 'done', reply: message, cancelled }));
    });
    worker.on('error', (error) =>
      finish(() => reject(new DomainError('optimize.solver-failed', `the solver worker crashed: ${error.message}`, { cause: error }))),
    );
    worker.on('exit', (code) =>
      finish(() => reject(new DomainError('optimize.solver-failed', `the solver worker exited early with code ${code}`))),
    );
    worker.postMessage(request);
  });
}

function selectionFromSites(model: MipModel, siteValues: Float64Array): Int32Array {
  const out: number[] = [];
  siteValues.forEach((v, c) => {
    if (v > 0.5) out.push(model.candidateOfColumn[c]);
  });
  return Int32Array.from(out);
}

function isIntegral(values: ArrayLike<number>): boolean {
  for (let x = 0; x < values.length; x++) if (!Number.isInteger(values[x])) return false;
  return true;
}

/** Demand points with weight 0 add nothing; the Lagrangian works on the others only. */
function lagrangianInput(p: PreparedProblem, upperValue: number, upperSelected: Int32Array): LagrangianInput {
  const rows: number[] = [];
  for (let i = 0; i < p.n; i++) if (p.weights[i] > 0) rows.push(i);
  const cost = rows.length === p.n ? p.minutes : new Float32Array(rows.length * p.m);
  if (cost !== p.minutes) rows.forEach((i, r) => cost.set(p.minutes.subarray(i * p.m, (i + 1) * p.m), r * p.m));
  const weight = Float64Array.from(rows, (i) => p.weights[i]);
  return {
    n: rows.length,
    m: p.m,
    k: p.k,
    weight,
    cost,
    allowed: p.allowed,
    forced: p.forced,
    group: p.group,
    groupMin: p.groupMin,
    upperValue,
    upperSelected,
    integral: isIntegral(weight) && isIntegral(cost),
  };
}

/**
 * Heuristic answer first (on this thread, well under a second), then a time-limited exact or bounding
 * phase in a worker:
 * - MCLP: the MIP with HiGHS, started from the heuristic's answer; reports HiGHS's best bound.
 * - p-median with at most `maxAssignmentCells` demand × available-candidate pairs: the assignment MIP.
 * - larger p-median: a Lagrangian lower bound on the full problem (no MIP); status `bounded`.
 * The better of the heuristic and the exact incumbent is returned with the proven bound and gap.
 * Aborting stops the exact phase and returns the best answer found so far (the heuristic's, or a better
 * HiGHS incumbent) with status `cancelled` and the bound proven by then.
 */
export async function solveExact(
  problem: LocationProblem,
  spec: OptimizeSpec,
  options: ExactOptions = {},
): Promise<Result<OptimizeResult, OptimizeError>> {
  const prepared = prepareProblem(problem, spec);
  if (!prepared.ok) return prepared;
  const p = prepared.value;
  const now = options.now ?? (() => performance.now());
  const started = now();
  const timeLimit = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  if (!(timeLimit > 0)) throw new DomainError('optimize.invalid-parameter', `timeLimitSeconds must be > 0, got ${timeLimit}`);
  const mipRelGap = options.mipRelGap ?? 0;
  const h = runHeuristic(p, { now, onProgress: options.onProgress });
  const heuristic = { objectiveValue: h.objectiveValue, seconds: h.seconds };
  const elapsed = () => (now() - started) / 1000;
  const finish = (selected: Int32Array, status: SolveStatus, bound: number | null, solver: string) =>
    ok(buildResult(p, preferSwaps(p, selected, p.preferred), { status, bound, solver, seconds: elapsed(), heuristic }));

  let allowedCount = 0;
  for (let j = 0; j < p.m; j++) allowedCount += p.allowed[j];
  const useMip = p.objective === 'mclp' || p.n * allowedCount <= (options.maxAssignmentCells ?? DEFAULT_MAX_ASSIGNMENT_CELLS);
  const model = useMip ? (p.objective === 'mclp' ? buildMclpModel(p, h.selected) : buildPMedianModel(p, h.selected)) : null;
  const stop = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const request: WorkerRequest = model
    ? { kind: 'mip', model, timeLimitSeconds: timeLimit, mipRelGap, stop }
    : {
        kind: 'lagrangian',
        input: lagrangianInput(p, h.objectiveValue, h.selected),
        timeLimitSeconds: timeLimit,
        targetGap: mipRelGap,
        maxIterations: LAGRANGIAN_MAX_ITERATIONS,
        stop,
      };

  // The best selection seen so far, measured on the original data: the heuristic's, then any better one
  // the worker reports (a MIP incumbent as it is found, the final answer).
  let best = { selected: h.selected, value: h.objectiveValue };
  const offer = (candidate: Int32Array): void => {
    if (candidate.length !== p.k) return;
    const value = objectiveValueOf(p, evaluateSelection(p, candidate));
    if (isBetter(p, value, best.value)) best = { selected: candidate, value };
  };
  let lastBound: number | null = null;
  const onWorkerMessage = (w: WorkerProgress | WorkerIncumbent): void => {
    if (w.type === 'incumbent') {
      if (model) offer(selectionFromSites(model, w.siteValues));
      return;
    }
    if (w.bound !== null) lastBound = w.bound;
    const progress: OptimizeProgress = { phase: w.phase, iteration: w.iteration, objective: w.objective, bound: w.bound, seconds: elapsed() };
    options.onProgress?.(progress);
  };
  const outcome = await runJob(request, timeLimit + HARD_STOP_GRACE_SECONDS + timeLimit / 2, options.signal, onWorkerMessage);
  const method = model ? `HiGHS MIP (${model.formulation})` : 'Lagrangian bound';
  const improvedOnHeuristic = () => best.selected !== h.selected;

  if (outcome.kind === 'cancelled') {
    const found = improvedOnHeuristic() ? ', best incumbent so far' : '';
    return finish(best.selected, 'cancelled', lastBound, `greedy+swap → ${method}${found} (cancelled)`);
  }
  if (outcome.kind === 'killed') {
    return finish(best.selected, 'time-limit', lastBound, `greedy+swap → ${method} (stopped after ${timeLimit} s + grace)`);
  }
  const reply = outcome.reply;
  if (reply.type === 'mip-done' && model) {
    if (reply.siteValues) offer(selectionFromSites(model, reply.siteValues));
    const bound = reply.bound ?? (reply.status === 'optimal' ? reply.objective : lastBound);
    const gap = bound === null ? null : relativeGap(p, best.value, bound);
    // HiGHS says "optimal" also when it reached a requested non-zero gap; only a closed gap is optimal here.
    const proven = reply.status === 'optimal' && (mipRelGap === 0 || (gap !== null && gap <= OPTIMALITY_TOLERANCE));
    const status: SolveStatus = proven
      ? 'optimal'
      : outcome.cancelled
        ? 'cancelled'
        : reply.status === 'time-limit'
          ? 'time-limit'
          : 'bounded';
    const why = proven
      ? 'optimal'
      : outcome.cancelled
        ? `stopped on request after ${reply.seconds.toFixed(1)} s`
        : reply.status === 'time-limit'
          ? `time limit ${timeLimit} s`
          : reply.status === 'optimal'
            ? `stopped at relative gap ${mipRelGap}`
            : reply.status;
    const suffix = outcome.cancelled && !proven ? ' (cancelled)' : '';
    return finish(best.selected, status, bound, `greedy+swap → HiGHS ${reply.version} MIP (${why}; ${model.formulation})${suffix}`);
  }
  if (reply.type === 'lagrangian-done') {
    offer(reply.upperSelected);
    const gap = relativeGap(p, best.value, reply.bound);
    const proven = gap !== null && gap <= OPTIMALITY_TOLERANCE;
    const status: SolveStatus = proven ? 'optimal' : reply.stop === 'cancelled' ? 'cancelled' : 'bounded';
    return finish(
      best.selected,
      status,
      reply.bound,
      `greedy+swap → Lagrangian lower bound (subgradient, ${reply.iterations} iterations, stopped: ${reply.stop}; ` +
        `${reply.polished} Lagrangian solutions swap-searched${improvedOnHeuristic() ? ', incumbent improved' : ''})` +
        (status === 'cancelled' ? ' (cancelled)' : ''),
    );
  }
  throw new DomainError('optimize.solver-failed', `the solver worker answered a ${request.kind} job with ${reply.type}`);
}
