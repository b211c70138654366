import { checkMunicipality } from '../../domain/invariants.js';
import type { Snapshot } from '../../domain/snapshot.js';
import { populationShort, roundMinutes } from '../metrics.js';
import type { CriteriaReport, CriterionItem, CriterionResult } from '../../contract/criteria-report.js';
import type { Criterion, RuleSet } from '../../contract/criteria-rule-set.js';
import type { PointOutcomes } from '../point-outcomes.js';

export interface CriteriaInput {
  /** The structure judged: a date's snapshot or a scenario's. */
  readonly snapshot: Snapshot;
  /** Nearest-office minutes per demand point for the same structure (`evaluateSnapshot(…).points`). */
  readonly points: PointOutcomes;
  /** Shown as `at` (default: the snapshot's date). */
  readonly label?: string;
}

type Rule<K extends Criterion['kind']> = Extract<Criterion, { kind: K }>;
type Measured = Pick<CriterionResult, 'requirement' | 'value' | 'items'> & { passed?: boolean };

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => a.name.localeCompare(b.name, 'nb') || (a.id < b.id ? -1 : 1);
const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

/**
 * Judges one structure by a rule set. Pure. Travel rules read the per-point minutes (the demand and
 * travel model of the evaluation given); the office rules count the offices in the structure on the
 * date (a seasonal office counts all year, as in the structure counts); population per office uses
 * the municipalities' registered population.
 */
export function evaluateCriteria(set: RuleSet, input: CriteriaInput): CriteriaReport {
  const rules = set.rules.map((rule) => judge(rule, input));
  const failedCount = rules.filter((r) => !r.passed).length;
  return {
    at: input.label ?? input.snapshot.at,
    ruleSet: { id: set.id, label: set.label },
    passed: failedCount === 0,
    passedCount: rules.length - failedCount,
    failedCount,
    rules,
  };
}

function judge(rule: Criterion, input: CriteriaInput): CriterionResult {
  const measured = measure(rule, input);
  const failing = measured.items.filter((i) => !i.passed).length;
  return {
    id: rule.id,
    kind: rule.kind,
    label: rule.label,
    rule,
    requirement: measured.requirement,
    passed: measured.passed ?? failing === 0,
    value: measured.value,
    total: measured.items.length,
    failing,
    items: measured.items,
  };
}

function measure(rule: Criterion, input: CriteriaInput): Measured {
  switch (rule.kind) {
    case 'district-share-within':
      return districtShareWithin(rule, input.points);
    case 'municipality-travel-time':
      return municipalityTravelTime(rule, input.points);
    case 'district-min-offices':
      return districtMinOffices(rule, input.snapshot);
    case 'municipality-served':
      return municipalityServed(input.snapshot);
    case 'population-per-office':
      return populationPerOffice(rule, input.snapshot);
    case 'min-total-offices': {
      const count = input.snapshot.offices.size;
      return { requirement: `at least ${rule.minOffices} offices nationally`, value: count, items: [], passed: count >= rule.minOffices };
    }
  }
}

function districtShareWithin(rule: Rule<'district-share-within'>, p: PointOutcomes): Measured {
  const groups = p.districtIds.length;
  const population = new Float64Array(groups);
  const within = new Float64Array(groups);
  const w = p.demand.population;
  for (let i = 0; i < w.length; i++) {
    const g = p.districtIndex[i];
    population[g] += w[i];
    // On the stored Float32 minutes, as every accessibility figure ("høyst 45 minutter").
    if (p.minutes[i] <= rule.thresholdMinutes) within[g] += w[i];
  }
  let worst: number | null = null;
  const items: CriterionItem[] = p.districtIds.map((id, g) => {
    const share = population[g] > 0 ? within[g] / population[g] : null;
    if (share !== null && (worst === null || share < worst)) worst = share;
    return {
      id,
      name: p.districtNames[g],
      districtId: id,
      value: share,
      passed: share === null || share >= rule.minShare,
      numbers: { population: population[g], withinThreshold: within[g], populationShort: populationShort(within[g], population[g], rule.minShare) },
      note: null,
    };
  });
  return { requirement: `at least ${percent(rule.minShare)} of each police district's inhabitants within ${rule.thresholdMinutes} minutes of the nearest office`, value: worst, items };
}

