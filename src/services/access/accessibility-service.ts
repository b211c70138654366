import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareEvaluations, demandFromPostcodes, demandFromPoints, estimatedRoadTravel, evaluateSnapshot, municipalityDemandInputs, parsePopulationPoints, parsePostcodePoints, parseTravelTimeMatrix, reformReport, travelTimeMatrix, REFORM_AFTER_DATE, REFORM_BEFORE_DATE, type AccessibilityEvaluation, type DemandPoints, type InputIssue, type TravelModel } from '../../analysis/index.js';
import type { PostcodePoint } from '../../analysis/demand-model.js';
import { DomainError } from '../../domain/errors.js';
import { issuesLine } from '../../shared/csv/file-issues.js';
import { todayInNorway, type IsoDate } from '../../shared/dates.js';
import type { Register } from '../../domain/register.js';
import { SEED_DIR } from '../../config.js';
import type { ComparisonReport } from '../../contract/comparison-report.js';
import type { ReformReport } from '../../contract/comparison-report.js';
import type { AccessibilityOptions } from '../../contract/accessibility-options.js';

/** Input files were refused: each issue names the file, row or feature, field and why. */
export class InputFileError extends DomainError {
  constructor(readonly issues: readonly InputIssue[]) {
    super('analysis.input-file', issuesLine(issues), { issues });
    this.name = 'InputFileError';
  }
}

export interface TravelChoice {
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

  constructor(private readonly postcodesFile: string = join(SEED_DIR, 'postcodes.csv')) {}

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

  /** The same for a given set of offices (a scenario's, which the register has never seen). */
  travelModelFor(demand: DemandPoints, choice: TravelChoice, destinationIds: readonly string[]): TravelModel {
    if (!choice.matrixFile) return estimatedRoadTravel({ circuityFactor: choice.circuityFactor, speedKmh: choice.speedKmh });
    const parsed = parseTravelTimeMatrix(readFileSync(choice.matrixFile, 'utf8'), choice.matrixFile, { originIds: demand.ids, destinationIds });
    if (!parsed.ok) throw new InputFileError(parsed.error);
    return travelTimeMatrix(parsed.value, { fileName: choice.matrixFile });
  }

  evaluate(register: Register, at: IsoDate, options: AccessibilityOptions, model: TravelModel, demand: DemandPoints): AccessibilityEvaluation {
    const result = evaluateSnapshot(register.snapshot(at), demand, model, options);
    if (!result.ok) throw new DomainError(`analysis.${result.error.code}`, result.error.message, { ids: result.error.ids });
    return result.value;
  }

  compare(register: Register, from: IsoDate, to: IsoDate, options: AccessibilityOptions, model: TravelModel, demand: DemandPoints): ComparisonReport {
    return compareEvaluations(this.evaluate(register, from, options, model, demand), this.evaluate(register, to, options, model, demand));
  }

  reform(register: Register, today: IsoDate, options: AccessibilityOptions, model: TravelModel, demand: DemandPoints): ReformReport {
    const [before, after, now] = [REFORM_BEFORE_DATE as IsoDate, REFORM_AFTER_DATE as IsoDate, today].map((d) => this.evaluate(register, d, options, model, demand));
    return reformReport(before!, after!, now!);
  }
}
