import { randomUUID } from 'node:crypto';
import type { ServiceLog } from '../service-log.js';
import { prepareProblem, type OptimizeProgress } from '../../analysis/optimize/index.js';
import type { IsoDate } from '../../shared/dates.js';
import type { Register } from '../../domain/register.js';
import type { RegisterOptimizeReport } from '../../contract/optimize-report.js';
import { DEFAULT_OPTIMIZE_TIME_LIMIT_SECONDS, type OptimizeService, type RegisterOptimizeError, type RegisterOptimizeRequest } from './optimize-service.js';
import { ProblemError, type ProblemBody } from '../../contract/problem.js';
import type { OptimizeJobRequest } from '../../contract/optimize.js';
import type Type from 'typebox';

/**
 * Optimisations as background jobs. A solve may run for its whole time limit in a worker thread, so
 * a request starts it and answers at once; the job table keeps its progress and, at the end, the
 * answer (or the problem), which clients poll or follow as server-sent events. In memory and per
 * process: at most MAX_RUNNING solves at a time (this is a 2-core box: more would only slow each
 * down), at most MAX_JOBS jobs kept, a finished job forgotten an hour after it ended, and every
 * running job cancelled when the server closes.
 */

export type JobRequest = Type.Static<typeof OptimizeJobRequest>;
type JobStatus = 'running' | 'done' | 'cancelled' | 'failed';

interface JobProgress {
  readonly phase: OptimizeProgress['phase'];
  readonly iteration: number;
  readonly objective: number | null;
  readonly bound: number | null;
  readonly gap: number | null;
  readonly elapsedSeconds: number;
}

/** What GET /optimize/{jobId} answers (schema OptimizeJob). */
export interface JobView {
  id: string;
  status: JobStatus;
  createdAt: string;
  finishedAt: string | null;
  expiresAt: string | null;
  request: JobRequest;
  progress: JobProgress | null;
  result: RegisterOptimizeReport | null;
  problem: ProblemBody | null;
}

export type JobEvent = { readonly kind: 'progress'; readonly progress: JobProgress } | { readonly kind: 'end'; readonly job: JobView };

interface Job {
  readonly id: string;
  readonly request: JobRequest;
  readonly objective: RegisterOptimizeRequest['objective'];
  readonly startedMs: number;
  readonly createdAt: string;
  readonly timeLimitSeconds: number;
  readonly controller: AbortController;
  readonly listeners: Set<(event: JobEvent) => void>;
  status: JobStatus;
  finishedMs: number | null;
  progress: JobProgress | null;
  lastSentMs: number;
  lastSentPhase: string | null;
  result: RegisterOptimizeReport | null;
  problem: ProblemBody | null;
  done: Promise<void>;
}

const MAX_RUNNING = 2;
export const MAX_JOBS = 50;
export const JOB_TTL_MS = 60 * 60 * 1000;
/** Progress events go out at most this often (and whenever the phase changes). */
const EVENT_INTERVAL_MS = 250;

const iso = (ms: number) => new Date(ms).toISOString();

/** The relative distance between the best value and the proven bound, as the solver reports `gap`. */
function gapOf(objective: RegisterOptimizeRequest['objective'], value: number | null, bound: number | null): number | null {
  if (value === null || bound === null) return null;
  const distance = objective === 'mclp' ? bound - value : value - bound;
  if (value === 0) return distance <= 0 ? 0 : null;
  return Math.max(0, distance) / Math.abs(value);
}

const PARAMETER_NB: Record<string, string> = {
  keep: 'keep',
  mustKeep: 'mustKeep',
  mustNot: 'mustNot',
  minPerGroup: 'minPerDistrict/districtMin',
  districtMin: 'districtMin',
  thresholdMinutes: 'thresholdMinutes',
  addedCandidates: 'addedCandidates',
};

