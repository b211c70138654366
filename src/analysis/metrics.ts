import type { ResolvedOptions } from './accessibility-options.js';
import type { DemandMethod } from './demand-points.js';
import type { PointOutcomes } from './point-outcomes.js';
import type { AccessibilityReport, AreaSummary, DistrictSummary, MunicipalitySummary, Shortfall, WorstServedPoint } from '../contract/accessibility-report.js';
import { ascendingOrder, groupedWeightedQuantiles } from './weighted-quantile.js';

/** Minutes in reports: 0.01 is far below any model's precision and keeps the JSON readable. */
export const roundMinutes = (x: number): number => Math.round(x * 100) / 100;
const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
const roundedOrNull = (x: number): number | null => (Number.isFinite(x) ? roundMinutes(x) : null);

/**
 * Fewest more people within the threshold for `within / population ≥ target`, by the same
 * comparison as `meetsTarget` (so it is exact where 0.9 × population is not).
 */
export function populationShort(within: number, population: number, target: number): number {
  if (population <= 0 || within / population >= target) return 0;
  let x = Math.max(0, Math.ceil(target * population - within - 1e-6));
  while (x > 0 && (within + x - 1) / population >= target) x--;
  while ((within + x) / population < target) x++;
  return x;
}

/** Sums per group in one pass over the points: population, within threshold(s), person-minutes. */
function accumulate(p: PointOutcomes, opts: ResolvedOptions, group: Int32Array | null, groupCount: number) {
  const T = opts.thresholds.length;
  const population = new Float64Array(groupCount);
  const within = new Float64Array(groupCount);
  const personMinutes = new Float64Array(groupCount);
  const withinK = new Float64Array(groupCount * T);
  const weights = p.demand.population;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    const t = p.minutes[i];
    const g = group ? group[i] : 0;
    population[g] += w;
    personMinutes[g] += w * t;
    if (t <= opts.thresholdMinutes) within[g] += w;
    for (let k = 0; k < T; k++) if (t <= opts.thresholds[k]) withinK[g * T + k] += w;
  }
  return { population, within, personMinutes, withinK };
}

function areaSummary(
  g: number,
  sums: ReturnType<typeof accumulate>,
  quantiles: Float64Array,
  offices: number,
  opts: ResolvedOptions,
): AreaSummary {
  const population = sums.population[g];
  const T = opts.thresholds.length;
  return {
    population,
    withinThreshold: sums.within[g],
    share: ratio(sums.within[g], population),
    meanMinutes: population > 0 ? roundMinutes(sums.personMinutes[g] / population) : null,
    medianMinutes: roundedOrNull(quantiles[g * 2]),
    p90Minutes: roundedOrNull(quantiles[g * 2 + 1]),
    offices,
    populationPerOffice: ratio(population, offices),
    thresholds: opts.thresholds.map((minutes, k) => ({
      minutes,
      population: sums.withinK[g * T + k],
      share: ratio(sums.withinK[g * T + k], population),
    })),
  };
}

/**
 * The report for one evaluation. National figures are summed from the points independently of the
 * districts, so "national = sum of districts" is a real check (see the tests), not a tautology.
 * Offices count per district by the district they are registered in; the nearest office of a point
 * may lie in a neighbouring district.
 */
