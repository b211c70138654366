/**
 * Builds the project's road network data in data/roads/ from the shared graph in ../shared/data/roads/.
 * Run: npm run build:roads (BUILD_ROADS_OUT=DIR writes elsewhere, as the test does).
 *
 * Reads (besides the shared graph): data/roads/calibration-towns.csv and
 * data/roads/published-driving-times.csv (hand-curated, cited), and the committed register seed
 * (data/register/changes.json, postcodes.csv) for the towns' positions and the circuity sample.
 *
 * Writes, deterministically (a re-run gives identical bytes):
 *   nodes.csv       id,lat,lon,label,component (0 = the largest connected component)
 *   edges.csv       from,to,km,road_class,motorway,kind,minutes,wait_minutes,route — minutes from the tuned speeds
 *   network.json    version, source, credit and terms, counts, the speeds and how they were tuned
 *   circuity.json   road km ÷ straight km measured on the network by distance band and region, and the table
 *   README.md       what all this is, with the figures above
 * It refuses to write anything when the shared graph fails validation.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { parseRoadNetworkCsv } from '../src/analysis/road-network-files/parse-road-csv.js';
import { comparePublished, summariseFit, tuneRoadSpeedScale, tuneRoadSpeeds, type FitSummary } from '../src/analysis/road-travel/calibrate.js';
import { CIRCUITY_BAND_EDGES_KM, circuityTableOf, measureCircuity } from '../src/analysis/road-travel/measure-circuity.js';
import { parseCalibrationTowns, parsePublishedDrivingTimes } from '../src/analysis/road-travel/published-driving-times.js';
import { DEFAULT_ACCESS_CIRCUITY, DEFAULT_ACCESS_SPEED_KMH, DEFAULT_MAX_SNAP_KM, roadNetworkTravel, type RoadNetworkInfo } from '../src/analysis/road-travel/road-travel-model.js';
import { estimatedRoadTravel } from '../src/analysis/travel-model.js';
import type { PointSet } from '../src/analysis/sites.js';
import { EdgeSnapIndex } from '../src/geo/road-network/edge-snap.js';
import { buildRoadGraph, roadGraphSummary } from '../src/geo/road-network/road-graph.js';
import { ROAD_CLASSES } from '../src/geo/road-network/road-network-data.js';
import { SHARED_GRAPH_SPEEDS, applyRoadSpeeds } from '../src/geo/road-network/road-speeds.js';
import { everyRegisterOffice, registerFromSeed, seedDemandPoints } from './roads/register-points.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const sharedDir = resolve(root, '..', 'shared', 'data', 'roads');
const dataDir = join(root, 'data', 'roads');
const outDir = process.env.BUILD_ROADS_OUT ? resolve(process.env.BUILD_ROADS_OUT) : dataDir;

function fail(message: string): never {
  console.error(`build-roads: ${message}`);
  process.exit(1);
}
if (!existsSync(sharedDir)) fail(`the shared road graph ${sharedDir} is missing (expected ../shared/data/roads beside the checkout)`);

// --- Provenance, read from the shared graph's README so it cannot drift from it.
const sharedReadme = readFileSync(join(sharedDir, 'README.md'), 'utf8');
const provenance = /commit ([0-9a-f]{40}),\s*(\d{4}-\d{2}-\d{2})/.exec(sharedReadme);
if (!provenance) fail(`${join(sharedDir, 'README.md')} no longer names the Travel Mapping commit and date it was built from`);
const [, sourceCommit, sourceDate] = provenance;
const waitMatch = /ferries at (\d+) km\/h plus (\d+) minutes' wait/.exec(sharedReadme);
if (!waitMatch) fail(`${join(sharedDir, 'README.md')} no longer states the ferry speed and wait its minutes include`);
const sharedFerryWait = Number(waitMatch[2]);

// --- Validate the shared graph.
const nodesFile = join(sharedDir, 'nodes.csv');
const edgesFile = join(sharedDir, 'edges.csv');
const parsed = parseRoadNetworkCsv(
  { nodesText: readFileSync(nodesFile, 'utf8'), nodesFile: '../shared/data/roads/nodes.csv', edgesText: readFileSync(edgesFile, 'utf8'), edgesFile: '../shared/data/roads/edges.csv' },
  { ferryWaitMinutes: sharedFerryWait },
);
if (!parsed.ok) fail(`the shared graph is not valid:\n${parsed.error.map((i) => `  ${i.message}`).join('\n')}`);
const shared = parsed.value;
const graph = buildRoadGraph(shared);
const snapIndex = EdgeSnapIndex.build(graph);

// --- Register points: calibration towns, offices, demand.
const register = registerFromSeed(join(root, 'data', 'register', 'changes.json'));
const offices = everyRegisterOffice(register);
const demand = seedDemandPoints(register, join(root, 'data', 'register', 'postcodes.csv'));
const townsFile = join(dataDir, 'calibration-towns.csv');
const towns = parseCalibrationTowns(readFileSync(townsFile, 'utf8'), 'data/roads/calibration-towns.csv');
if (!towns.ok) fail(towns.error.map((i) => i.message).join('\n'));
const officeIndex = new Map(offices.ids.map((id, k) => [id, k]));
const townPoints: PointSet = {
  ids: towns.value.map((t) => t.town),
  lat: Float64Array.from(towns.value, (t) => offices.lat[officeIndex.get(t.officeId) ?? fail(`calibration town ${t.town}: office ${t.officeId} is not in the register`)]),
  lon: Float64Array.from(towns.value, (t) => offices.lon[officeIndex.get(t.officeId)!]), // checked on the line above
};
const publishedFile = join(dataDir, 'published-driving-times.csv');
const published = parsePublishedDrivingTimes(readFileSync(publishedFile, 'utf8'), 'data/roads/published-driving-times.csv', new Set(townPoints.ids));
if (!published.ok) fail(published.error.map((i) => i.message).join('\n'));

// --- Tune the speeds on the cited figures only, with at least 3 cited pairs per tuned parameter:
// five class speeds need 15 pairs; with fewer (but at least 3), one common factor on every road speed
// is the single parameter tuned — the road model's errors are mostly that one factor (see the fit's
// sd of ln ratio); with fewer than 3, the shared graph's starting speeds stay. The files say which.
const TUNED_KEYS = ['E', 'Rv', 'Fv', 'other', 'motorway'] as const;
const MIN_PAIRS_PER_PARAMETER = 3;
const draftInfo: RoadNetworkInfo = { version: `${sourceDate}-draft`, source: 'Travel Mapping / OpenStreetMap', credit: '© OpenStreetMap contributors, ODbL 1.0' };
const pairs = published.value.length;
type Tuning = { speeds: typeof SHARED_GRAPH_SPEEDS; startFit: FitSummary; fit: FitSummary; evaluations: number; note: string };
let tuning: Tuning;
if (pairs >= MIN_PAIRS_PER_PARAMETER * TUNED_KEYS.length) {
  const t = tuneRoadSpeeds(graph, snapIndex, draftInfo, {}, townPoints, published.value, SHARED_GRAPH_SPEEDS, { keys: TUNED_KEYS, stepKmh: 5, minKmh: 40, maxKmh: 110, maxSweeps: 10 });
  tuning = { ...t, note: `per-class speeds tuned on ${pairs} cited pairs (coordinate descent on a 5 km/h grid within 40–110 km/h)` };
} else if (pairs >= MIN_PAIRS_PER_PARAMETER) {
  const t = tuneRoadSpeedScale(graph, snapIndex, draftInfo, {}, townPoints, published.value, SHARED_GRAPH_SPEEDS, { minFactor: 0.5, maxFactor: 1.25 });
  tuning = {
    ...t,
    note: `${pairs} cited pairs: too few for one speed per class (${MIN_PAIRS_PER_PARAMETER * TUNED_KEYS.length} needed), so one common factor on every road speed was tuned (grid 0.50–1.25, steps 0.05 then 0.01): ${t.factor.toFixed(2)}; ferries untouched`,
  };
} else {
  const fit = tuneRoadSpeedScale(graph, snapIndex, draftInfo, {}, townPoints, published.value, SHARED_GRAPH_SPEEDS, { minFactor: 1, maxFactor: 1 });
  tuning = { ...fit, note: `not tuned: ${pairs} cited pair(s), fewer than ${MIN_PAIRS_PER_PARAMETER}; the shared graph's starting speeds are kept` };
}
const speeds = tuning.speeds;
const tuningNote = tuning.note;
const tuned = applyRoadSpeeds(shared, speeds);

// --- Files.
const fmt = (x: number, digits: number) => x.toFixed(digits);
const nodesCsv = stringify(
  shared.nodeIds.map((id, k) => [id, fmt(shared.nodeLat[k], 6), fmt(shared.nodeLon[k], 6), shared.nodeLabels[k], String(graph.component[k])]),
  { header: true, columns: ['id', 'lat', 'lon', 'label', 'component'] },
);
const edgesCsv = stringify(
  Array.from(tuned.edgeFrom, (_, e) => [
    shared.nodeIds[tuned.edgeFrom[e]],
    shared.nodeIds[tuned.edgeTo[e]],
    fmt(tuned.edgeKm[e], 4),
    tuned.edgeFerry[e] ? 'ferry' : ROAD_CLASSES[tuned.edgeClass[e]],
    String(tuned.edgeMotorway[e]),
    tuned.edgeFerry[e] ? 'ferry' : 'road',
    fmt(tuned.edgeMinutes[e], 3),
    fmt(tuned.edgeWaitMinutes[e], 3),
    tuned.edgeRoute[e],
  ]),
  { header: true, columns: ['from', 'to', 'km', 'road_class', 'motorway', 'kind', 'minutes', 'wait_minutes', 'route'] },
);
const contentHash = createHash('sha256').update(nodesCsv).update(edgesCsv).digest('hex').slice(0, 10);
const version = `${sourceDate}.${contentHash}`;
const info: RoadNetworkInfo = { version, source: 'Travel Mapping / OpenStreetMap', credit: '© OpenStreetMap contributors, ODbL 1.0' };

// The fit as it stands with the written minutes (the same graph re-weighted, rebuilt from the written data).
const tunedGraph = buildRoadGraph(tuned);
const road = roadNetworkTravel(tunedGraph, info);
const estimated = estimatedRoadTravel();
const comparison = comparePublished(townPoints, published.value, [road, estimated]);
const fits: FitSummary[] = [summariseFit(comparison, road.id), summariseFit(comparison, estimated.id)];

// Circuity: offices × demand points, both snapped within 5 km, straight 1–300 km apart.
const circuity = measureCircuity(graph, snapIndex, offices, demand, { maxSnapKm: 5, minStraightKm: 1, maxStraightKm: 300 });
const circuitySource = `data/roads/circuity.json (road network ${version})`;
const circuityTable = circuityTableOf(circuity, circuitySource);

const summary = roadGraphSummary(graph);
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
const network = {
  version,
  source: info.source,
  credit: info.credit,
  terms:
    'The coordinates are OpenStreetMap data, © OpenStreetMap contributors, under the Open Database License (ODbL 1.0): credit "© OpenStreetMap contributors" wherever results computed from this network are shown, and keep a network derived from it under the same terms. The Travel Mapping repository states no licence of its own.',
  provenance: {
    builtFrom: '../shared/data/roads (nodes.csv, edges.csv)',
    travelMapping: { repository: 'github.com/TravelMapping/HighwayData', commit: sourceCommit, date: sourceDate },
    sharedFerryWaitMinutes: sharedFerryWait,
  },
  counts: { ...summary, componentSizes: [...graph.componentSizes], motorwayEdges: shared.edgeMotorway.reduce((a, b) => a + b, 0) },
  speeds: {
    kmh: { E: speeds.E, Rv: speeds.Rv, Fv: speeds.Fv, other: speeds.other, motorway: speeds.motorway },
    ferry: { crossingKmh: speeds.ferryKmh, waitMinutes: speeds.ferryWaitMinutes },
    tuning: {
      method: `minimising mean |ln(model ÷ published)| over the cited pairs in published-driving-times.csv, with at least ${MIN_PAIRS_PER_PARAMETER} pairs per tuned parameter: one speed per road class from ${MIN_PAIRS_PER_PARAMETER * TUNED_KEYS.length} pairs, one common factor on all road speeds from ${MIN_PAIRS_PER_PARAMETER}; ferry speed and wait not tuned`,
      outcome: tuningNote,
      start: { E: SHARED_GRAPH_SPEEDS.E, Rv: SHARED_GRAPH_SPEEDS.Rv, Fv: SHARED_GRAPH_SPEEDS.Fv, other: SHARED_GRAPH_SPEEDS.other, motorway: SHARED_GRAPH_SPEEDS.motorway },
      publishedPairs: published.value.length,
      evaluations: tuning.evaluations,
      startMeanAbsLogRatio: round(tuning.startFit.meanAbsLogRatio, 4),
      tunedMeanAbsLogRatio: round(tuning.fit.meanAbsLogRatio, 4),
    },
  },
  modelDefaults: { accessSpeedKmh: DEFAULT_ACCESS_SPEED_KMH, accessCircuity: DEFAULT_ACCESS_CIRCUITY, maxSnapKm: DEFAULT_MAX_SNAP_KM },
  fit: fits.map((f) => ({
    model: f.model,
    pairs: f.pairs,
    medianAbsErrorMinutes: round(f.medianAbsErrorMinutes, 1),
    meanAbsErrorMinutes: round(f.meanAbsErrorMinutes, 1),
    medianRatio: round(f.medianRatio),
    meanRatio: round(f.meanRatio),
    sdLogRatio: round(f.sdLogRatio),
  })),
};
const circuityJson = {
  network: version,
  sample: `every office in the register's history (${offices.ids.length}) × the seed's postcode demand points (${demand.ids.length}), both within ${circuity.options.maxSnapKm} km of a road, ${circuity.options.minStraightKm}–${circuity.options.maxStraightKm} km apart in a straight line`,
  measure: 'shortest road km on the network between the snapped points ÷ great-circle km between the same points; bands by straight distance, regions by the office latitude',
  bandEdgesKm: CIRCUITY_BAND_EDGES_KM,
  pairs: circuity.pairs,
  all: circuity.all,
  bands: circuity.bands,
  regions: circuity.regions,
  table: circuityTable,
};

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);
const num = (x: number | null, d = 2) => (x === null ? '–' : x.toFixed(d));
const readme = `# The project's road network (built)

Built by \`npm run build:roads\` (scripts/build-roads.ts) from the shared graph in \`../shared/data/roads/\`; a test checks
that these files are exactly what the script builds. Do not edit them by hand.

**Version ${version}.** Source: Travel Mapping (${network.provenance.travelMapping.repository}, commit ${sourceCommit},
${sourceDate}), whose waypoint coordinates come from OpenStreetMap; the shared graph joins them into ${summary.nodes.toLocaleString('en')} nodes and
${summary.edges.toLocaleString('en')} edges (${summary.roadEdges.toLocaleString('en')} road, ${summary.ferryEdges} ferry).

**Terms and credit:** © OpenStreetMap contributors, Open Database License (ODbL 1.0). Credit "© OpenStreetMap
contributors" wherever results computed from this network are shown, and keep a network derived from it under
the same terms. The Travel Mapping repository states no licence of its own. The authoritative network for
production is NVDB Ruteplan nettverksdatasett (Statens vegvesen, NLOD), which the GeoJSON importer reads.

## Files
- \`nodes.csv\` — \`id,lat,lon,label,component\`: WGS84 degrees; \`component\` 0 is the largest connected component
  (${graph.componentSizes[0].toLocaleString('en')} nodes); the ${graph.componentSizes.length - 1} others (${[...graph.componentSizes].slice(1).join(', ')} nodes) are islands or pieces whose
  ferry or link road the source lacks. They are kept, flagged, so points on them are reported rather than misrouted.
- \`edges.csv\` — \`from,to,km,road_class,motorway,kind,minutes,wait_minutes,route\`: undirected; \`km\` the great-circle
  length between waypoints (real roads bend, so a few percent short); \`minutes\` from the speeds below, a ferry's
  including \`wait_minutes\`.
- \`network.json\` — version, provenance, terms, counts, the speeds and their tuning, the fit to published times.
- \`circuity.json\` — road km ÷ straight km measured on this network, by distance band and region, and the table
  the estimated model can use instead of its single factor.
- \`calibration-towns.csv\`, \`published-driving-times.csv\` — inputs (hand-curated): the 15 towns, each at its police
  station in the register, and the published driving times found, each with its source. Pairs without a citable
  figure are left out.

## Speeds
Road edges: E ${speeds.E}, Rv ${speeds.Rv}, Fv ${speeds.Fv}, other ${speeds.other} km/h, motorways ${speeds.motorway} km/h; the shared graph's starting
values are E ${SHARED_GRAPH_SPEEDS.E}, Rv ${SHARED_GRAPH_SPEEDS.Rv}, Fv ${SHARED_GRAPH_SPEEDS.Fv}, other ${SHARED_GRAPH_SPEEDS.other}, motorway ${SHARED_GRAPH_SPEEDS.motorway}. Tuning: ${network.speeds.tuning.method}.
These are effective speeds on the graph's straight waypoint-to-waypoint km: they absorb bends, towns, junctions
and traffic, so they sit below the speed limits.
Outcome: ${tuningNote} (mean |ln ratio| ${num(tuning.startFit.meanAbsLogRatio, 3)} → ${num(tuning.fit.meanAbsLogRatio, 3)}).
Ferries: crossing at ${speeds.ferryKmh} km/h plus ${speeds.ferryWaitMinutes} minutes' wait per crossing (the shared graph's assumption, not
tuned; no timetables).

Fit to the published times with these speeds:

| model | pairs | median abs. error | mean abs. error | median ratio | mean ratio | sd of ln ratio |
|---|---|---|---|---|---|---|
${network.fit.map((f) => `| ${f.model} | ${f.pairs} | ${f.medianAbsErrorMinutes} min | ${f.meanAbsErrorMinutes} min | ${f.medianRatio} | ${f.meanRatio} | ${f.sdLogRatio} |`).join('\n')}

(sd of ln ratio: the spread left once one common factor is taken out — how well the model ranks trips.)

## Circuity measured on the network
${circuityJson.sample}: ${circuity.pairs.toLocaleString('en')} pairs, median ${num(circuity.all.median, 3)}, mean ${num(circuity.all.mean, 3)},
90th percentile ${num(circuity.all.p90, 3)}; ${pct(circuity.all.shareAbove1_3)} above 1.3.

| straight km | pairs | median | mean | p90 | above 1.3 |
|---|---|---|---|---|---|
${circuity.bands.map((b) => `| ${b.fromKm}–${b.toKm ?? ''} | ${b.pairs.toLocaleString('en')} | ${num(b.median, 3)} | ${num(b.mean, 3)} | ${num(b.p90, 3)} | ${pct(b.shareAbove1_3)} |`).join('\n')}

| region | pairs | median | mean | p90 | above 1.3 |
|---|---|---|---|---|---|
${circuity.regions.map((r) => `| ${r.name} | ${r.all.pairs.toLocaleString('en')} | ${num(r.all.median, 3)} | ${num(r.all.mean, 3)} | ${num(r.all.p90, 3)} | ${pct(r.all.shareAbove1_3)} |`).join('\n')}

The graph has main roads only and straight edges between waypoints, so short-distance circuity is measured
between points on main roads and all ratios run a little short of the real roads'.
`;

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'nodes.csv'), nodesCsv);
writeFileSync(join(outDir, 'edges.csv'), edgesCsv);
writeFileSync(join(outDir, 'network.json'), JSON.stringify(network, null, 2) + '\n');
writeFileSync(join(outDir, 'circuity.json'), JSON.stringify(circuityJson, null, 2) + '\n');
writeFileSync(join(outDir, 'README.md'), readme);
console.log(`build-roads: wrote ${outDir} (network ${version}; speeds E ${speeds.E}, Rv ${speeds.Rv}, Fv ${speeds.Fv}, other ${speeds.other}, motorway ${speeds.motorway}; ${tuningNote})`);
