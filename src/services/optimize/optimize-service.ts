import {
  REFORM_AFTER_DATE,
  REFORM_BEFORE_DATE,
  type DemandPoints,
  type ServiceSites,
  type TravelModel,
} from '../../analysis/index.js';
import { measureSelection, solveHeuristic, type CandidatePosition, type LocationProblem, type Objective, type OptimizeError, type OptimizeProgress, type OptimizeSpec } from '../../analysis/optimize/index.js';
import { travelModelInfo } from '../../analysis/travel-model.js';
import { DomainError } from '../../domain/errors.js';
import type { IsoDate } from '../../shared/dates.js';
import type { Office } from '../../domain/entities.js';
import type { Register } from '../../domain/register.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { Snapshot } from '../../domain/snapshot.js';
import { AccessibilityService, type TravelChoice } from '../access/accessibility-service.js';
import type { CandidateOrigin, OptimizeCandidate, RegisterOptimizeReport } from '../../contract/optimize-report.js';
import { solveExact } from './solve-exact.js';
import type { OptimizeResult } from '../../contract/optimize-result.js';

export const DEFAULT_OPTIMIZE_THRESHOLD_MINUTES = 45;
export const DEFAULT_OPTIMIZE_TIME_LIMIT_SECONDS = 60;

/** How to run the solver: the exact phase can be cancelled and reports progress. */
export interface OptimizeRunOptions {
  /** Aborting stops the exact phase; the best answer so far comes back with status `cancelled`. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: OptimizeProgress) => void;
}

/** Which solver phases to run. */
export interface SolveChoice {
  /** Budget for the exact (HiGHS) phase in seconds; default 60. */
  readonly timeLimitSeconds?: number;
  /** Greedy + swap only: no exact phase, no bound. */
  readonly heuristicOnly?: boolean;
}

/**
 * An optimisation over the register: choose `keep` offices among the offices open on `at` plus the
 * extra candidates asked for, for the same demand and travel model as the accessibility analysis.
 */
export interface RegisterOptimizeRequest extends SolveChoice {
  /** Base date: its open offices are the actual structure and always candidates. */
  readonly at: IsoDate;
  readonly objective: Objective;
  /** K; default: the number of offices open on `at`. */
  readonly keep?: number;
  /** Coverage threshold (mclp objective; reported for p-median); default 45. */
  readonly thresholdMinutes?: number;
  /** Also candidates: every office in the structure on these dates (closed ones included). */
  readonly officesFrom?: readonly IsoDate[];
  /** Also candidates: every office in the register's history, at its last position. */
  readonly allHistoricOffices?: boolean;
  /** Also candidates: proposed new sites. */
  readonly addedCandidates?: readonly CandidatePosition[];
  readonly mustKeep?: readonly string[];
  readonly mustNot?: readonly string[];
  /** At least this many selected in every police district of the base date. */
  readonly minPerDistrict?: number;
  /** Per-district minimums by district id; these override `minPerDistrict`. */
  readonly districtMin?: Readonly<Record<string, number>>;
  /** Road or estimated travel (circuity, speed), or an imported matrix covering every candidate. */
  readonly travel?: TravelChoice;
  /** Population points instead of the seed's postcode points. */
  readonly populationFile?: string;
}

/** An expected failure of a request: the solver's own (see `OptimizeError`) or one about the register side. */
export type RegisterOptimizeError =
  | OptimizeError
  | {
      readonly code: 'optimize.unknown-district' | 'optimize.duplicate-candidate' | 'optimize.no-open-office';
      readonly message: string;
      readonly details: Readonly<Record<string, unknown>>;
    };

/** The counterfactual for the reform: could the 2018 number of offices have covered more? */
export interface ReformOptimizeReport {
  /** Candidates = the offices open on 2018-07-01, K = their number: the actual structure is the only choice. */
  readonly sameSites: RegisterOptimizeReport;
  /** Candidates = every office in the structure on 2015-12-31 or 2018-07-01, K = the 2018 number. */
  readonly oldAndNewSites: RegisterOptimizeReport;
}

/** A request turned into the solver's terms, with what is needed to report on the answer. */
export interface RegisterProblem {
  readonly problem: LocationProblem;
  readonly spec: OptimizeSpec;
  /** The structure on the base date. */
  readonly base: Snapshot;
  /** The candidates as matrix columns (same order as `problem.candidateIds`). */
  readonly sites: ServiceSites;
  readonly origin: readonly CandidateOrigin[];
  /** The offices open on the base date: the actual structure. */
  readonly baselineIds: readonly string[];
  readonly demand: DemandPoints;
  readonly travelModel: TravelModel;
}

interface Candidates {
  readonly sites: ServiceSites;
  readonly origin: readonly CandidateOrigin[];
  readonly baselineIds: readonly string[];
}

/**
 * An office not open on `at`, as a candidate for that date: as it last was while open before `at` (a
 * closed office at its last position, with its kind and name then), or, for an office that only opened
 * later, as it first was.
 */
export function officeAsCandidate(register: Register, id: string, at: IsoDate): Office | null {
  const history = register.history(id);
  if (!history || history.type !== 'office') return null;
  const last = history.intervals.findLast((i) => i.active && i.from <= at) ?? history.intervals.find((i) => i.active);
  if (!last) return null;
  // An office's attrs were validated against OfficeAttrs when each change was recorded, and the fold
  // keeps the merged attrs whole; id/type/since/sinceKnown/updated complete the entity as a snapshot builds it.
  return { ...(last.attrs as Omit<Office, 'id' | 'type' | 'since' | 'sinceKnown' | 'updated'>), id, type: 'office', since: last.from, sinceKnown: last.change.datePrecision !== 'on-or-before', updated: last.from } as Office;
}

/**
 * Location-allocation on the register's structure: demand and travel from the accessibility
 * analysis, the solver from `analysis/optimize`. Usable from the CLI and the HTTP API.
 */
export class OptimizeService {
  constructor(private readonly accessibility: AccessibilityService = new AccessibilityService()) {}

