import { DomainError } from '../domain/errors.js';
import type { AccessibilityEvaluation } from './evaluate.js';
import type { ChangeSummary, ComparisonReport, PointIncrease } from '../contract/comparison-report.js';
import { roundMinutes } from './metrics.js';
import type { PointOutcomes } from './point-outcomes.js';

const DEFAULT_LARGEST_INCREASES = 20;

// Field offsets in the per-group sums.
const POP = 0;
const WITHIN_B = 1;
const WITHIN_A = 2;
const PM_B = 3;
const PM_A = 4;
const FARTHER = 5;
const CLOSER = 6;
const ADDED = 7;
const SAVED = 8;
const BEYOND = 9;
const INTO = 10;
const FIELDS = 11;

/** Both evaluations must be over the same demand points and threshold; anything else is a caller bug. */
export function assertComparable(before: PointOutcomes, after: PointOutcomes): void {
  const a = before.demand.ids;
  const b = after.demand.ids;
  if (a !== b && (a.length !== b.length || a.some((id, i) => id !== b[i]))) {
    throw new DomainError('analysis.compare-demand', `cannot compare ${before.at} and ${after.at}: they are over different demand points`);
  }
  if (before.thresholdMinutes !== after.thresholdMinutes) {
    throw new DomainError(
      'analysis.compare-threshold',
      `cannot compare ${before.at} (${before.thresholdMinutes} min) and ${after.at} (${after.thresholdMinutes} min): thresholds differ`,
    );
  }
}

/** Per-group before/after sums in one pass over the points. */
export function changeSums(before: PointOutcomes, after: PointOutcomes, group: Int32Array | null, groupCount: number): Float64Array {
  const s = new Float64Array(groupCount * FIELDS);
  const w = before.demand.population;
  const T = after.thresholdMinutes;
  for (let i = 0; i < w.length; i++) {
    const p = w[i];
    const tb = before.minutes[i];
    const ta = after.minutes[i];
    const o = (group ? group[i] : 0) * FIELDS;
    s[o + POP] += p;
    s[o + PM_B] += p * tb;
    s[o + PM_A] += p * ta;
    const inB = tb <= T;
    const inA = ta <= T;
    if (inB) s[o + WITHIN_B] += p;
    if (inA) s[o + WITHIN_A] += p;
    if (inB && !inA) s[o + BEYOND] += p;
    if (!inB && inA) s[o + INTO] += p;
    if (ta > tb) {
      s[o + FARTHER] += p;
      s[o + ADDED] += p * (ta - tb);
    } else if (ta < tb) {
      s[o + CLOSER] += p;
      s[o + SAVED] += p * (tb - ta);
    }
  }
  return s;
}

export function changeSummary(s: Float64Array, g: number): ChangeSummary {
  const o = g * FIELDS;
  const pop = s[o + POP];
  const share = (x: number) => (pop > 0 ? x / pop : null);
  const mean = (x: number) => (pop > 0 ? roundMinutes(x / pop) : null);
  const shareBefore = share(s[o + WITHIN_B]);
  const shareAfter = share(s[o + WITHIN_A]);
  const meanBefore = mean(s[o + PM_B]);
  const meanAfter = mean(s[o + PM_A]);
  return {
    population: pop,
    shareBefore,
    shareAfter,
    shareChange: shareBefore === null || shareAfter === null ? null : shareAfter - shareBefore,
    meanMinutesBefore: meanBefore,
    meanMinutesAfter: meanAfter,
    meanMinutesChange: pop > 0 ? roundMinutes((s[o + PM_A] - s[o + PM_B]) / pop) : null,
    populationFarther: s[o + FARTHER],
    populationCloser: s[o + CLOSER],
    personMinutesAdded: roundMinutes(s[o + ADDED]),
    personMinutesSaved: roundMinutes(s[o + SAVED]),
    meanIncreaseForFarther: s[o + FARTHER] > 0 ? roundMinutes(s[o + ADDED] / s[o + FARTHER]) : null,
    populationMovedBeyondThreshold: s[o + BEYOND],
    populationMovedWithinThreshold: s[o + INTO],
  };
}

