// Accessibility: a full national evaluation against the planner's incremental close/open, side by side
// in one run on the project's own data: the register folded from the committed seed and the demand from
// the seed's postcode points (data/register/postcodes.csv), through AccessibilityService as `naerpoliti
// access` uses them, × the offices open on 2018-07-01.
//
// Precomputed, outside the timings (as the app caches them per demand model, travel model and site
// set): the demand points and the demand × office minutes matrix; for the incremental evaluator also
// its construction (best/second-best per point and a column-major copy of the matrix). Timed as
// "full": everything else — nearest office for every point, all metrics, percentiles, municipality
// summaries, worst-served lists, the report object.
import { performance } from 'node:perf_hooks';
import { evaluateAccessibility } from '../src/analysis/evaluate.js';
import { IncrementalEvaluator } from '../src/analysis/incremental.js';
import { sitesFromOffices } from '../src/analysis/sites.js';
import type { IsoDate } from '../src/shared/dates.js';
import { AccessibilityService } from '../src/services/access/accessibility-service.js';
import { seedRegister } from '../test/helpers/seed.js';

const AT = '2018-07-01' as IsoDate;
const FULL_TARGET_MS = 50;
const INCREMENTAL_TARGET_MS = 1;

const fmt = (x: number, digits = 3) => x.toFixed(digits);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(): Promise<void> {
  const register = seedRegister();
  const snapshot = register.snapshot(AT);
  const service = new AccessibilityService();

  let t = performance.now();
  const demand = service.demand(register);
  const demandMs = performance.now() - t;
  const sites = sitesFromOffices(snapshot.openOffices());
  const model = service.travelModel(register, demand, {}, [AT]);
  t = performance.now();
  const matrixResult = model.matrix(demand, sites);
  const matrixMs = performance.now() - t;
  if (!matrixResult.ok) throw new Error(matrixResult.error.message);
  const matrix = matrixResult.value;
  const n = matrix.rows;
  const m = matrix.cols;
  console.log(`demand: ${n} points from data/register/postcodes.csv (${demand.summary.fallbackMunicipalities.length} municipalities at their representative point), population ${demand.summary.population}`);
  console.log(`offices: ${m} open on ${AT} in the register (committed seed)`);
  console.log(`precomputed once: demand model ${fmt(demandMs, 1)} ms, ${n} × ${m} matrix (${model.label}) ${fmt(matrixMs, 1)} ms`);

  const input = { at: AT, demand, sites, matrix, travelModel: model, municipalities: snapshot.municipalities, districts: snapshot.districts };
  const evaluate = (open?: Uint8Array) => {
    const r = evaluateAccessibility(open ? { ...input, open } : input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };

  // Warm up both paths before timing (JIT), then interleave rounds so both see the same machine state.
  const base = evaluate();
  let t0 = performance.now();
  const ev = IncrementalEvaluator.fromEvaluation(base.points, matrix);
  const buildMs = performance.now() - t0;
  for (let j = 0; j < m; j++) {
    ev.closeOffice(j);
    ev.openOffice(j);
  }
  for (let k = 0; k < 5; k++) evaluate();

  const rounds = 7;
  const fullMs: number[] = [];
  const closeUs: number[] = [];
  const openUs: number[] = [];
  const previewUs: number[] = [];
  let affected = 0;
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < 5; k++) {
      t0 = performance.now();
      sink += evaluate().report.national.withinThreshold;
      fullMs.push(performance.now() - t0);
    }
    let close = 0;
    let open = 0;
    let preview = 0;
    for (let j = 0; j < m; j++) {
      t0 = performance.now();
      const p = ev.previewClose(j);
      const t1 = performance.now();
      const d = ev.closeOffice(j);
      const t2 = performance.now();
      ev.openOffice(j);
      const t3 = performance.now();
      preview += t1 - t0;
      close += t2 - t1;
      open += t3 - t2;
      affected += d.affected.length;
      sink += d.populationBeyondChange + p.populationBeyondChange;
    }
    closeUs.push((close / m) * 1000);
    openUs.push((open / m) * 1000);
    previewUs.push((preview / m) * 1000);
  }

  const full = median(fullMs);
  const close = median(closeUs) / 1000;
  const open = median(openUs) / 1000;
  const preview = median(previewUs) / 1000;
  console.log(`incremental evaluator construction (precomputed once): ${fmt(buildMs, 1)} ms`);
  console.log('');
  console.log(`full national evaluation      ${fmt(full, 2).padStart(9)} ms   median of ${fullMs.length}   target < ${FULL_TARGET_MS} ms ${full < FULL_TARGET_MS ? 'OK' : 'MISSED'}`);
  console.log(`  ${Math.round(n / (full / 1000)).toLocaleString('en')} demand points/s, ${Math.round((n * m) / (full / 1000)).toLocaleString('en')} point–office pairs/s`);
  console.log(`incremental close one office  ${fmt(close * 1000, 1).padStart(9)} µs   mean over all ${m} offices, median of ${rounds} rounds   target < ${INCREMENTAL_TARGET_MS} ms ${close < INCREMENTAL_TARGET_MS ? 'OK' : 'MISSED'}`);
  console.log(`  ${fmt(affected / (rounds * m), 1)} demand points change office per close on average; ${Math.round(1 / (close / 1000)).toLocaleString('en')} closes/s`);
  console.log(`incremental open one office   ${fmt(open * 1000, 1).padStart(9)} µs`);
  console.log(`preview close (no change)     ${fmt(preview * 1000, 1).padStart(9)} µs`);
  console.log(`ratio full / incremental close: ${Math.round(full / close).toLocaleString('en')} ×`);
  if (Number.isNaN(sink)) console.log('');
}
