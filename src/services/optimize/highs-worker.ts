/**
 * Worker-thread edge of the optimiser: runs one bounding job and exits. HiGHS-WASM is single-threaded
 * and synchronous, so a solve would block whatever thread it runs on; here it blocks only this worker,
 * and cancelling means terminating the worker. The p-median Lagrangian bound (pure TS, also seconds of
 * work at national size) runs here too, for the same reason and the same cancel path.
 *
 * Every HiGHS model is disposed in `finally`: the WASM heap never shrinks, so a leaked model stays.
 */
import { parentPort } from 'node:worker_threads';
import { DomainError } from '../../domain/errors.js';
import * as highsModule from 'highs';
import type { Highs, HighsCallbackMap, ModelData } from 'highs';
import type { MipModel } from '../../analysis/optimize/highs-model.js';
import { lagrangianBound } from '../../analysis/optimize/pmedian-lagrangian.js';
import type { LagrangianDone, MipDone, WorkerReply, WorkerRequest } from '../../analysis/optimize/worker-protocol.js';

const port = parentPort;
if (!port) throw new DomainError('optimize.solver-failed', 'highs-worker.ts must run in a worker thread');
const post = (reply: WorkerReply): void => port.postMessage(reply);
const clock = (): number => performance.now();
type HighsLoader = typeof highsModule.default.default;
// highs declares CommonJS typings (loader at `.default.default` of the namespace) but Node loads its ESM
// build through the "import" condition, where the loader is `.default`. Take whichever is a function;
// the cast is safe because that function is the very loader the typings describe.
const exported: unknown = highsModule.default;
const loadHighs: HighsLoader = typeof exported === 'function' ? (exported as HighsLoader) : highsModule.default.default;

/** How often MIP progress is posted at most (HiGHS logs every node on small models). */
const PROGRESS_INTERVAL_MS = 250;

function modelData(highs: Highs, model: MipModel): ModelData {
  const finite = (values: Float64Array): Float64Array =>
    values.map((v) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v));
  return {
    numCols: model.numCols,
    numRows: model.numRows,
    sense: model.sense === 'maximize' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    offset: model.offset,
    colCost: model.colCost,
    colLower: finite(model.colLower),
    colUpper: finite(model.colUpper),
    rowLower: finite(model.rowLower),
    rowUpper: finite(model.rowUpper),
    matrix: {
      format: 'csr',
      numRows: model.numRows,
      numCols: model.numCols,
      starts: model.rowStart,
      indices: model.rowIndex,
      values: model.rowValue,
    },
    integrality: model.integrality,
  };
}

const stopRequested = (stop: Int32Array): boolean => Atomics.load(stop, 0) !== 0;

async function solveMip(model: MipModel, timeLimitSeconds: number, mipRelGap: number, stop: Int32Array): Promise<MipDone> {
  const started = clock();
  const highs = await loadHighs();
  post({ type: 'progress', phase: 'exact', iteration: 0, objective: null, bound: null, seconds: 0 });
  const m = highs.createModel(modelData(highs, model));
  try {
    m.options.set({ output_flag: false, time_limit: timeLimitSeconds, mip_rel_gap: mipRelGap });
    m.setSolution({ colValue: model.start });
    let lastPost = -Infinity;
    const report = (data: { mip_node_count?: bigint; mip_primal_bound?: number; mip_dual_bound?: number }, force: boolean) => {
      const t = clock();
      if (!force && t - lastPost < PROGRESS_INTERVAL_MS) return;
      lastPost = t;
      const finiteOrNull = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null);
      post({
        type: 'progress',
        phase: 'exact',
        iteration: Number(data.mip_node_count ?? 0n),
        objective: finiteOrNull(data.mip_primal_bound),
        bound: finiteOrNull(data.mip_dual_bound),
        seconds: (t - started) / 1000,
      });
    };
    const sites = model.candidateOfColumn.length;
    const callbacks: HighsCallbackMap = {
      [highs.constants.callbackType.mipImprovingSolution]: (event) => {
        const solution = event.data.mip_solution;
        const objective = event.data.objective_function_value ?? event.data.mip_primal_bound;
        if (solution && objective !== undefined && Number.isFinite(objective)) {
          post({ type: 'incumbent', objective, siteValues: solution.slice(0, sites) });
        }
        report(event.data, true);
        return undefined;
      },
      [highs.constants.callbackType.mipInterrupt]: (event) => {
        if (stopRequested(stop)) event.interrupt();
        return undefined;
      },
      [highs.constants.callbackType.mipLogging]: (event) => {
        report(event.data, false);
        return undefined;
      },
    };
    m.run(callbacks);
    const status = m.getModelStatus();
    const statusName = Object.entries(highs.constants.modelStatus).find(([, code]) => code === status)?.[0] ?? `${status}`;
    const hasSolution = m.info.get('primal_solution_status') === highs.constants.solutionStatus.feasible;
    const dual = Number(m.info.get('mip_dual_bound'));
    return {
      type: 'mip-done',
      status:
        status === highs.constants.modelStatus.optimal
          ? 'optimal'
          : status === highs.constants.modelStatus.timeLimit
            ? 'time-limit'
            : status === highs.constants.modelStatus.interrupted
              ? 'interrupted'
              : statusName,
      objective: hasSolution ? m.getObjectiveValue() : null,
      bound: Number.isFinite(dual) ? dual : null,
      siteValues: hasSolution ? m.getSolution().colValue.slice(0, model.candidateOfColumn.length) : null,
      nodes: Number(m.info.get('mip_node_count')),
      seconds: (clock() - started) / 1000,
      version: highs.version.string,
    };
  } finally {
    m.dispose();
  }
}

function runLagrangian(request: Extract<WorkerRequest, { kind: 'lagrangian' }>): LagrangianDone {
  const started = clock();
  post({ type: 'progress', phase: 'bound', iteration: 0, objective: request.input.upperValue, bound: null, seconds: 0 });
  let lastPost = -Infinity;
  const outcome = lagrangianBound(request.input, {
    maxIterations: request.maxIterations,
    targetGap: request.targetGap,
    deadline: started + request.timeLimitSeconds * 1000,
    now: clock,
    shouldStop: () => stopRequested(request.stop),
    onIteration: (iteration, bound, upper) => {
      const t = clock();
      if (t - lastPost < PROGRESS_INTERVAL_MS) return;
      lastPost = t;
      post({ type: 'progress', phase: 'bound', iteration, objective: upper, bound, seconds: (t - started) / 1000 });
    },
  });
  return { type: 'lagrangian-done', ...outcome, seconds: (clock() - started) / 1000 };
}

// The request comes from solve-exact.ts in this package (structured clone), so its type is ours.
port.once('message', (request: WorkerRequest) => {
  const run = async (): Promise<WorkerReply> =>
    request.kind === 'mip' ? solveMip(request.model, request.timeLimitSeconds, request.mipRelGap, request.stop) : runLagrangian(request);
  run().then(post, (error: unknown) => post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
});
