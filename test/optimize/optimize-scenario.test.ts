import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_DIR } from '../../src/config.js';
import type { IsoDate } from '../../src/shared/dates.js';
import { applyScenario } from '../../src/domain/scenario/index.js';
import { AccessibilityService } from '../../src/services/access/accessibility-service.js';
import { AppServices } from '../../src/services/app-services.js';
import { optimizeProposals, saveOptimizeScenario } from '../../src/services/optimize/optimize-scenario.js';
import { OptimizeService, type RegisterOptimizeRequest } from '../../src/services/optimize/optimize-service.js';
import { RegisterService } from '../../src/services/register-service.js';
import { ScenarioService } from '../../src/services/planner/scenario-service.js';
import { seedRegister } from '../helpers/seed.js';
import { accessibilitySource, StructureAnalysis } from '../../src/services/planner/structure-analysis.js';
import { ensureSeeded } from '../../src/services/seed.js';
import type { SqlChangeLogStore } from '../../src/store/sql-change-log.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

let dir: string;
let store: SqlChangeLogStore;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'naerpoliti-optimize-scenario-'));
  store = await openSqliteStore(dir);
  await ensureSeeded(store, SEED_DIR);
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

let services: AppServices | null = null;
const locate = (lat: number, lon: number) => (services ??= new AppServices({ store, scenarios: store.scenarios })).locateMunicipality(lat, lon);

async function answer(request: Partial<RegisterOptimizeRequest>) {
  // On the estimated model (single circuity 1.3), as the CLI's save test: the road model's 2018 optimum
  // merges Gardermoen into Eidsvoll, which the register's rules refuse (Ullensaker would be split).
  const r = await new OptimizeService().optimize(seedRegister(), {
    at: '2018-07-01' as IsoDate,
    objective: 'mclp',
    heuristicOnly: true,
    travel: { travel: 'estimated', circuityFactor: 1.3 },
    ...request,
  });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.value;
}

/** The offices open after the scenario are exactly the ones the optimiser selected. */
function assertRealises(at: IsoDate, selected: readonly string[], proposals: Parameters<typeof applyScenario>[2]) {
  const application = applyScenario(seedRegister(), at, proposals);
  assert.deepEqual(application.issues, []);
  assert.deepEqual(application.snapshot.openOffices().map((o) => o.id).sort(), [...selected].sort());
}

test('saved as a draft scenario: re-opened offices first, then closings; the scenario realises the selection', async () => {
  const report = await answer({ officesFrom: ['2015-12-31' as IsoDate], heuristicOnly: false });
  assert.ok(report.changes.opened.length > 0 && report.changes.closed.length > 0);
  const registers = new RegisterService(store);
  const scenarios = new ScenarioService({ registers, scenarios: store.scenarios, analysis: new StructureAnalysis(accessibilitySource(new AccessibilityService())) });
  const saved = await saveOptimizeScenario(scenarios, await registers.register(), report, 'Optimal 2018', 'test', locate);
  assert.ok(saved.ok);
  const s = saved.value.scenario;
  assert.equal(s.status, 'draft');
  assert.equal(s.baseDate, '2018-07-01');
  assert.equal(s.name, 'Optimal 2018');
  // K is the 2018 number of open offices; the candidates every office of 2015-12-31 or 2018-07-01 (225 of 341 since the 2026 corrections).
  const open2018 = seedRegister().snapshot('2018-07-01' as IsoDate).openOffices().map((o) => o.id);
  const candidates = new Set([...open2018, ...seedRegister().snapshot('2015-12-31' as IsoDate).openOffices().map((o) => o.id)]);
  assert.ok(s.description.startsWith(`Laget av naerpoliti optimize: ${open2018.length} tjenestesteder av ${candidates.size} kandidater`), s.description);
  assert.deepEqual(s.changes, saved.value.proposals);
  const opens = s.changes.filter((p) => p.type === 'open-office');
  assert.deepEqual(opens.map((p) => p.officeId).sort(), report.changes.opened);
  assert.deepEqual(s.changes.slice(0, opens.length), opens, 'openings come first');
  const closed = s.changes.flatMap((p) => (p.type === 'close-office' || p.type === 'merge-office' ? [p.officeId] : []));
  assert.deepEqual(closed.sort(), report.changes.closed);
  const view = await scenarios.view(s.id);
  assert.ok(view);
  assert.deepEqual(view.issues, []);
  assertRealises(report.at as IsoDate, report.selected, s.changes);
});

test('a station district left without offices merges into a kept office; head offices hand over to the nearest kept one', async () => {
  const report = await answer({ keep: 100 });
  const proposals = optimizeProposals(seedRegister(), report, locate);
  assert.ok(proposals.ok, proposals.ok ? '' : JSON.stringify(proposals.error).slice(0, 500));
  const merges = proposals.value.filter((p) => p.type === 'merge-office');
  assert.ok(merges.length > 0);
  for (const m of merges) assert.ok(report.selected.includes(m.intoOfficeId), `${m.officeId} merges into a selected office`);
  assert.ok(proposals.value.some((p) => p.type === 'close-office' && p.newHeadOfficeId !== undefined));
  assertRealises(report.at as IsoDate, report.selected, proposals.value);
});

test('a proposed site is opened in the municipality it lies in; its id becomes a slug from its name when it is not one', async () => {
  const report = await answer({
    addedCandidates: [{ id: 'Vidda 1', lat: 69.3, lon: 24.5, name: 'Vidda politistasjon', districtId: 'finnmark' }],
    mustKeep: ['Vidda 1'],
  });
  const proposals = optimizeProposals(seedRegister(), report, locate);
  assert.ok(proposals.ok, proposals.ok ? '' : JSON.stringify(proposals.error).slice(0, 500));
  const open = proposals.value.find((p) => p.type === 'open-office');
  assert.ok(open && open.type === 'open-office');
  assert.equal(open.officeId, 'vidda-politistasjon');
  assert.equal(open.kind, 'politistasjon');
  assert.equal(open.municipalityNumber, locate(69.3, 24.5));
  const application = applyScenario(seedRegister(), '2018-07-01' as IsoDate, proposals.value);
  assert.deepEqual(application.issues, []);
  assert.ok(application.snapshot.offices.has('vidda-politistasjon'));
});

test('nothing to save, a site in no municipality, and a scenario the planner would refuse come back as errors', async () => {
  const same = await answer({});
  const none = optimizeProposals(seedRegister(), same, locate);
  assert.ok(!none.ok);
  assert.equal(none.error.code, 'optimize.scenario-no-changes');

  const sea = await answer({ addedCandidates: [{ id: 'hav', lat: 66.0, lon: 2.0, name: 'Havet', districtId: null }], mustKeep: ['hav'] });
  const unlocated = optimizeProposals(seedRegister(), sea, locate);
  assert.ok(!unlocated.ok);
  assert.deepEqual(unlocated.error, { code: 'optimize.scenario-unlocated', id: 'hav', lat: 66.0, lon: 2.0 });

  // Without any office of the Oslo district, Oslo's station districts can only merge into another
  // district's, which would leave Oslo's municipality and its units in different districts.
  const at = '2024-06-01' as IsoDate;
  const oslo = (seedRegister().snapshot(at).officesByDistrict.get('oslo') ?? []).map((o) => o.id);
  const noOslo = await answer({ at, keep: 200, mustNot: oslo });
  const refused = optimizeProposals(seedRegister(), noOslo, locate);
  assert.ok(!refused.ok);
  assert.equal(refused.error.code, 'optimize.scenario-rejected');
  assert.ok(refused.error.code === 'optimize.scenario-rejected' && refused.error.issues.length > 0);
});