  /** The candidates: open offices first (the baseline), then other register offices, then added sites. */
  private candidates(register: Register, base: Snapshot, request: RegisterOptimizeRequest): Result<Candidates, RegisterOptimizeError> {
    const ids: string[] = [];
    const names: string[] = [];
    const districtIds: (string | null)[] = [];
    const lat: number[] = [];
    const lon: number[] = [];
    const origin: CandidateOrigin[] = [];
    const seen = new Set<string>();
    // Districts are the base date's: an office from another date counts towards the district its
    // municipality belongs to on the base date (2015's 27 districts map onto 2018's 12 this way).
    const districtOf = (office: Office): string | null =>
      base.offices.get(office.id)?.districtId ?? base.municipalities.get(office.municipalityNumber)?.districtId ?? null;
    const add = (id: string, name: string, districtId: string | null, position: { lat: number; lon: number }, from: CandidateOrigin) => {
      seen.add(id);
      ids.push(id);
      names.push(name);
      districtIds.push(districtId);
      lat.push(position.lat);
      lon.push(position.lon);
      origin.push(from);
    };
    const open = base.openOffices();
    for (const o of open) add(o.id, o.name, o.districtId, o.position, 'open');
    for (const date of request.officesFrom ?? []) {
      for (const o of register.snapshot(date).offices.values()) if (!seen.has(o.id)) add(o.id, o.name, districtOf(o), o.position, 'register');
    }
    if (request.allHistoricOffices) {
      const officeIds = [...new Set(register.changes.filter((c) => c.op.entity === 'office').map((c) => c.op.id))].sort();
      for (const id of officeIds) {
        if (seen.has(id)) continue;
        const o = base.offices.get(id) ?? officeAsCandidate(register, id, request.at);
        if (o) add(o.id, o.name, districtOf(o), o.position, 'register');
      }
    }
    for (const c of request.addedCandidates ?? []) {
      if (seen.has(c.id)) {
        return err({
          code: 'optimize.duplicate-candidate',
          message: `added candidate "${c.id}" has the id of an office that is already a candidate`,
          details: { id: c.id },
        });
      }
      if (c.districtId !== null && !base.districts.has(c.districtId)) {
        return err({
          code: 'optimize.unknown-district',
          message: `added candidate "${c.id}" names district "${c.districtId}", which is not a police district on ${base.at}`,
          details: { parameter: 'addedCandidates', id: c.id, district: c.districtId, known: [...base.districts.keys()] },
        });
      }
      add(c.id, c.name ?? c.id, c.districtId, c, 'added');
    }
    return ok({
      sites: { ids, names, districtIds, lat: Float64Array.from(lat), lon: Float64Array.from(lon) },
      origin,
      baselineIds: open.map((o) => o.id),
    });
  }