export function summariseAccessibility(
  p: PointOutcomes,
  opts: ResolvedOptions,
  demandModel: { method: DemandMethod; points: number },
): AccessibilityReport {
  const { demand, sites } = p;
  const n = demand.ids.length;
  const G = p.districtIds.length;
  const order = ascendingOrder(p.minutes);
  const ps = [0.5, 0.9];

  const nationalSums = accumulate(p, opts, null, 1);
  const districtSums = accumulate(p, opts, p.districtIndex, G);
  const nationalQ = groupedWeightedQuantiles(order, p.minutes, demand.population, null, 1, ps);
  const districtQ = groupedWeightedQuantiles(order, p.minutes, demand.population, p.districtIndex, G, ps);

  const districtOf = new Map(p.districtIds.map((id, g) => [id, g]));
  const officesByDistrict = new Int32Array(G);
  let openOffices = 0;
  for (let j = 0; j < p.open.length; j++) {
    if (!p.open[j]) continue;
    openOffices++;
    const id = sites.districtIds[j];
    const g = id === null ? undefined : districtOf.get(id);
    if (g !== undefined) officesByDistrict[g]++;
  }

  const national = areaSummary(0, nationalSums, nationalQ, openOffices, opts);
  const districts: DistrictSummary[] = p.districtIds.map((id, g) => {
    const s = areaSummary(g, districtSums, districtQ, officesByDistrict[g], opts);
    return { id, name: p.districtNames[g], meetsTarget: s.share !== null && s.share >= opts.targetShare, ...s };
  });
  const districtsBelowTarget: Shortfall[] = districts
    .filter((d) => !d.meetsTarget && d.population > 0)
    .sort((a, b) => (a.share ?? 0) - (b.share ?? 0))
    .map((d) => ({
      id: d.id,
      name: d.name,
      population: d.population,
      withinThreshold: d.withinThreshold,
      share: d.share,
      populationShort: populationShort(d.withinThreshold, d.population, opts.targetShare),
    }));

  const municipalities = summariseMunicipalities(p, opts);
  const worstMunicipalities = municipalities
    .filter((m) => m.meanMinutes !== null)
    .sort((a, b) => (b.meanMinutes ?? 0) - (a.meanMinutes ?? 0) || (a.number < b.number ? -1 : 1))
    .slice(0, opts.worstServedCount)
    .map((m) => m.number);

  const worstServed: WorstServedPoint[] = [];
  for (let r = n - 1; r >= 0 && worstServed.length < opts.worstServedCount; r--) {
    const i = order[r];
    if (!(demand.population[i] > 0)) continue;
    const mi = demand.municipalityIndex[i];
    const j = p.siteIndex[i];
    worstServed.push({
      id: demand.ids[i],
      municipalityNumber: demand.municipalityNumbers[mi],
      municipalityName: p.municipalityNames[mi],
      districtId: p.districtIds[p.districtIndex[i]],
      lat: demand.lat[i],
      lon: demand.lon[i],
      population: demand.population[i],
      minutes: roundMinutes(p.minutes[i]),
      nearestOfficeId: sites.ids[j],
      nearestOfficeName: sites.names[j],
    });
  }

  return {
    at: p.at,
    thresholdMinutes: opts.thresholdMinutes,
    targetShare: opts.targetShare,
    travelModel: p.travelModel,
    demandModel,
    national,
    districts,
    districtsBelowTarget,
    municipalities,
    worstServed,
    worstMunicipalities,
  };
}

/**
 * Per municipality: population, mean and max minutes (max over inhabited points), share within the
 * threshold, and the office nearest to most of its population (a population-weighted vote over its
 * points; ties to the lowest site index).
 */
function summariseMunicipalities(p: PointOutcomes, opts: ResolvedOptions): MunicipalitySummary[] {
  const { demand, sites } = p;
  const M = demand.municipalityNumbers.length;
  const n = demand.ids.length;
  // Points grouped by municipality (counting sort), so each municipality is one contiguous run.
  const start = new Int32Array(M + 1);
  for (let i = 0; i < n; i++) start[demand.municipalityIndex[i] + 1]++;
  for (let m = 0; m < M; m++) start[m + 1] += start[m];
  const fill = start.slice(0, M);
  const byMunicipality = new Int32Array(n);
  for (let i = 0; i < n; i++) byMunicipality[fill[demand.municipalityIndex[i]]++] = i;

  const votes = new Float64Array(sites.ids.length);
  const out: MunicipalitySummary[] = new Array<MunicipalitySummary>(M);
  for (let m = 0; m < M; m++) {
    let population = 0;
    let within = 0;
    let personMinutes = 0;
    let maxInhabited = -Infinity;
    let maxAll = -Infinity;
    for (let r = start[m]; r < start[m + 1]; r++) {
      const i = byMunicipality[r];
      const w = demand.population[i];
      const t = p.minutes[i];
      population += w;
      personMinutes += w * t;
      if (t <= opts.thresholdMinutes) within += w;
      if (t > maxAll) maxAll = t;
      if (w > 0 && t > maxInhabited) maxInhabited = t;
      votes[p.siteIndex[i]] += w;
    }
    let best = -1;
    for (let r = start[m]; r < start[m + 1]; r++) {
      const j = p.siteIndex[byMunicipality[r]];
      if (best === -1 || votes[j] > votes[best] || (votes[j] === votes[best] && j < best)) best = j;
    }
    for (let r = start[m]; r < start[m + 1]; r++) votes[p.siteIndex[byMunicipality[r]]] = 0;
    out[m] = {
      number: demand.municipalityNumbers[m],
      name: p.municipalityNames[m],
      districtId: p.districtIds[p.municipalityDistrict[m]],
      population,
      meanMinutes: population > 0 ? roundMinutes(personMinutes / population) : null,
      maxMinutes: roundMinutes(population > 0 ? maxInhabited : maxAll),
      nearestOfficeId: sites.ids[best],
      withinThreshold: within,
      share: ratio(within, population),
    };
  }
  return out;
}
