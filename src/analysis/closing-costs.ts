import type Type from 'typebox';
import type { ClosingCostSchema } from '../contract/closing-cost.js';
import { DomainError } from '../domain/errors.js';
import { IncrementalEvaluator } from './incremental.js';
import { roundMinutes } from './metrics.js';
import type { TravelMatrix } from './travel-model.js';
import type { PointOutcomes } from './point-outcomes.js';

/**
 * "What would closing this office cost?" for every open office of a structure, each closed alone
 * with every other office kept: the people whose nearest office it is, how many of them end up
 * beyond the threshold, the person-minutes added, and what it does to the share within the
 * threshold of each police district it touches. Ranked by people moved beyond the threshold, then
 * person-minutes added, then office id. Uses the incremental evaluator's previews, so the whole list
 * costs one pass over the matrix plus one over each office's own demand points.
 */


export type ClosingCost = Type.Static<typeof ClosingCostSchema>;

export function rankClosingCosts(input: { readonly points: PointOutcomes; readonly matrix: TravelMatrix }): ClosingCost[] {
  const { points: p, matrix } = input;
  const rows = p.demand.ids.length;
  const cols = p.sites.ids.length;
  if (matrix.rows !== rows || matrix.cols !== cols) {
    throw new DomainError('analysis.matrix-shape', `closing costs: the matrix is ${matrix.rows} × ${matrix.cols}, the evaluation has ${rows} demand points × ${cols} sites`);
  }
  let openCount = 0;
  for (let j = 0; j < cols; j++) if (p.open[j]) openCount++;
  // Closing the last office leaves no nearest office: there is nothing to rank.
  if (openCount < 2) return [];

  const groups = p.districtIds.length;
  const population = new Float64Array(groups);
  const within = new Float64Array(groups);
  const w = p.demand.population;
  for (let i = 0; i < rows; i++) {
    population[p.districtIndex[i]] += w[i];
    if (p.minutes[i] <= p.thresholdMinutes) within[p.districtIndex[i]] += w[i];
  }
  const share = (x: number, g: number) => (population[g] > 0 ? x / population[g] : null);
  const meets = (s: number | null) => s === null || s >= p.targetShare;
  const districtOf = new Map(p.districtIds.map((id, g) => [id, g]));

  const evaluator = new IncrementalEvaluator({
    minutes: matrix.minutes,
    rows,
    cols,
    population: w,
    thresholdMinutes: p.thresholdMinutes,
    open: p.open,
    group: p.districtIndex,
    groupCount: groups,
  });

  const costs: Omit<ClosingCost, 'rank'>[] = [];
  for (let j = 0; j < cols; j++) {
    if (!p.open[j]) continue;
    const delta = evaluator.previewClose(j);
    const districts = Array.from(delta.groups.index, (g, k) => {
      const before = share(within[g], g);
      const after = share(within[g] - delta.groups.populationBeyondChange[k], g);
      return { districtId: p.districtIds[g], districtName: p.districtNames[g], shareBefore: before, shareAfter: after, meetsTargetBefore: meets(before), meetsTargetAfter: meets(after) };
    });
    const own = p.sites.districtIds[j];
    const g = own === null ? undefined : districtOf.get(own);
    costs.push({
      officeId: p.sites.ids[j],
      officeName: p.sites.names[j],
      districtId: own,
      districtName: g === undefined ? null : p.districtNames[g],
      populationAffected: delta.populationAffected,
      populationMovedBeyond: delta.populationBeyondChange,
      personMinutesAdded: roundMinutes(delta.personMinutesChange),
      meanIncreaseMinutes: delta.populationAffected > 0 ? roundMinutes(delta.personMinutesChange / delta.populationAffected) : null,
      breaksTarget: districts.some((d) => d.meetsTargetBefore && !d.meetsTargetAfter),
      districts,
    });
  }
  costs.sort((a, b) => b.populationMovedBeyond - a.populationMovedBeyond || b.personMinutesAdded - a.personMinutesAdded || (a.officeId < b.officeId ? -1 : 1));
  return costs.map((c, i) => ({ rank: i + 1, ...c }));
}
