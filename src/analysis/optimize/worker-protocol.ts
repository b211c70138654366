import type { MipModel } from './highs-model.js';
import type { LagrangianInput } from './pmedian-lagrangian.js';

/**
 * Messages between `solve-exact.ts` and `highs-worker.ts`. Both ends are our code and the payload
 * travels by structured clone (typed arrays intact), so plain types and a guard on `type` suffice.
 */
export type WorkerRequest =
  | { readonly kind: 'mip'; readonly model: MipModel; readonly timeLimitSeconds: number; readonly mipRelGap: number }
  | {
      readonly kind: 'lagrangian';
      readonly input: LagrangianInput;
      readonly timeLimitSeconds: number;
      readonly targetGap: number;
      readonly maxIterations: number;
    };

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
  /** `optimal`, `time-limit`, or HiGHS's model status name for anything else. */
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

export interface WorkerFailure {
  readonly type: 'error';
  readonly message: string;
}

export type WorkerReply = WorkerProgress | MipDone | LagrangianDone | WorkerFailure;

const REPLY_TYPES = new Set<string>(['progress', 'mip-done', 'lagrangian-done', 'error']);

export function isWorkerReply(value: unknown): value is WorkerReply {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    typeof value.type === 'string' &&
    REPLY_TYPES.has(value.type)
  );
}
