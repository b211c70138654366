// Road model speed: the national matrix for every office ever in the register × the seed's postcode
// demand points, on the road network (data/roads) beside the estimated model, in one run; then a full
// accessibility evaluation against the planner's incremental close/open on each matrix, to show the
// evaluation keeps its speed on routed minutes.
//
// Timed "cold": a new model instance (edge index, snapping every point, one Dijkstra per office,
// filling the matrix and the fallbacks). "Cached": the same instance asked again (its Dijkstra
// results are cached per office), as the app does after the first request on a network version.
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateAccessibility } from '../src/analysis/evaluate.js';
import { IncrementalEvaluator } from '../src/analysis/incremental.js';
import { roadNetworkTravel } from '../src/analysis/road-travel/road-travel-model.js';
import { estimatedRoadTravel, type TravelMatrix, type TravelModel } from '../src/analysis/travel-model.js';
import type { IsoDate } from '../src/shared/dates.js';
import { loadRoadNetwork } from '../scripts/roads/load-network.js';
import { everyRegisterOffice, registerFromSeed, seedDemandPoints } from '../scripts/roads/register-points.js';

const AT = '2018-07-01' as IsoDate;
const MATRIX_TARGET_MS = 2000;
const root = fileURLToPath(new URL('..', import.meta.url));
const fmt = (x: number, d = 1) => x.toFixed(d);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
  const net = loadRoadNetwork(join(root, 'data', 'roads'));
  const register = registerFromSeed(join(root, 'data', 'register', 'changes.json'));
  const demand = seedDemandPoints(register, join(root, 'data', 'register', 'postcodes.csv'));
  const sites = everyRegisterOffice(register);
  console.log(`network ${net.info.version}: ${net.graph.nodeCount} nodes, ${net.graph.edgeCount} edges`);
  console.log(`matrix: ${demand.ids.length} demand points × ${sites.ids.length} offices (every office in the register's history)`);

  // Warm the JIT on a throwaway instance first, then time fresh instances, interleaved with the estimate.
  roadNetworkTravel(net.graph, net.info).matrix(demand, sites);
  const cold: number[] = [];
  const cached: number[] = [];
  const estimated: number[] = [];
  let road: TravelMatrix | null = null;
  let est: TravelMatrix | null = null;
  let roadModel: TravelModel | null = null;
  for (let round = 0; round < 5; round++) {
    const model = roadNetworkTravel(net.graph, net.info);
    let t = performance.now();
    const r = model.matrix(demand, sites);
    cold.push(performance.now() - t);
    t = performance.now();
    model.matrix(demand, sites);
    cached.push(performance.now() - t);
    const e = estimatedRoadTravel();
    t = performance.now();
    const em = e.matrix(demand, sites);
    estimated.push(performance.now() - t);
    if (!r.ok || !em.ok) throw new Error('matrix failed');
    road = r.value;
    est = em.value;
    roadModel = model;
  }
  const c = median(cold);
  const k = median(cached);
  const e = median(estimated);
  console.log('');
  console.log(`road matrix, new instance     ${fmt(c).padStart(8)} ms   median of ${cold.length}   target < ${MATRIX_TARGET_MS} ms ${c < MATRIX_TARGET_MS ? 'OK' : 'MISSED'}`);
  console.log(`road matrix, cached instance  ${fmt(k).padStart(8)} ms`);
  console.log(`estimated matrix              ${fmt(e).padStart(8)} ms`);
  console.log(`ratio road (new) / estimated: ${fmt(c / e)} ×; road (cached) / estimated: ${fmt(k / e)} ×`);
  const fallbacks = road!.fallbacks ?? [];
  console.log(`points with the estimated fallback: ${fallbacks.length} (${fallbacks.filter((f) => f.reason === 'no-road-nearby').length} no road within ${roadModel!.params.maxSnapKm} km, ${fallbacks.filter((f) => f.reason === 'separate-road-network').length} on a separate road network)`);

  // Full evaluation and incremental steps on each matrix, sites open on AT.
  const snapshot = register.snapshot(AT);
  const openIds = new Set(snapshot.openOffices().map((o) => o.id));
  const open = Uint8Array.from(sites.ids, (id) => (openIds.has(id) ? 1 : 0));
  const openSites = [...open.keys()].filter((j) => open[j]);
  console.log('');
  console.log(`evaluation on ${AT}: ${openSites.length} open of ${sites.ids.length} sites`);
  for (const [name, matrix, model] of [
    ['road', road!, roadModel!],
    ['estimated', est!, estimatedRoadTravel()],
  ] as const) {
    const input = { at: AT, demand, sites, matrix, open, travelModel: model, municipalities: snapshot.municipalities, districts: snapshot.districts };
    const evaluate = () => {
      const r = evaluateAccessibility(input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const base = evaluate();
    for (let w = 0; w < 3; w++) evaluate();
    const full: number[] = [];
    for (let w = 0; w < 9; w++) {
      const t = performance.now();
      evaluate();
      full.push(performance.now() - t);
    }
    const ev = IncrementalEvaluator.fromEvaluation(base.points, matrix);
    for (const j of openSites) {
      ev.closeOffice(j);
      ev.openOffice(j);
    }
    const steps: number[] = [];
    for (let round = 0; round < 5; round++) {
      const t = performance.now();
      for (const j of openSites) {
        ev.closeOffice(j);
        ev.openOffice(j);
      }
      steps.push((performance.now() - t) / (2 * openSites.length));
    }
    const f = median(full);
    const s = median(steps);
    console.log(`${name.padEnd(9)} full evaluation ${fmt(f, 2).padStart(7)} ms   incremental step ${fmt(s * 1000, 1).padStart(6)} µs   full / step ${Math.round(f / s).toLocaleString('en')} ×   within 45 min: ${(100 * (base.report.national.share ?? NaN)).toFixed(1)} %`);
  }
}
