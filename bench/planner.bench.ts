// The planner on the committed seed (2024-06-01, the seed's postcode demand, estimated road travel):
// 1. "what closing each office costs" through the incremental evaluator's previews, against closing
//    each office by a full re-evaluation with that office masked out — same numbers, side by side;
// 2. applying a scenario of ten closures (fold to the base date, expand, check after each), which
//    every edit does twice (the list before and after).
// Precomputed outside the timings: the register, the demand and the demand × office matrix.
import { performance } from 'node:perf_hooks';
import { rankClosingCosts } from '../src/analysis/closing-costs.js';
import { evaluateAccessibility } from '../src/analysis/evaluate.js';
import { sitesFromOffices } from '../src/analysis/sites.js';
import { estimatedRoadTravel } from '../src/analysis/travel-model.js';
import type { IsoDate } from '../src/shared/dates.js';
import { applyScenario, type Proposal } from '../src/domain/scenario/index.js';
import { AccessibilityService } from '../src/services/access/accessibility-service.js';
import { seedRegister } from '../test/helpers/seed.js';

const fmt = (x: number, digits = 1) => x.toFixed(digits);

export async function run(): Promise<void> {
  const at = '2024-06-01' as IsoDate;
  const register = seedRegister();
  const snapshot = register.snapshot(at);
  const demand = new AccessibilityService().demand(register);
  const sites = sitesFromOffices(snapshot.openOffices());
  const model = estimatedRoadTravel();
  const matrix = model.matrix(demand, sites);
  if (!matrix.ok) throw new Error(matrix.error.message);
  const input = { at, demand, sites, matrix: matrix.value, travelModel: model, municipalities: snapshot.municipalities, districts: snapshot.districts };
  const base = evaluateAccessibility(input);
  if (!base.ok) throw new Error(base.error.message);
  console.log(`${demand.ids.length} demand points × ${sites.ids.length} open offices on ${at}`);

  // Warm up, then time each path once over every office.
  rankClosingCosts({ points: base.value.points, matrix: matrix.value });
  let t = performance.now();
  const ranked = rankClosingCosts({ points: base.value.points, matrix: matrix.value });
  const previewMs = performance.now() - t;

  t = performance.now();
  let mismatches = 0;
  const byId = new Map(ranked.map((c) => [c.officeId, c]));
  const beforeBeyond = base.value.report.national.population - base.value.report.national.withinThreshold;
  for (let j = 0; j < sites.ids.length; j++) {
    const open = new Uint8Array(sites.ids.length).fill(1);
    open[j] = 0;
    const e = evaluateAccessibility({ ...input, open });
    if (!e.ok) throw new Error(e.error.message);
    const beyond = e.value.report.national.population - e.value.report.national.withinThreshold;
    if (beyond - beforeBeyond !== byId.get(sites.ids[j]!)!.populationMovedBeyond) mismatches++;
  }
  const fullMs = performance.now() - t;
  console.log(`closing costs for all ${ranked.length} offices: previews ${fmt(previewMs)} ms, full re-evaluations ${fmt(fullMs)} ms (${fmt(fullMs / previewMs)}×); people moved beyond 45 min disagree for ${mismatches} offices`);

  // Ten of the cheapest closures among offices that are not their unit's head office.
  const heads = new Set([...snapshot.stationDistricts.values()].map((sd) => sd.headOfficeId));
  const closable = ranked
    .filter((c) => !heads.has(c.officeId))
    .slice(-10)
    .map((c): Proposal => ({ type: 'close-office', officeId: c.officeId }));
  applyScenario(register, at, closable);
  const rounds = 10;
  t = performance.now();
  let issues = 0;
  for (let r = 0; r < rounds; r++) issues = applyScenario(register, at, closable).issues.length;
  const applyMs = (performance.now() - t) / rounds;
  console.log(`applying a scenario of ${closable.length} proposals (ten cheap closures): ${fmt(applyMs)} ms per application, ${issues} issues; an edit applies the list twice`);
}