function municipalityTravelTime(rule: Rule<'municipality-travel-time'>, p: PointOutcomes): Measured {
  const n = p.demand.municipalityNumbers.length;
  const population = new Float64Array(n);
  const personMinutes = new Float64Array(n);
  const max = new Float64Array(n).fill(-1);
  const w = p.demand.population;
  for (let i = 0; i < w.length; i++) {
    if (w[i] <= 0) continue;
    const m = p.demand.municipalityIndex[i];
    population[m] += w[i];
    personMinutes[m] += w[i] * p.minutes[i];
    if (p.minutes[i] > max[m]) max[m] = p.minutes[i];
  }
  let worst: number | null = null;
  const items: CriterionItem[] = p.demand.municipalityNumbers.map((number, m) => {
    const raw = population[m] > 0 ? (rule.measure === 'mean' ? personMinutes[m] / population[m] : max[m]) : null;
    // Judged on the minutes as shown (0.01), so a figure printed as 45.00 never fails a 45-minute limit.
    const value = raw === null ? null : roundMinutes(raw);
    if (value !== null && (worst === null || value > worst)) worst = value;
    return {
      id: number,
      name: p.municipalityNames[m],
      districtId: p.districtIds[p.municipalityDistrict[m]] ?? null,
      value,
      passed: value === null || value <= rule.maxMinutes,
      numbers: { population: population[m] },
      note: null,
    };
  });
  const what = rule.measure === 'mean' ? 'the population-weighted mean travel time' : 'the travel time from its farthest inhabited point';
  return { requirement: `in every municipality ${what} to the nearest office is at most ${rule.maxMinutes} minutes`, value: worst, items };
}

function districtMinOffices(rule: Rule<'district-min-offices'>, s: Snapshot): Measured {
  let fewest: number | null = null;
  const items: CriterionItem[] = [...s.districts.values()].sort(byName).map((d) => {
    const offices = (s.officesByDistrict.get(d.id) ?? []).length;
    if (fewest === null || offices < fewest) fewest = offices;
    return { id: d.id, name: d.name, districtId: d.id, value: offices, passed: offices >= rule.minOffices, numbers: { offices }, note: null };
  });
  return { requirement: `at least ${rule.minOffices} offices in every police district`, value: fewest, items };
}

function municipalityServed(s: Snapshot): Measured {
  const items: CriterionItem[] = [...s.municipalities.values()]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((m) => {
      const problems = checkMunicipality(s, m).map((v) => v.message);
      if (m.stationDistrictIds.length === 0 && problems.length === 0) problems.push(`municipality ${m.id} ${m.name} belongs to no station district`);
      return {
        id: m.id,
        name: m.name,
        districtId: m.districtId,
        value: m.stationDistrictIds.length,
        passed: problems.length === 0,
        numbers: { stationDistricts: m.stationDistrictIds.length },
        note: problems.length > 0 ? problems.join('; ') : null,
      };
    });
  return {
    requirement: 'every municipality served by exactly one station district, or divided between sub-municipal units as the register allows',
    value: items.filter((i) => !i.passed).length,
    items,
  };
}

function populationPerOffice(rule: Rule<'population-per-office'>, s: Snapshot): Measured {
  let highest: number | null = null;
  const items: CriterionItem[] = [...s.districts.values()].sort(byName).map((d) => {
    const population = (s.municipalitiesByDistrict.get(d.id) ?? []).reduce((sum, m) => sum + m.population, 0);
    const offices = (s.officesByDistrict.get(d.id) ?? []).length;
    const value = offices > 0 ? Math.round(population / offices) : null;
    if (value !== null && (highest === null || value > highest)) highest = value;
    const passed = population === 0 || (value !== null && value >= rule.min && value <= rule.max);
    return { id: d.id, name: d.name, districtId: d.id, value, passed, numbers: { population, offices }, note: offices === 0 && population > 0 ? `${d.name} har ingen tjenestesteder` : null };
  });
  return { requirement: `between ${rule.min} and ${rule.max} inhabitants per office in every police district`, value: highest, items };
}