  private minimums(base: Snapshot, request: RegisterOptimizeRequest): Result<Map<string, number>, RegisterOptimizeError> {
    const out = new Map<string, number>();
    if (request.minPerDistrict !== undefined && request.minPerDistrict > 0) {
      for (const id of base.districts.keys()) out.set(id, request.minPerDistrict);
    }
    for (const [id, min] of Object.entries(request.districtMin ?? {})) {
      if (!base.districts.has(id)) {
        return err({
          code: 'optimize.unknown-district',
          message: `districtMin names "${id}", which is not a police district on ${base.at}`,
          details: { parameter: 'districtMin', district: id, known: [...base.districts.keys()] },
        });
      }
      out.set(id, min);
    }
    return ok(out);
  }

  /**
   * The solver's problem for a request, built exactly as `optimize` builds it: candidates, demand,
   * travel minutes and the spec (with the actual structure as the tie-break preference). For callers
   * that run the solver themselves (the benchmark) or want the instance without solving.
   */
  problem(register: Register, request: RegisterOptimizeRequest): Result<RegisterProblem, RegisterOptimizeError> {
    const base = register.snapshot(request.at);
    if (base.openOffices().length === 0) {
      return err({ code: 'optimize.no-open-office', message: `no office is open on ${request.at}`, details: { at: request.at } });
    }
    const candidates = this.candidates(register, base, request);
    if (!candidates.ok) return candidates;
    const { sites, origin, baselineIds } = candidates.value;
    const minimums = this.minimums(base, request);
    if (!minimums.ok) return minimums;

    const demand = this.accessibility.demand(register, request.populationFile);
    // An imported matrix must cover every candidate, not only the offices open on a date.
    const model = this.accessibility.travelModelFor(demand, request.travel ?? {}, sites.ids);
    const matrix = model.matrix(demand, sites);
    if (!matrix.ok) throw new DomainError(`analysis.${matrix.error.code}`, matrix.error.message, { ids: matrix.error.ids });
    const problem: LocationProblem = {
      demandIds: demand.ids,
      demandWeights: demand.population,
      candidateIds: sites.ids,
      candidateGroups: sites.districtIds,
      minutes: matrix.value.minutes,
    };
    const spec: OptimizeSpec = {
      objective: request.objective,
      keep: request.keep ?? baselineIds.length,
      thresholdMinutes: request.thresholdMinutes ?? DEFAULT_OPTIMIZE_THRESHOLD_MINUTES,
      mustKeep: request.mustKeep,
      mustNot: request.mustNot,
      minPerGroup: minimums.value,
      // Among equally good answers, the one closest to the actual structure: differences are then the
      // ones the objective asks for, not arbitrary picks on a coverage plateau.
      prefer: baselineIds,
    };
    return ok({ problem, spec, base, sites, origin, baselineIds, demand, travelModel: model });
  }