/** A solver or request error as a 422 problem in Norwegian, naming the field at fault. */
function optimizeProblem(e: RegisterOptimizeError): ProblemError {
  const d = e.details;
  const field = typeof d['parameter'] === 'string' ? (PARAMETER_NB[d['parameter']] ?? d['parameter']) : null;
  const q = (v: unknown) => `«${String(v)}»`;
  let detail: string;
  switch (e.code) {
    case 'optimize.infeasible':
      detail = `Umulig: ${field ? `«${field}» ` : ''}lar seg ikke oppfylle (${e.message}).`;
      break;
    case 'optimize.unknown-candidate':
      detail = `${field ? `«${field}»` : 'Forespørselen'} nevner ${q(d['id'])}, som ikke er blant kandidatene (tjenestestedene som er åpne på datoen, og de som er lagt til).`;
      break;
    case 'optimize.unknown-group':
      detail = `${field ? `«${field}»` : 'Minstekravet'}: ingen kandidat hører til distriktet ${q(d['group'])}.`;
      break;
    case 'optimize.unknown-district':
      detail = `${field ? `«${field}»` : 'Forespørselen'}: ${q(d['district'])} er ikke et politidistrikt på datoen.`;
      break;
    case 'optimize.duplicate-candidate':
      detail = `«addedCandidates»: id-en ${q(d['id'])} er allerede brukt av et tjenestested blant kandidatene.`;
      break;
    case 'optimize.no-open-office':
      detail = `Ingen tjenestesteder var åpne ${String(d['at'])}; velg en annen dato.`;
      break;
    case 'optimize.invalid-parameter':
      detail = `Ugyldig verdi for ${field ? `«${field}»` : 'en parameter'} (${e.message}).`;
      break;
  }
  return new ProblemError(422, e.code, detail, { ...(field ? { parameter: field } : {}), details: { ...d }, reason: e.message });
}

