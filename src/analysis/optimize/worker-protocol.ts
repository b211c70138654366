import type { MipModel } from './highs-model.js';
import type { LagrangianInput } from './pmedian-lagrangian.js';

/**
 * Messages between `solve-exact.ts` and `highs-worker.ts`. Both ends are our code and the payload
 * travels by structured clone (typed arrays intact), so plain types and a guard on `type` suffice.
 *
 * `stop` is one Int32 over a SharedArrayBuffer, shared (not copied) with the worker. The worker is busy
 * inside a synchronous solve and reads no messages, so a cancel is a store of 1 there, which the
 * worker polls (HiGHS's MIP interrupt callback, each Lagrangian iteration) and then stops cleanly,
 * still reporting its incumbent and proven bound.
 */
export type WorkerRequest =
  | {
      readonly kind: 'mip';
      readonly model: MipModel;
      readonly timeLimitSeconds: number;
      readonly mipRelGap: number;
      readonly stop: Int32Array;
    }
  | {
      readonly kind: 'lagrangian';
      readonly input: LagrangianInput;
      readonly timeLimitSeconds: number;
      readonly targetGap: number;
      readonly maxIterations: number;
      readonly stop: Int32Array;
    };

/** A new best MIP solution: the values of the site columns, so a cancel can still return it. */
export interface WorkerIncumbent {
  readonly type: 'incumbent';
  readonly objective: number;
  readonly siteValues: Float64Array;
}

export interface WorkerProgress {
  readonly type: 'progress';
  readonly phase: 'exact' | 'bound';
  /** MIP: nodes explored; Lagrangian: iterations. 0 for "started". */
  readonly iteration: number;
  readonly objective: number | null;
  readonly bound: number | null;
  readonly seconds: number;
}

export interface MipDone {
  readonly type: 'mip-done';
  /** `optimal`, `time-limit`, `interrupted` (the stop flag), or HiGHS's model status name for anything else. */
  readonly status: string;
  readonly objective: number | null;
  readonly bound: number | null;
  /** Values of the site columns (the first `model.candidateOfColumn.length` columns); null without a solution. */
  readonly siteValues: Float64Array | null;
  readonly nodes: number;
  readonly seconds: number;
  readonly version: string;
}

export interface LagrangianDone {
  readonly type: 'lagrangian-done';
  readonly bound: number;
  readonly upperValue: number;
  readonly upperSelected: Int32Array;
  readonly iterations: number;
  readonly stop: string;
  readonly polished: number;
  readonly seconds: number;
}

interface WorkerFailure {
  readonly type: 'error';
  readonly message: string;
}

export type WorkerReply = WorkerProgress | WorkerIncumbent | MipDone | LagrangianDone | WorkerFailure;

const REPLY_TYPES = new Set<string>(['progress', 'incumbent', 'mip-done', 'lagrangian-done', 'error']);

export function isWorkerReply(value: unknown): value is WorkerReply {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    typeof value.type === 'string' &&
    REPLY_TYPES.has(value.type)
  );
}
