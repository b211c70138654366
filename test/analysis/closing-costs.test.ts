import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Compile } from 'typebox/compile';
import { rankClosingCosts } from '../../src/analysis/closing-costs.js';
import { ClosingCostSchema } from '../../src/contract/closing-cost.js';
import { evaluateAccessibility } from '../../src/analysis/evaluate.js';
import { sitesFromOffices } from '../../src/analysis/sites.js';
import { parseTravelTimeMatrix, travelTimeMatrix } from '../../src/analysis/travel-time-matrix.js';
import type { IsoDate } from '../../src/shared/dates.js';
import { Register } from '../../src/domain/register.js';
import { BASE, DEMAND_POINTS, minutesCsv, plannerLog } from '../helpers/planner-geography.js';
import { demandOf } from './helpers/fixtures.js';

/*
 * The base structure's open offices a, b, c, g with the hand minutes of planner-geography.ts.
 * Best and second best per point: p1 a 10 / g 30, p2 g 35 / a 50, p3 g 5 / a 40, p4 b 10 / a 60,
 * p5 b 50 / a 55, p6 c 20 / g 90. Closing each alone (threshold 45):
 *   a: p1 600 × (30 − 10)                    beyond 0,   +12 000 person-minutes
 *   b: p4 300 × (60 − 10), p5 200 × (55 − 50) beyond 300, +16 000
 *   c: p6 800 × (90 − 20)                    beyond 800, +56 000 (Sør drops from 100 % to 0)
 *   g: p2 400 × (50 − 35), p3 200 × (40 − 5)  beyond 400, +13 000
 */
describe('closing costs', () => {
  const snapshot = Register.of(plannerLog().recorded()).snapshot(BASE as IsoDate);
  const demand = demandOf(DEMAND_POINTS);
  const sites = sitesFromOffices(snapshot.openOffices());
  const parsed = parseTravelTimeMatrix(minutesCsv(), 'minutes.csv', { originIds: demand.ids, destinationIds: ['a', 'g', 'b', 'c', 'n'] });
  assert.ok(parsed.ok);
  const model = travelTimeMatrix(parsed.value, { fileName: 'minutes.csv' });
  const matrix = model.matrix(demand, sites);
  assert.ok(matrix.ok);
  const evaluation = evaluateAccessibility({ at: BASE, demand, sites, matrix: matrix.value, travelModel: model, municipalities: snapshot.municipalities, districts: snapshot.districts });
  assert.ok(evaluation.ok);
  const costs = rankClosingCosts({ points: evaluation.value.points, matrix: matrix.value });

  it('ranks every open office by people moved beyond the threshold, then person-minutes added', () => {
    assert.deepEqual(
      costs.map((c) => [c.rank, c.officeId, c.populationAffected, c.populationMovedBeyond, c.personMinutesAdded, c.meanIncreaseMinutes]),
      [
        [1, 'c', 800, 800, 56000, 70],
        [2, 'g', 600, 400, 13000, 21.67],
        [3, 'b', 500, 300, 16000, 32],
        [4, 'a', 600, 0, 12000, 20],
      ],
    );
  });

  it("names each office's district and what the closure does to the share within the threshold there", () => {
    const c = costs[0]!;
    assert.deepEqual([c.officeName, c.districtId, c.districtName, c.breaksTarget], ['Delta politistasjon', 'sor', 'Sør', true]);
    assert.deepEqual(c.districts, [{ districtId: 'sor', districtName: 'Sør', shareBefore: 1, shareAfter: 0, meetsTargetBefore: true, meetsTargetAfter: false }]);
    // Nord is below 90 % already (1 500 of 1 700), so closing b cannot break its target.
    const b = costs.find((x) => x.officeId === 'b')!;
    assert.deepEqual(b.districts, [{ districtId: 'nord', districtName: 'Nord', shareBefore: 1500 / 1700, shareAfter: 1200 / 1700, meetsTargetBefore: false, meetsTargetAfter: false }]);
    assert.equal(b.breaksTarget, false);
    for (const cost of costs) assert.ok(Compile(ClosingCostSchema).Check(cost));
  });

  it('with one office open there is nothing to rank', () => {
    const one = Uint8Array.from(sites.ids, (id) => (id === 'a' ? 1 : 0));
    const e = evaluateAccessibility({ at: BASE, demand, sites, matrix: matrix.value, travelModel: model, municipalities: snapshot.municipalities, districts: snapshot.districts, open: one });
    assert.ok(e.ok);
    assert.deepEqual(rankClosingCosts({ points: e.value.points, matrix: matrix.value }), []);
  });
});
