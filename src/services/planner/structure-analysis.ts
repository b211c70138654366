import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateAccessibility, rankClosingCosts, sitesFromOffices, type AccessibilityEvaluation, type ClosingCost, type DemandPoints, type TravelMatrix, type TravelModel } from '../../analysis/index.js';
import { evaluateCriteria, parseRuleSet, type CriteriaFileIssue } from '../../analysis/criteria/index.js';
import { PACKAGE_ROOT } from '../../config.js';
import { DomainError } from '../../domain/errors.js';
import type { IsoDate } from '../../shared/dates.js';
import type { Register } from '../../domain/register.js';
import type { Snapshot } from '../../domain/snapshot.js';
import type { AccessibilityService, TravelChoice } from '../access/accessibility-service.js';
import type { ClosingCostsOptions, ClosingCostsReport } from '../../contract/closing-costs-report.js';
import type { CriteriaReport } from '../../contract/criteria-report.js';
import type { RuleSet } from '../../contract/criteria-rule-set.js';
import type { AccessibilityOptions } from '../../contract/accessibility-options.js';

/** The rule set shipped with naerpoliti. */
const DEFAULT_CRITERIA_FILE = join(PACKAGE_ROOT, 'data', 'criteria', 'default.json');

/** A criteria file was refused; each issue names the file and the JSON path. */
export class CriteriaFileError extends DomainError {
  constructor(readonly issues: readonly CriteriaFileIssue[]) {
    super('criteria.invalid-file', issues.map((i) => i.message).join('; '), { issues });
    this.name = 'CriteriaFileError';
  }
}

/** Reads and validates a criteria file (default: data/criteria/default.json). */
export function loadRuleSet(file: string = DEFAULT_CRITERIA_FILE): RuleSet {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new CriteriaFileError([{ code: 'criteria.not-json', file, path: '', message: `${file}: cannot be read: ${why}` }]);
  }
  const parsed = parseRuleSet(text, file);
  if (!parsed.ok) throw new CriteriaFileError(parsed.error);
  return parsed.value;
}

/**
 * Where the accessibility figures get people and travel times from. The CLI and the API use the
 * seed's postcode points and the estimated road model (`accessibilitySource`); tests pass their own
 * hand-made demand and matrix.
 */
export interface AccessibilitySource {
  demand(register: Register): DemandPoints;
  /** A model with travel times to every office in `destinationIds` (all offices of the structures compared). */
  travelModel(register: Register, demand: DemandPoints, destinationIds: readonly string[]): TravelModel;
}

export function accessibilitySource(service: AccessibilityService, choice: TravelChoice & { populationFile?: string } = {}): AccessibilitySource {
  return {
    demand: (register) => service.demand(register, choice.populationFile),
    travelModel: (_register, demand, destinationIds) => service.travelModelFor(demand, choice, destinationIds),
  };
}

export {   type ClosingCostsOptions, type ClosingCostsReport } from '../../contract/closing-costs-report.js';

/**
 * Accessibility, criteria and closing costs for any structure — a date's snapshot or a scenario's.
 * Pure analysis over the demand and travel model the source gives; no store.
 */
export class StructureAnalysis {
  constructor(private readonly source: AccessibilitySource) {}

  /**
   * The structure's open offices against the demand. `destinationIds` is what the travel model must
   * cover (default: this structure's open offices); give the union when comparing two structures.
   */
  evaluate(
    register: Register,
    snapshot: Snapshot,
    options: AccessibilityOptions = {},
    label: string = snapshot.at,
    destinationIds?: readonly string[],
  ): { evaluation: AccessibilityEvaluation; matrix: TravelMatrix; model: TravelModel } {
    const demand = this.source.demand(register);
    const sites = sitesFromOffices(snapshot.openOffices());
    const model = this.source.travelModel(register, demand, destinationIds ?? sites.ids);
    const matrix = model.matrix(demand, sites);
    if (!matrix.ok) throw new DomainError(`analysis.${matrix.error.code}`, matrix.error.message, { ids: matrix.error.ids });
    const evaluation = evaluateAccessibility(
      { at: label, demand, sites, matrix: matrix.value, travelModel: model, municipalities: snapshot.municipalities, districts: snapshot.districts },
      options,
    );
    if (!evaluation.ok) throw new DomainError(`analysis.${evaluation.error.code}`, evaluation.error.message, { ids: evaluation.error.ids });
    return { evaluation: evaluation.value, matrix: matrix.value, model };
  }

  criteria(ruleSet: RuleSet, snapshot: Snapshot, evaluation: AccessibilityEvaluation, label?: string): CriteriaReport {
    return evaluateCriteria(ruleSet, { snapshot, points: evaluation.points, label });
  }

  /** The criteria on a date of the official register. */
  criteriaAt(register: Register, at: IsoDate, ruleSet: RuleSet): CriteriaReport {
    const snapshot = register.snapshot(at);
    return this.criteria(ruleSet, snapshot, this.evaluate(register, snapshot).evaluation);
  }

  /** What closing each office open on `at` would cost, alone, most costly first. */
  closingCostsAt(register: Register, at: IsoDate, options: ClosingCostsOptions = {}): ClosingCostsReport {
    const snapshot = register.snapshot(at);
    const { evaluation, matrix } = this.evaluate(register, snapshot, { thresholdMinutes: options.thresholdMinutes, targetShare: options.targetShare });
    const costs: ClosingCost[] = rankClosingCosts({ points: evaluation.points, matrix });
    const r = evaluation.report;
    return {
      at,
      thresholdMinutes: r.thresholdMinutes,
      targetShare: r.targetShare,
      offices: r.national.offices,
      travelModel: r.travelModel,
      demandModel: r.demandModel,
      costs: options.limit === undefined ? costs : costs.slice(0, options.limit),
    };
  }
}
