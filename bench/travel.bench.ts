// Calibration report: the road model, the estimated model (single factor 1.3, and the circuity table
// measured on the network) and the straight line against the published driving times between the
// 15 towns (data/roads/published-driving-times.csv, every row with its source). Per pair and in
// summary: minutes, ratio to the published time, median and mean absolute error. Pairs without a
// citable figure are not in the file, and this report says how many of the 105 that leaves out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CircuityTable } from '../src/analysis/circuity-table.js';
import { comparePublished, summariseFit, tuneRoadSpeedScale } from '../src/analysis/road-travel/calibrate.js';
import { parseCalibrationTowns, parsePublishedDrivingTimes } from '../src/analysis/road-travel/published-driving-times.js';
import { roadNetworkTravel } from '../src/analysis/road-travel/road-travel-model.js';
import type { PointSet } from '../src/analysis/sites.js';
import { estimatedRoadTravel, type TravelModel } from '../src/analysis/travel-model.js';
import { EdgeSnapIndex } from '../src/geo/road-network/edge-snap.js';
import { SHARED_GRAPH_SPEEDS, withRoadSpeeds } from '../src/geo/road-network/road-speeds.js';
import { loadRoadNetwork } from '../scripts/roads/load-network.js';
import { everyRegisterOffice, registerFromSeed } from '../scripts/roads/register-points.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'data', 'roads');

export async function run(): Promise<void> {
  const net = loadRoadNetwork(dir);
  const register = registerFromSeed(join(root, 'data', 'register', 'changes.json'));
  const offices = everyRegisterOffice(register);
  const towns = parseCalibrationTowns(readFileSync(join(dir, 'calibration-towns.csv'), 'utf8'), 'calibration-towns.csv');
  if (!towns.ok) throw new Error(towns.error.map((i) => i.message).join('\n'));
  const at = new Map(offices.ids.map((id, k) => [id, k]));
  const townPoints: PointSet = {
    ids: towns.value.map((t) => t.town),
    lat: Float64Array.from(towns.value, (t) => offices.lat[at.get(t.officeId)!]), // build-roads checks every office id
    lon: Float64Array.from(towns.value, (t) => offices.lon[at.get(t.officeId)!]),
  };
  const published = parsePublishedDrivingTimes(readFileSync(join(dir, 'published-driving-times.csv'), 'utf8'), 'published-driving-times.csv', new Set(townPoints.ids));
  if (!published.ok) throw new Error(published.error.map((i) => i.message).join('\n'));
  const circuity = JSON.parse(readFileSync(join(dir, 'circuity.json'), 'utf8')) as { table: CircuityTable }; // written by build-roads

  const straight: TravelModel = { ...estimatedRoadTravel({ circuityFactor: 1 }), id: 'straight-line' };
  const banded: TravelModel = { ...estimatedRoadTravel({}, { circuityTable: circuity.table }), id: 'estimated-banded' };
  const models = [roadNetworkTravel(net.graph, net.info), estimatedRoadTravel(), banded, straight];
  const rows = comparePublished(townPoints, published.value, models);
  const n = townPoints.ids.length;
  // sd ln r: the spread of the ratios once one common factor is taken out — how well a model ranks trips.
  console.log(`network ${net.info.version}; ${rows.length} of the ${(n * (n - 1)) / 2} town pairs have a cited published time (the rest are left out, not estimated)`);
  console.log('models: road = routed on data/roads; estimated-road = straight × 1.3 at 60 km/h; estimated-banded = straight × measured circuity by band at 60 km/h; straight-line = straight at 60 km/h');
  console.log('');
  const head = ['pair', 'km', 'published', ...models.map((m) => m.id)];
  console.log(head.map((h, k) => (k === 0 ? h.padEnd(26) : h.padStart(18))).join(''));
  for (const r of rows) {
    const cells = models.map((m) => `${Math.round(r.minutes[m.id])} (${(r.minutes[m.id] / r.published).toFixed(2)})`);
    console.log([`${r.from}–${r.to}`.padEnd(26), r.straightKm.toFixed(0).padStart(18), String(r.published).padStart(18), ...cells.map((c) => c.padStart(18))].join(''));
  }
  console.log('');
  console.log(`${'model'.padEnd(18)}${'median |err|'.padStart(14)}${'mean |err|'.padStart(12)}${'median ratio'.padStart(14)}${'mean ratio'.padStart(12)}${'mean |ln r|'.padStart(13)}${'sd ln r'.padStart(10)}`);
  for (const m of models) {
    const f = summariseFit(rows, m.id);
    console.log(
      `${m.id.padEnd(18)}${`${f.medianAbsErrorMinutes.toFixed(0)} min`.padStart(14)}${`${f.meanAbsErrorMinutes.toFixed(0)} min`.padStart(12)}${f.medianRatio.toFixed(2).padStart(14)}${f.meanRatio.toFixed(2).padStart(12)}${f.meanAbsLogRatio.toFixed(3).padStart(13)}${f.sdLogRatio.toFixed(3).padStart(10)}`,
    );
  }

  // Leave one out: the common speed factor fitted without each pair (from the shared graph's starting
  // speeds, as the build does), then that pair predicted — an out-of-sample check of the calibration.
  const snapIndex = EdgeSnapIndex.build(net.graph);
  const baseGraph = withRoadSpeeds(net.graph, SHARED_GRAPH_SPEEDS);
  const errors: number[] = [];
  const factors: number[] = [];
  for (let k = 0; k < published.value.length; k++) {
    const rest = published.value.filter((_, i) => i !== k);
    const t = tuneRoadSpeedScale(baseGraph, snapIndex, net.info, {}, townPoints, rest, SHARED_GRAPH_SPEEDS, { minFactor: 0.5, maxFactor: 1.25 });
    const model = roadNetworkTravel(withRoadSpeeds(net.graph, t.speeds), net.info, {}, undefined, { snapIndex });
    const [row] = comparePublished(townPoints, [published.value[k]], [model]);
    errors.push(Math.abs(row.minutes[model.id] - row.published));
    factors.push(t.factor);
  }
  const sorted = [...errors].sort((a, b) => a - b);
  console.log('');
  console.log(
    `leave-one-out (common factor refitted without each pair, that pair predicted): factor ${Math.min(...factors).toFixed(2)}–${Math.max(...factors).toFixed(2)}, ` +
      `median |err| ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} min, mean |err| ${(errors.reduce((a, b) => a + b, 0) / errors.length).toFixed(0)} min, max ${sorted[sorted.length - 1].toFixed(0)} min`,
  );
}