export class OptimizeJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly service: OptimizeService,
    private readonly log: () => ServiceLog | null = () => null,
    private readonly now: () => number = Date.now,
  ) {}

  /** Forgets jobs that finished more than JOB_TTL_MS ago. */
  private sweep(): void {
    const now = this.now();
    for (const [id, job] of this.jobs) if (job.finishedMs !== null && now - job.finishedMs > JOB_TTL_MS) this.jobs.delete(id);
  }

  /** Room for one more job: the oldest finished ones are forgotten (Map order is creation order). */
  private makeRoom(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size < MAX_JOBS) break;
      if (job.status !== 'running') this.jobs.delete(id);
    }
  }

  private running(): Job[] {
    return [...this.jobs.values()].filter((j) => j.status === 'running');
  }

  /**
   * Starts a solve on `register`. Refused at once (nothing started) with 503 while MAX_RUNNING run,
   * and with 422 when the request cannot be solved (unknown ids or districts, impossible
   * constraints), which the service finds before any worker starts.
   */
  start(register: Register, body: JobRequest, today: IsoDate): JobView {
    this.sweep();
    const running = this.running();
    if (running.length >= MAX_RUNNING) {
      const soonest = Math.min(...running.map((j) => j.startedMs + j.timeLimitSeconds * 1000 - this.now()));
      const retryAfterSeconds = Math.max(1, Math.ceil(soonest / 1000) + 5);
      throw new ProblemError(503, 'optimize.busy', `Optimereren løser allerede ${running.length} oppgaver, som er det denne tjeneren klarer samtidig. Prøv igjen om ${retryAfterSeconds} sekunder.`, {
        retryAfterSeconds,
      });
    }
    const at = (body.at ?? today) as IsoDate;
    const objective = body.objective ?? 'mclp';
    const timeLimitSeconds = body.timeLimitSeconds ?? DEFAULT_OPTIMIZE_TIME_LIMIT_SECONDS;
    const request: RegisterOptimizeRequest = {
      at,
      objective,
      keep: body.keep,
      thresholdMinutes: body.thresholdMinutes,
      officesFrom: body.officesFrom as IsoDate[] | undefined, // the schema checked each is a calendar date
      allHistoricOffices: body.allHistoricOffices,
      addedCandidates: body.addedCandidates?.map((c) => ({ id: c.id, lat: c.lat, lon: c.lon, name: c.name ?? null, districtId: c.districtId ?? null })),
      mustKeep: body.mustKeep,
      mustNot: body.mustNot,
      minPerDistrict: body.minPerDistrict,
      districtMin: body.districtMin,
      travel: body.travel && { travel: body.travel.model, circuityFactor: body.travel.circuityFactor, speedKmh: body.travel.speedKmh },
      timeLimitSeconds,
      heuristicOnly: body.heuristicOnly,
    };
    const built = this.service.problem(register, request);
    if (!built.ok) throw optimizeProblem(built.error);
    const prepared = prepareProblem(built.value.problem, built.value.spec);
    if (!prepared.ok) throw optimizeProblem(prepared.error);

    this.makeRoom();
    const startedMs = this.now();
    const job: Job = {
      id: randomUUID(),
      request: { ...body, at, objective, ...(body.heuristicOnly ? {} : { timeLimitSeconds }) },
      objective,
      startedMs,
      createdAt: iso(startedMs),
      timeLimitSeconds: body.heuristicOnly ? 1 : timeLimitSeconds,
      controller: new AbortController(),
      listeners: new Set(),
      status: 'running',
      finishedMs: null,
      progress: null,
      lastSentMs: 0,
      lastSentPhase: null,
      result: null,
      problem: null,
      done: Promise.resolve(),
    };
    this.jobs.set(job.id, job);
    job.done = this.run(register, request, job);
    return this.view(job);
  }

  private async run(register: Register, request: RegisterOptimizeRequest, job: Job): Promise<void> {
    const onProgress = (p: OptimizeProgress) => {
      const now = this.now();
      job.progress = { phase: p.phase, iteration: p.iteration, objective: p.objective, bound: p.bound, gap: gapOf(job.objective, p.objective, p.bound), elapsedSeconds: (now - job.startedMs) / 1000 };
      if (job.listeners.size > 0 && (p.phase !== job.lastSentPhase || now - job.lastSentMs >= EVENT_INTERVAL_MS)) {
        job.lastSentMs = now;
        job.lastSentPhase = p.phase;
        this.emit(job, { kind: 'progress', progress: job.progress });
      }
    };
    // Let the request that started the job be answered before the greedy phase takes the thread.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      const outcome = await this.service.optimize(register, request, { signal: job.controller.signal, onProgress });
      if (outcome.ok) {
        job.result = outcome.value;
        job.status = outcome.value.status === 'cancelled' || job.controller.signal.aborted ? 'cancelled' : 'done';
      } else {
        job.status = 'failed';
        job.problem = optimizeProblem(outcome.error).body(`/api/v1/optimize/${job.id}`);
      }
    } catch (error) {
      this.log()?.error({ err: error, job: job.id }, 'optimize job failed');
      job.status = 'failed';
      job.problem = new ProblemError(500, 'server.error', 'Optimeringen feilet hos oss. Feilen er logget; prøv igjen senere.').body(`/api/v1/optimize/${job.id}`);
    }
    job.finishedMs = this.now();
    if (job.result) {
      const r = job.result;
      job.progress = {
        phase: job.progress?.phase ?? 'greedy',
        iteration: job.progress?.iteration ?? 0,
        objective: r.objectiveValue,
        bound: r.bound,
        gap: r.gap,
        elapsedSeconds: (job.finishedMs - job.startedMs) / 1000,
      };
    }
    this.emit(job, { kind: 'end', job: this.view(job) });
    job.listeners.clear();
  }

  private emit(job: Job, event: JobEvent): void {
    for (const listener of job.listeners) listener(event);
  }

  view(job: Job): JobView {
    return {
      id: job.id,
      status: job.status,
      createdAt: job.createdAt,
      finishedAt: job.finishedMs === null ? null : iso(job.finishedMs),
      expiresAt: job.finishedMs === null ? null : iso(job.finishedMs + JOB_TTL_MS),
      request: job.request,
      progress: job.progress,
      result: job.result,
      problem: job.problem,
    };
  }

  get(id: string): JobView | null {
    this.sweep();
    const job = this.jobs.get(id);
    return job ? this.view(job) : null;
  }

  /** The report of a job that has one (done, or cancelled with the best answer so far). */
  result(id: string): RegisterOptimizeReport | null {
    return this.jobs.get(id)?.result ?? null;
  }

  /**
   * Follows a job: `listener` gets progress events and then one end event. A finished job gets its
   * end event at once. Returns the unsubscribe function; null for an unknown job.
   */
  follow(id: string, listener: (event: JobEvent) => void): (() => void) | null {
    this.sweep();
    const job = this.jobs.get(id);
    if (!job) return null;
    if (job.status !== 'running') {
      listener({ kind: 'end', job: this.view(job) });
      return () => undefined;
    }
    if (job.progress) listener({ kind: 'progress', progress: job.progress });
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }

  /** Cancels a running job and waits until it has stopped (the solver's answer so far is kept). */
  async cancel(id: string): Promise<JobView | null> {
    const job = this.jobs.get(id);
    if (!job) return null;
    if (job.status === 'running') {
      job.controller.abort();
      await job.done;
    }
    return this.view(job);
  }

  /** Cancels every running job and waits for them (the server is closing). */
  async close(): Promise<void> {
    const running = this.running();
    for (const job of running) job.controller.abort();
    await Promise.all(running.map((j) => j.done));
  }
}
