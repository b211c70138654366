import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareEvaluations, demandFromPostcodes, demandFromPoints, estimatedRoadTravel, evaluateAccessibility, evaluateSnapshot, municipalityDemandInputs, sitesFromOffices, parsePopulationPoints, parsePostcodePoints, parseTravelTimeMatrix, reformReport, travelTimeMatrix, REFORM_AFTER_DATE, REFORM_BEFORE_DATE, type AccessibilityEvaluation, type DemandPoints, type InputIssue, type TravelModel } from '../../analysis/index.js';
import type { PostcodePoint } from '../../analysis/demand-model.js';
import { DomainError } from '../../domain/errors.js';
import { issuesLine } from '../../shared/csv/file-issues.js';
import { todayInNorway, type IsoDate } from '../../shared/dates.js';
import type { Register } from '../../domain/register.js';
import type { ServiceKind } from '../../domain/entities.js';
import type { Snapshot } from '../../domain/snapshot.js';
import { ROADS_DIR, SEED_DIR } from '../../config.js';
import type { ComparisonReport } from '../../contract/comparison-report.js';
import type { ReformReport } from '../../contract/comparison-report.js';
import type { AccessibilityOptions, TravelMode } from '../../contract/accessibility-options.js';
import { loadRoadNetworkDir, RoadNetworks } from './road-networks.js';

/** Input files were refused: each issue names the file, row or feature, field and why. */
export class InputFileError extends DomainError {
  constructor(readonly issues: readonly InputIssue[]) {
    super('analysis.input-file', issuesLine(issues), { issues });
    this.name = 'InputFileError';
  }
}

export interface TravelChoice {
  /** `road` or `estimated`; unset: road when a network is present, else estimated. Ignored with a matrix file. */
  travel?: TravelMode;
  /** The estimated model's parameters (with `road`: those of the fallback for points the road cannot reach). */
  circuityFactor?: number;
  speedKmh?: number;
  /** An origin–destination matrix file (origin_id,destination_id,minutes) replacing the estimate. */
  matrixFile?: string;
}

/**
 * The accessibility analysis at the I/O edge: reads the demand (the seed's postcode points, or a
 * population-points file) and an optional travel-time matrix, then runs the pure engine on the
 * register's snapshots. Demand is the same for every date (2024 municipalities and population), so
 * differences between dates come from the offices and memberships only.
 */
export class AccessibilityService {
  /** The seed's postcode points, read once (a file that ships with the program). */
  private postcodes: PostcodePoint[] | null = null;
  /**
   * The default demand per register: it takes the municipalities and their populations from the
   * register, so a register replaced after a write (here or in another process) gets its own.
   */
  private readonly defaultDemand = new WeakMap<Register, DemandPoints>();

  constructor(
    private readonly postcodesFile: string = join(SEED_DIR, 'postcodes.csv'),
    /** The road network the `road` model routes on (default: the project's data/roads). */
    readonly roads: RoadNetworks = new RoadNetworks(() => loadRoadNetworkDir(ROADS_DIR)),
  ) {}

  demand(register: Register, populationFile?: string): DemandPoints {
    if (populationFile) {
      const parsed = parsePopulationPoints(readFileSync(populationFile, 'utf8'), populationFile);
      if (!parsed.ok) throw new InputFileError(parsed.error);
      const missing: InputIssue[] = parsed.value
        .filter((p) => !p.municipalityNumber)
        .map((p) => ({ code: 'missing-value', file: populationFile, row: null, feature: null, field: 'municipality_number', message: `${populationFile}, felt «municipality_number»: punktet ${p.id} mangler kommunenummer` }));
      if (missing.length > 0) throw new InputFileError(missing);
      const points = parsed.value.map((p) => ({ id: p.id, municipalityNumber: p.municipalityNumber!, lat: p.lat, lon: p.lon, population: p.population }));
      const demand = demandFromPoints(points, { source: populationFile, knownMunicipalities: register.snapshot(todayInNorway()).municipalities.keys() });
      if (!demand.ok) throw new InputFileError(demand.error);
      return demand.value;
    }
    let demand = this.defaultDemand.get(register);
    if (!demand) {
      demand = demandFromPostcodes(municipalityDemandInputs(register.snapshot(todayInNorway())), this.postcodePoints());
      this.defaultDemand.set(register, demand);
    }
    return demand;
  }

  private postcodePoints(): PostcodePoint[] {
    if (!this.postcodes) {
      const parsed = parsePostcodePoints(readFileSync(this.postcodesFile, 'utf8'), this.postcodesFile);
      if (!parsed.ok) throw new InputFileError(parsed.error);
      this.postcodes = parsed.value;
    }
    return this.postcodes;
  }

