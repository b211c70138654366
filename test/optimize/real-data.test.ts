import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Compile } from 'typebox/compile';
import { measureSelection } from '../../src/analysis/optimize/index.js';
import type { IsoDate } from '../../src/shared/dates.js';
import { AccessibilityService } from '../../src/services/access/accessibility-service.js';
import { RegisterOptimizeReportSchema, type RegisterOptimizeReport } from '../../src/contract/optimize-report.js';
import { OptimizeService } from '../../src/services/optimize/optimize-service.js';
import { seedRegister } from '../helpers/seed.js';

/*
 * The real-data claim, on the project's own data: the committed seed (through the register), the seed's
 * postcode points for demand, the default travel model (road). The actual 2018 structure is a feasible answer, so the
 * optimum can only cover at least as much; the test checks that and that every figure is consistent.
 */

const AFTER = '2018-07-01' as IsoDate;
const BEFORE = '2015-12-31' as IsoDate;
const check = Compile(RegisterOptimizeReportSchema);

function assertConsistent(r: RegisterOptimizeReport, candidateIds: readonly string[], baselineIds: readonly string[]): void {
  assert.ok(check.Check(r), 'the report validates against its schema');
  assert.equal(r.selected.length, r.keep, 'K offices selected');
  assert.equal(new Set(r.selected).size, r.keep, 'no office twice');
  const candidates = new Set(candidateIds);
  assert.ok(r.selected.every((id) => candidates.has(id)), 'every selected office is a candidate');
  assert.deepEqual(r.candidates.map((c) => c.id).sort(), [...candidateIds].sort());
  assert.ok(r.coveredShare !== null && r.baselineCoveredShare !== null);
  assert.ok(r.coveredShare >= r.baselineCoveredShare, `optimum ${r.coveredShare} ≥ actual ${r.baselineCoveredShare}`);
  assert.equal(r.baseline.coveredShare, r.baselineCoveredShare);
  assert.equal(r.baseline.offices, baselineIds.length);
  // Changes are exactly the set differences with the actual structure.
  const selected = new Set(r.selected);
  const baseline = new Set(baselineIds);
  assert.deepEqual(r.changes.closed, baselineIds.filter((id) => !selected.has(id)).sort());
  assert.deepEqual(r.changes.opened, r.selected.filter((id) => !baseline.has(id)).sort());
  // Covered weight and share agree; the solver's own bound is at least the value it returns.
  assert.ok(Math.abs((r.coveredWeight ?? 0) / r.totalWeight - r.coveredShare) < 1e-12);
  assert.ok(r.bound !== null && r.bound >= r.objectiveValue - 1e-6);
}

test('2018: MCLP over the 2018 offices with K = their number covers at least as much as the actual structure within 45 min', async () => {
  const register = seedRegister();
  const open = register.snapshot(AFTER).openOffices().map((o) => o.id);
  const accessibility = new AccessibilityService();
  const service = new OptimizeService(accessibility);
  const r = await service.optimize(register, { at: AFTER, objective: 'mclp', thresholdMinutes: 45, timeLimitSeconds: 120 });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  const report = r.value;
  assert.equal(report.keep, open.length);
  assert.equal(report.thresholdMinutes, 45);
  assertConsistent(report, open, open);
  // K = all candidates: the only choice is the actual structure itself.
  assert.deepEqual(report.selected, [...open].sort());
  assert.deepEqual(report.changes, { closed: [], opened: [] });
  assert.equal(report.coveredShare, report.baselineCoveredShare);

  // Same model as `naerpoliti access`: the baseline is the accessibility report's national share.
  const demand = accessibility.demand(register);
  const model = accessibility.travelModel(register, demand, {}, [AFTER]);
  assert.equal(model.id, 'road');
  assert.equal(report.travelModel.id, 'road');
  const access = accessibility.evaluate(register, AFTER, { thresholdMinutes: 45 }, model, demand);
  assert.equal(report.demand.points, demand.ids.length);
  assert.equal(report.totalWeight, access.report.national.population);
  assert.ok(Math.abs((report.baselineCoveredShare ?? 0) - (access.report.national.share ?? 0)) < 1e-12);
  assert.ok(Math.abs((report.baseline.coveredWeight ?? 0) - access.report.national.withinThreshold) < 1e-6);
});

test('2018 counterfactual: the 2018 number of offices chosen among the 2015 and 2018 sites covers at least as much, and the differences are reform closures', async () => {
  const register = seedRegister();
  const service = new OptimizeService();
  const r = await service.reformCounterfactual(register, { thresholdMinutes: 45, timeLimitSeconds: 120 });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  const before = register.snapshot(BEFORE);
  const after = register.snapshot(AFTER);
  const open = after.openOffices().map((o) => o.id);
  const union = [...new Set([...open, ...before.offices.keys(), ...after.offices.keys()])];
  const b = r.value.oldAndNewSites;
  assertConsistent(b, union, open);
  assert.equal(b.keep, open.length);
  assert.equal(b.status, 'optimal', b.solver);
  assert.equal(b.baselineCoveredShare, r.value.sameSites.baselineCoveredShare, 'the same actual structure on both');
  // What it would have kept instead are offices the reform closed: in 2015, gone by 2018.
  for (const id of b.changes.opened) assert.ok(before.offices.has(id) && !after.offices.has(id), id);
  assert.equal(b.changes.opened.length, b.changes.closed.length);

  // Rebuild the problem from the report's own candidate positions and measure independently.
  const accessibility = new AccessibilityService();
  const demand = accessibility.demand(register);
  const sites = { ids: b.candidates.map((c) => c.id), lat: Float64Array.from(b.candidates, (c) => c.lat), lon: Float64Array.from(b.candidates, (c) => c.lon) };
  const matrix = accessibility.travelModelFor(demand, {}, sites.ids).matrix(demand, sites);
  assert.ok(matrix.ok);
  const problem = { demandWeights: demand.population, candidateIds: sites.ids, minutes: matrix.value.minutes };
  const optimum = measureSelection(problem, b.selected, 45);
  assert.equal(optimum.coveredWeight, b.coveredWeight);
  assert.equal(measureSelection(problem, open, 45).coveredWeight, b.baseline.coveredWeight);
  // The tie-break: no single swap back to an actual office keeps the coverage, so every difference counts.
  for (const back of b.changes.closed) {
    for (const out of b.changes.opened) {
      const swapped = b.selected.map((id) => (id === out ? back : id));
      const covered = measureSelection(problem, swapped, 45).coveredWeight ?? 0;
      assert.ok(covered < (optimum.coveredWeight ?? 0), `swapping ${out} for ${back} would keep the coverage`);
    }
  }
});