  /**
   * Chooses `keep` offices for the structure on `request.at` and sets the answer beside the actual
   * structure of that date, measured on the same candidates, demand and travel model. Bad file
   * contents throw `InputFileError`; impossible or unknown requests come back as errors.
   */
  async optimize(register: Register, request: RegisterOptimizeRequest, run: OptimizeRunOptions = {}): Promise<Result<RegisterOptimizeReport, RegisterOptimizeError>> {
    const built = this.problem(register, request);
    if (!built.ok) return built;
    const { problem, spec, base, sites, origin, baselineIds, demand, travelModel: model } = built.value;
    const threshold = spec.thresholdMinutes ?? DEFAULT_OPTIMIZE_THRESHOLD_MINUTES;
    const minimums = spec.minPerGroup ?? new Map<string, number>();
    const solved = await solveLocationProblem(problem, spec, request, run);
    if (!solved.ok) return solved;
    const result = solved.value;

    const baseline = measureSelection(problem, baselineIds, threshold);
    const selected = new Set(result.selected);
    const inBaseline = new Set(baselineIds);
    const candidateList: OptimizeCandidate[] = sites.ids.map((id, j) => ({
      id,
      name: sites.names[j],
      districtId: sites.districtIds[j],
      origin: origin[j],
      lat: sites.lat[j],
      lon: sites.lon[j],
      selected: selected.has(id),
    }));
    const districts = [...base.districts.values()]
      .sort((a, b) => a.name.localeCompare(b.name, 'nb') || (a.id < b.id ? -1 : 1))
      .map((d) => ({
        id: d.id,
        name: d.name,
        minimum: minimums.get(d.id) ?? 0,
        baselineOffices: candidateList.filter((c) => c.districtId === d.id && inBaseline.has(c.id)).length,
        selectedOffices: candidateList.filter((c) => c.districtId === d.id && c.selected).length,
      }));
    return ok({
      ...result,
      baselineCoveredShare: baseline.coveredShare,
      at: request.at,
      baseline: {
        at: request.at,
        offices: baselineIds.length,
        coveredShare: baseline.coveredShare,
        coveredWeight: baseline.coveredWeight,
        meanMinutes: baseline.meanMinutes,
        objectiveValue: request.objective === 'mclp' ? (baseline.coveredWeight ?? 0) : baseline.weightedMinutes,
      },
      changes: {
        closed: baselineIds.filter((id) => !selected.has(id)).sort(),
        opened: result.selected.filter((id) => !inBaseline.has(id)).sort(),
      },
      candidates: candidateList,
      districts,
      travelModel: travelModelInfo(model),
      demand: { points: demand.ids.length, population: demand.summary.population, method: { ...demand.method } },
    });
  }

  /**
   * The reform counterfactual at T minutes (MCLP): the 2018-07-01 structure against (a) the best choice
   * of as many offices among its own sites — necessarily itself, a consistency check — and (b) the
   * best choice of as many among every site of 2015-12-31 and 2018-07-01.
   */
  async reformCounterfactual(
    register: Register,
    request: SolveChoice & { readonly thresholdMinutes?: number; readonly travel?: TravelChoice; readonly populationFile?: string },
    run: OptimizeRunOptions = {},
  ): Promise<Result<ReformOptimizeReport, RegisterOptimizeError>> {
    const common = { ...request, at: REFORM_AFTER_DATE as IsoDate, objective: 'mclp' as const };
    const sameSites = await this.optimize(register, common, run);
    if (!sameSites.ok) return sameSites;
    // Cancelled during the first run, the second still gives its heuristic answer (status cancelled).
    const oldAndNewSites = await this.optimize(register, { ...common, officesFrom: [REFORM_BEFORE_DATE as IsoDate] }, run);
    if (!oldAndNewSites.ok) return oldAndNewSites;
    return ok({ sameSites: sameSites.value, oldAndNewSites: oldAndNewSites.value });
  }
}

/**
 * The solver on any problem (a standalone matrix, or one built from the register): greedy + swap only,
 * or followed by the time-limited exact phase, which `run.signal` can cancel.
 */
export async function solveLocationProblem(
  problem: LocationProblem,
  spec: OptimizeSpec,
  choice: SolveChoice = {},
  run: OptimizeRunOptions = {},
): Promise<Result<OptimizeResult, OptimizeError>> {
  if (choice.heuristicOnly) return solveHeuristic(problem, spec, { onProgress: run.onProgress });
  return solveExact(problem, spec, {
    timeLimitSeconds: choice.timeLimitSeconds ?? DEFAULT_OPTIMIZE_TIME_LIMIT_SECONDS,
    signal: run.signal,
    onProgress: run.onProgress,
  });
}