  travelModel(register: Register, demand: DemandPoints, choice: TravelChoice, dates: readonly IsoDate[]): TravelModel {
    // The matrix must cover every office open on the dates asked for.
    const destinationIds = choice.matrixFile ? [...new Set(dates.flatMap((d) => register.snapshot(d).openOffices().map((o) => o.id)))] : [];
    return this.travelModelFor(demand, choice, destinationIds);
  }

  /**
   * The estimated model: with a circuity factor asked for, that single factor; otherwise circuity by
   * distance band as measured on the road network (data/roads/circuity.json), where the network has
   * such a table; else the literature's single 1.3.
   */
  private estimatedModel(choice: TravelChoice): TravelModel {
    const table = choice.circuityFactor === undefined ? this.roads.current()?.circuity : undefined;
    return table ? estimatedRoadTravel({ speedKmh: choice.speedKmh }, { circuityTable: table }) : estimatedRoadTravel({ circuityFactor: choice.circuityFactor, speedKmh: choice.speedKmh });
  }

  /** The mode a choice comes to: what `travelModelFor` builds (a matrix file aside). */
  travelMode(choice: TravelChoice): TravelMode {
    return choice.travel ?? (this.roads.current() ? 'road' : 'estimated');
  }

  /** The same for a given set of offices (a scenario's, which the register has never seen). */
  travelModelFor(demand: DemandPoints, choice: TravelChoice, destinationIds: readonly string[]): TravelModel {
    if (!choice.matrixFile) {
      const estimated = this.estimatedModel(choice);
      const network = choice.travel === 'estimated' ? null : this.roads.current();
      if (network) return this.roads.model(network, estimated);
      if (choice.travel === 'road') throw new DomainError('analysis.no-road-network', 'the road travel model needs a road network, and none is loaded (build data/roads or import one)');
      return estimated;
    }
    const parsed = parseTravelTimeMatrix(readFileSync(choice.matrixFile, 'utf8'), choice.matrixFile, { originIds: demand.ids, destinationIds });
    if (!parsed.ok) throw new InputFileError(parsed.error);
    return travelTimeMatrix(parsed.value, { fileName: choice.matrixFile });
  }

  /**
   * The structure on `at` against the demand; with `service`, only the offices offering that service
   * on the date count (the nearest pass- og ID-kontor rather than the nearest office).
   */
  evaluate(register: Register, at: IsoDate, options: AccessibilityOptions, model: TravelModel, demand: DemandPoints, service?: ServiceKind): AccessibilityEvaluation {
    const snapshot = register.snapshot(at);
    const result = service === undefined ? evaluateSnapshot(snapshot, demand, model, options) : evaluateServiceSites(snapshot, demand, model, options, service);
    if (!result.ok) {
      if (service !== undefined && result.error.code === 'no-open-office') throw new DomainError('analysis.no-service-office', `no office offers ${service} on ${at}`, { service, at });
      throw new DomainError(`analysis.${result.error.code}`, result.error.message, { ids: result.error.ids });
    }
    return result.value;
  }

  compare(register: Register, from: IsoDate, to: IsoDate, options: AccessibilityOptions, model: TravelModel, demand: DemandPoints, service?: ServiceKind): ComparisonReport {
    return compareEvaluations(this.evaluate(register, from, options, model, demand, service), this.evaluate(register, to, options, model, demand, service));
  }

  reform(register: Register, today: IsoDate, options: AccessibilityOptions, model: TravelModel, demand: DemandPoints, service?: ServiceKind): ReformReport {
    const [before, after, now] = [REFORM_BEFORE_DATE as IsoDate, REFORM_AFTER_DATE as IsoDate, today].map((d) => this.evaluate(register, d, options, model, demand, service));
    return reformReport(before!, after!, now!);
  }
}

/** The offices offering `service` on the snapshot's date as the sites, the report naming the service. */
function evaluateServiceSites(snapshot: Snapshot, demand: DemandPoints, model: TravelModel, options: AccessibilityOptions, service: ServiceKind) {
  const sites = sitesFromOffices(snapshot.officesOffering(service));
  if (sites.ids.length === 0) return { ok: false as const, error: { code: 'no-open-office' as const, message: `no office offers ${service}`, ids: [] } };
  const matrix = model.matrix(demand, sites);
  if (!matrix.ok) return { ok: false as const, error: { code: matrix.error.code, message: matrix.error.message, ids: matrix.error.ids } };
  const result = evaluateAccessibility({ at: snapshot.at, demand, sites, matrix: matrix.value, travelModel: model, municipalities: snapshot.municipalities, districts: snapshot.districts }, options);
  return result.ok ? { ok: true as const, value: { ...result.value, report: { ...result.value.report, service } } } : result;
}
