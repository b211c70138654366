// The planner's live preview (POST /planner/preview) on the committed seed, 2024-06-01: closing two
// open offices and opening one new site per click, through PlannerPreview (the warm incremental
// evaluator: closures applied and undone, the new site's column compared point by point), against a
// full evaluation of the same closures on the precomputed matrix (an open mask; the new site left
// out there, which only flatters the full path) — same people beyond 45 minutes for the closures.
// Both on the road model (the default) and the estimated one. Then the same preview over HTTP (inject, no network) beside GET /health, for the framework's share.
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/api/app.js';
import { PlannerPreview } from '../src/services/planner/planner-preview.js';
import { evaluateAccessibility } from '../src/analysis/evaluate.js';
import type { IsoDate } from '../src/shared/dates.js';
import { AccessibilityService } from '../src/services/access/accessibility-service.js';
import { AppServices } from '../src/services/app-services.js';
import { accessibilitySource, StructureAnalysis } from '../src/services/planner/structure-analysis.js';
import type { ChangeLogStore } from '../src/store/store.js';
import { seedRegister } from '../test/helpers/seed.js';

const fmt = (x: number, digits = 1) => x.toFixed(digits);

export async function run(): Promise<void> {
  const at = '2024-06-01' as IsoDate;
  const register = seedRegister();
  const snapshot = register.snapshot(at);
  const service = new AccessibilityService();
  // Read-only: nothing here writes, so a store that only lists the seed's changes (and never
  // changes, so its change token is constant) will do.
  const store = { listChanges: async () => register.changes, changeToken: async () => 'seed' } as unknown as ChangeLogStore;
  const services = new AppServices({ store, scenarios: null });
  const locate = services.locateMunicipality;
  const open = snapshot.openOffices();
  const clicks = open.map((o, i) => ({
    base: at,
    closeOfficeIds: [o.id, open[(i + 7) % open.length]!.id],
    // A new site where a third office stands (on land, so it is located).
    openSites: [{ id: 'ny-stasjon', lat: open[(i + 13) % open.length]!.position.lat, lon: open[(i + 13) % open.length]!.position.lon }],
  }));

  // The road model (the default) and the estimated one side by side: the warm-up is the national
  // matrix build (for the road model: network load, snapping and one Dijkstra per office).
  for (const travel of ['road', 'estimated'] as const) {
    const analysis = new StructureAnalysis(accessibilitySource(service, { travel }));
    const preview = new PlannerPreview(analysis, locate);
    let t = performance.now();
    preview.prepare(register, at);
    const warmMs = performance.now() - t;
    for (const click of clicks.slice(0, 20)) preview.preview(register, click); // JIT warm-up
    t = performance.now();
    const answers = clicks.map((click) => preview.preview(register, click));
    const previewUs = ((performance.now() - t) * 1000) / clicks.length;

    const { evaluation, matrix, model } = analysis.evaluate(register, snapshot);
    const demand = evaluation.points.demand;
    const sites = evaluation.points.sites;
    const input = { at, demand, sites, matrix, travelModel: model, municipalities: snapshot.municipalities, districts: snapshot.districts };
    const column = new Map(sites.ids.map((id, j) => [id, j]));
    let mismatches = 0;
    t = performance.now();
    clicks.forEach((click, k) => {
      const mask = new Uint8Array(sites.ids.length).fill(1);
      for (const id of click.closeOfficeIds) mask[column.get(id)!] = 0;
      const full = evaluateAccessibility({ ...input, open: mask });
      if (!full.ok) throw new Error(full.error.message);
      const closuresOnly = preview.preview(register, { base: at, closeOfficeIds: click.closeOfficeIds });
      if (closuresOnly.national.populationBeyond.preview !== full.value.report.national.population - full.value.report.national.withinThreshold) mismatches++;
      void answers[k];
    });
    const fullUs = ((performance.now() - t) * 1000) / clicks.length - previewUs;
    console.log(`${travel}: ${demand.ids.length} demand points × ${sites.ids.length} open offices; warm-up of the base date (national matrix) ${fmt(warmMs)} ms`);
    console.log(
      `  per click (close 2, open 1): preview ${fmt(previewUs)} µs, full evaluation of the closures ${fmt(fullUs)} µs (${fmt(fullUs / previewUs)}×); people beyond 45 min disagree for ${mismatches} of ${clicks.length}`,
    );
  }

  // Over HTTP in-process: the same clicks as JSON requests, beside /health.
  const app = await buildApp({ services, rateLimitPerMinute: null });
  await app.ready();
  const post = (body: unknown) => app.inject({ method: 'POST', url: '/api/v1/planner/preview', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
  for (const click of clicks.slice(0, 20)) await post(click);
  for (let i = 0; i < 20; i++) await app.inject({ url: '/api/v1/health' });
  let t = performance.now();
  let serverMs = 0;
  for (const click of clicks) serverMs += Number(/dur=([\d.]+)/.exec(String((await post(click)).headers['server-timing']))![1]);
  const httpUs = ((performance.now() - t) * 1000) / clicks.length;
  t = performance.now();
  for (let i = 0; i < clicks.length; i++) await app.inject({ url: '/api/v1/health' });
  const healthUs = ((performance.now() - t) * 1000) / clicks.length;
  await app.close();
  console.log(
    `over HTTP (inject): preview ${fmt(httpUs)} µs per request (Server-Timing ${fmt((serverMs * 1000) / clicks.length)} µs), GET /health ${fmt(healthUs)} µs (${fmt(httpUs / healthUs)}×)`,
  );
}