function openIds(p: PointOutcomes): Set<string> {
  const out = new Set<string>();
  for (let j = 0; j < p.open.length; j++) if (p.open[j]) out.add(p.sites.ids[j]);
  return out;
}

/** Office nearest to most of each municipality's people, as the report names it. */
function nearestByMunicipality(e: AccessibilityEvaluation): Map<string, string> {
  return new Map(e.report.municipalities.map((m) => [m.number, m.nearestOfficeId]));
}

/**
 * Before and after side by side: per district (the later evaluation's districts, the same people on
 * both sides, so 27 districts of 2015 compare cleanly with the 12 of 2016), per municipality and
 * nationally — the change in share within the threshold and in mean minutes, and who got farther
 * away: how many, person-minutes added, who moved beyond the threshold, and the largest increases.
 */
export function compareEvaluations(
  before: AccessibilityEvaluation,
  after: AccessibilityEvaluation,
  options: { largestIncreases?: number } = {},
): ComparisonReport {
  const b = before.points;
  const a = after.points;
  assertComparable(b, a);
  const demand = a.demand;
  const national = changeSums(b, a, null, 1);
  const byDistrict = changeSums(b, a, a.districtIndex, a.districtIds.length);
  const byMunicipality = changeSums(b, a, demand.municipalityIndex, demand.municipalityNumbers.length);

  const openBefore = openIds(b);
  const openAfter = openIds(a);
  const nearestBefore = nearestByMunicipality(before);
  const nearestAfter = nearestByMunicipality(after);

  const count = options.largestIncreases ?? DEFAULT_LARGEST_INCREASES;
  const increased: number[] = [];
  for (let i = 0; i < demand.ids.length; i++) if (demand.population[i] > 0 && a.minutes[i] > b.minutes[i]) increased.push(i);
  increased.sort((x, y) => a.minutes[y] - b.minutes[y] - (a.minutes[x] - b.minutes[x]) || x - y);
  const largestIncreases: PointIncrease[] = increased.slice(0, count).map((i) => {
    const mi = demand.municipalityIndex[i];
    return {
      id: demand.ids[i],
      municipalityNumber: demand.municipalityNumbers[mi],
      municipalityName: a.municipalityNames[mi],
      districtId: a.districtIds[a.districtIndex[i]],
      population: demand.population[i],
      minutesBefore: roundMinutes(b.minutes[i]),
      minutesAfter: roundMinutes(a.minutes[i]),
      increase: roundMinutes(a.minutes[i] - b.minutes[i]),
      officeBefore: b.sites.ids[b.siteIndex[i]],
      officeAfter: a.sites.ids[a.siteIndex[i]],
    };
  });

  return {
    before: { at: b.at, offices: openBefore.size, travelModel: b.travelModel },
    after: { at: a.at, offices: openAfter.size, travelModel: a.travelModel },
    thresholdMinutes: a.thresholdMinutes,
    officesClosed: [...openBefore].filter((id) => !openAfter.has(id)).sort(),
    officesOpened: [...openAfter].filter((id) => !openBefore.has(id)).sort(),
    national: changeSummary(national, 0),
    districts: a.districtIds.map((id, g) => ({ id, name: a.districtNames[g], ...changeSummary(byDistrict, g) })),
    municipalities: demand.municipalityNumbers.map((number, m) => ({
      number,
      name: a.municipalityNames[m],
      districtId: a.districtIds[a.municipalityDistrict[m]],
      nearestOfficeBefore: nearestBefore.get(number) ?? '',
      nearestOfficeAfter: nearestAfter.get(number) ?? '',
      ...changeSummary(byMunicipality, m),
    })),
    largestIncreases,
  };
}
