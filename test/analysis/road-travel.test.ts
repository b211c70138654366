import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { circuityRoadKm, compileCircuity } from '../../src/analysis/circuity-table.js';
import { IncrementalEvaluator } from '../../src/analysis/incremental.js';
import { nearestOpenSites } from '../../src/analysis/nearest-open-site.js';
import { measureCircuity } from '../../src/analysis/road-travel/measure-circuity.js';
import { DEFAULT_ACCESS_CIRCUITY, DEFAULT_ACCESS_SPEED_KMH, roadNetworkTravel } from '../../src/analysis/road-travel/road-travel-model.js';
import type { PointSet } from '../../src/analysis/sites.js';
import type { IsoDate } from '../../src/shared/dates.js';
import { estimatedRoadTravel } from '../../src/analysis/travel-model.js';
import { greatCircleKm } from '../../src/shared/great-circle.js';
import { EdgeSnapIndex } from '../../src/geo/road-network/edge-snap.js';
import { buildRoadGraph } from '../../src/geo/road-network/road-graph.js';
import { roadData } from '../helpers/road-fixtures.js';

const points = (list: readonly [string, number, number][]): PointSet => ({
  ids: list.map((p) => p[0]),
  lat: Float64Array.from(list, (p) => p[1]),
  lon: Float64Array.from(list, (p) => p[2]),
});
const NETWORK = { version: 'test-1', source: 'inline test graph', credit: 'none' };
const legMinutes = (km: number) => (km * DEFAULT_ACCESS_CIRCUITY * 60) / DEFAULT_ACCESS_SPEED_KMH;
const near = (a: number, b: number, tol = 0.02) => Math.abs(a - b) <= tol;

// A road west–east along 63° N: w (10.0) — m (10.2) — e (10.4), 10 minutes per edge; a ferry from e
// north to an island road (63.1 N), 5 minutes' crossing + 15 minutes' wait; and, 30 km off, a piece
// of road on its own (an island whose ferry the data lacks).
const graph = buildRoadGraph(
  roadData(
    [
      { id: 'w', lat: 63, lon: 10 },
      { id: 'm', lat: 63, lon: 10.2 },
      { id: 'e', lat: 63, lon: 10.4 },
      { id: 'pier', lat: 63.1, lon: 10.4 },
      { id: 'island-end', lat: 63.1, lon: 10.6 },
      { id: 'lonely-a', lat: 63.3, lon: 10 },
      { id: 'lonely-b', lat: 63.3, lon: 10.1 },
    ],
    [
      { from: 0, to: 1, km: 10.1, minutes: 10 },
      { from: 1, to: 2, km: 10.1, minutes: 10 },
      { from: 2, to: 3, km: 11.1, minutes: 20, ferry: true, wait: 15 },
      { from: 3, to: 4, km: 10.1, minutes: 10 },
      { from: 5, to: 6, km: 5, minutes: 5 },
    ],
  ),
);

describe('road travel model', () => {
  const model = roadNetworkTravel(graph, NETWORK);

  it('names itself: id road, routed (not estimated), with the network version and its defaults', () => {
    assert.equal(model.id, 'road');
    assert.equal(model.estimated, false);
    assert.equal(model.params.network, 'test-1');
    assert.equal(model.params.fallback, 'estimated-road');
    assert.equal(model.params.ferryWaitMinutes, 15);
    assert.match(model.label, /^Kjøretid på vegnettet/);
  });

  it('adds the access leg, the partial edges from the snapped points, and the egress leg', () => {
    // Office 1 km south of the road a quarter along w–m; person 2 km north of it three quarters along m–e.
    const office = points([['office', 63 - 1 / 111.2, 10.05]]);
    const person = points([['person', 63 + 2 / 111.2, 10.35]]);
    const r = model.matrix(person, office);
    assert.ok(r.ok);
    const expected = legMinutes(2) + 0.75 * 10 + 0.75 * 10 + legMinutes(1);
    assert.ok(near(r.value.minutes[0], expected), `${r.value.minutes[0]} vs ${expected}`);
    assert.deepEqual(r.value.fallbacks, []);
  });

  it('goes straight along the edge when both ends snap to the same one', () => {
    const r = model.matrix(points([['a', 63, 10.02]]), points([['b', 63, 10.12]]));
    assert.ok(r.ok);
    assert.ok(near(r.value.minutes[0], 5), `${r.value.minutes[0]}`);
  });

  it('crosses a ferry with its crossing and its wait', () => {
    const r = model.matrix(points([['islander', 63.1, 10.6]]), points([['office', 63, 10.2]]));
    assert.ok(r.ok);
    assert.ok(near(r.value.minutes[0], 10 + 20 + 10), `${r.value.minutes[0]}: 10 on the island + 5 crossing + 15 wait + 10 to the office`);
  });

  it('reports points with no road near and points on a separate road network, and gives them the estimated time', () => {
    const people = points([
      ['roadside', 63, 10.1],
      ['far-out-at-sea', 63, 8.9],
      ['on-the-lonely-road', 63.3, 10.05],
    ]);
    const offices = points([
      ['main', 63, 10.2],
      ['lonely-office', 63.3, 10.02],
    ]);
    const r = model.matrix(people, offices);
    assert.ok(r.ok);
    const estimated = estimatedRoadTravel().matrix(people, offices);
    assert.ok(estimated.ok);
    const m = r.value.minutes;
    assert.ok(near(m[0], 5), `roadside → main is routed: ${m[0]}`);
    assert.equal(m[2], estimated.value.minutes[2], 'far-out-at-sea → main: estimated');
    assert.equal(m[3], estimated.value.minutes[3]);
    assert.equal(m[4], estimated.value.minutes[4], 'lonely road → main: estimated');
    assert.ok(near(m[5], 1.7, 0.5), 'lonely road → lonely office is routed on its own piece of road');
    assert.equal(m[1], estimated.value.minutes[1], 'roadside → lonely office: estimated');
    const byId = new Map(r.value.fallbacks!.map((f) => [f.id, f]));
    assert.deepEqual([...byId.keys()].sort(), ['far-out-at-sea', 'lonely-office', 'on-the-lonely-road']);
    assert.equal(byId.get('far-out-at-sea')!.reason, 'no-road-nearby');
    assert.equal(byId.get('far-out-at-sea')!.cells, 2);
    assert.ok(byId.get('far-out-at-sea')!.nearestRoadKm! > 20);
    assert.equal(byId.get('on-the-lonely-road')!.reason, 'separate-road-network');
    assert.equal(byId.get('on-the-lonely-road')!.cells, 1);
    assert.equal(byId.get('lonely-office')!.role, 'destination');
    assert.match(byId.get('far-out-at-sea')!.message, /far-out-at-sea: no road within 20 km/);
    for (let k = 0; k < m.length; k++) assert.ok(Number.isFinite(m[k]), `cell ${k} has a time`);
  });

  it('gives the same matrix from its cache, in any order of the sites', () => {
    const people = points([
      ['a', 63.01, 10.1],
      ['b', 63.1, 10.55],
    ]);
    const offices = points([
      ['x', 63, 10.3],
      ['y', 63.0, 10.0],
    ]);
    const first = model.matrix(people, offices);
    const again = model.matrix(people, offices);
    const swapped = model.matrix(people, points([['y', 63.0, 10.0], ['x', 63, 10.3]]));
    assert.ok(first.ok && again.ok && swapped.ok);
    assert.deepEqual([...again.value.minutes], [...first.value.minutes]);
    assert.deepEqual([...swapped.value.minutes], [first.value.minutes[1], first.value.minutes[0], first.value.minutes[3], first.value.minutes[2]]);
  });
});

describe('circuity measured on a network and used by the estimated model', () => {
  it('measures 1 on a straight road and the detour on a bent one', () => {
    // An L: 63 N from 10.0 to 10.2 E, then north to 63.09 N. Points at the two far ends.
    const bent = buildRoadGraph(
      roadData(
        [
          { id: 'a', lat: 63, lon: 10 },
          { id: 'corner', lat: 63, lon: 10.2 },
          { id: 'b', lat: 63.09, lon: 10.2 },
        ],
        [
          { from: 0, to: 1, km: greatCircleKm(63, 10, 63, 10.2), minutes: 10 },
          { from: 1, to: 2, km: greatCircleKm(63, 10.2, 63.09, 10.2), minutes: 10 },
        ],
      ),
    );
    const index = EdgeSnapIndex.build(bent);
    const a = points([['a', 63, 10]]);
    const m = measureCircuity(bent, index, a, points([['corner', 63, 10.2], ['b', 63.09, 10.2]]), { maxSnapKm: 1, minStraightKm: 1, maxStraightKm: 300 });
    assert.equal(m.pairs, 2);
    const expected = (greatCircleKm(63, 10, 63, 10.2) + greatCircleKm(63, 10.2, 63.09, 10.2)) / greatCircleKm(63, 10, 63.09, 10.2);
    const band = m.bands.find((b) => b.pairs > 0 && b.fromKm === 10)!;
    assert.ok(band, 'both pairs are 10–20 km apart');
    assert.ok(Math.abs(band.max! - expected) < 0.005, `${band.max} vs ${expected}`);
    assert.ok(Math.abs(band.mean! - (1 + expected) / 2) < 0.005);
    assert.equal(m.regions.find((r) => r.id === 'midt')!.all.pairs, 2);
  });

  it('interpolates road km through the band middles and refuses a table that would make farther nearer', () => {
    const table = { source: 'test', bands: [{ fromKm: 0, toKm: 10, factor: 1.5 }, { fromKm: 10, toKm: 30, factor: 1.4 }, { fromKm: 30, toKm: null, factor: 1.3 }] };
    const c = compileCircuity(table);
    assert.equal(circuityRoadKm(c, 5), 7.5);
    assert.ok(Math.abs(circuityRoadKm(c, 20) - 28) < 1e-9);
    assert.ok(Math.abs(circuityRoadKm(c, 12.5) - (7.5 + 0.5 * (28 - 7.5))) < 1e-9);
    assert.ok(Math.abs(circuityRoadKm(c, 100) - (45 * 1.3 + 55 * 1.3)) < 1e-9);
    for (let km = 0; km < 200; km += 0.5) assert.ok(circuityRoadKm(c, km + 0.5) > circuityRoadKm(c, km));
    assert.throws(() => compileCircuity({ source: 't', bands: [{ fromKm: 0, toKm: 10, factor: 3 }, { fromKm: 10, toKm: null, factor: 1 }] }), /fall too fast/);
    assert.throws(() => compileCircuity({ source: 't', bands: [{ fromKm: 5, toKm: null, factor: 1.3 }] }), /contiguous from 0/);

    const from = points([['p', 63, 10]]);
    const to = points([['q', 63.1, 10]]);
    const banded = estimatedRoadTravel({ speedKmh: 60 }, { circuityTable: table }).matrix(from, to);
    assert.ok(banded.ok);
    const straight = greatCircleKm(63, 10, 63.1, 10);
    assert.ok(Math.abs(banded.value.minutes[0] - circuityRoadKm(c, straight)) < 1e-3, 'at 60 km/h minutes = road km');
    const plain = estimatedRoadTravel().matrix(from, to);
    assert.ok(plain.ok);
    assert.ok(Math.abs(plain.value.minutes[0] - straight * 1.3) < 1e-3, 'without a table: the single factor, as before');
  });
});

const roadsDir = fileURLToPath(new URL('../../data/roads/', import.meta.url));
describe('incremental evaluation on a road-model matrix', { skip: !existsSync(roadsDir + 'edges.csv') && 'no data/roads' }, () => {
  it('equals a full evaluation after every close and open, nationally, on the project network', async () => {
    const { loadRoadNetwork } = await import('../../scripts/roads/load-network.js');
    const { everyRegisterOffice, seedDemandPoints, registerFromSeed } = await import('../../scripts/roads/register-points.js');
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const net = loadRoadNetwork(roadsDir);
    const register = registerFromSeed(root + 'data/register/changes.json');
    const demand = seedDemandPoints(register, root + 'data/register/postcodes.csv');
    const sites = everyRegisterOffice(register);
    const r = roadNetworkTravel(net.graph, net.info).matrix(demand, sites);
    assert.ok(r.ok);
    const { minutes, rows, cols } = r.value;
    assert.ok(r.value.fallbacks!.length > 0, 'Røst, Værøy, Træna and others are reported');
    assert.ok(r.value.fallbacks!.some((f) => f.reason === 'no-road-nearby'));
    const openIds = new Set(register.snapshot('2018-07-01' as IsoDate).openOffices().map((o) => o.id)); 
    const open = Uint8Array.from(sites.ids, (id) => (openIds.has(id) ? 1 : 0));
    const population = demand.population;
    const ev = new IncrementalEvaluator({ minutes, rows, cols, population, thresholdMinutes: 45, open });
    const check = (what: string) => {
      const nearest = nearestOpenSites(minutes, rows, cols, open);
      let beyond = 0;
      let personMinutes = 0;
      for (let i = 0; i < rows; i++) {
        if (nearest.minutes[i] > 45) beyond += population[i];
        personMinutes += population[i] * nearest.minutes[i];
      }
      const t = ev.totals();
      assert.ok(Math.abs(t.populationBeyond - beyond) < 1e-6, `${what}: beyond ${t.populationBeyond} vs ${beyond}`);
      assert.ok(Math.abs(t.personMinutes - personMinutes) <= 1e-9 * personMinutes, `${what}: person-minutes`);
      assert.deepEqual([...ev.nearest().siteIndex], [...nearest.siteIndex], `${what}: nearest office per point`);
    };
    check('start');
    const openSites = [...open.keys()].filter((j) => open[j]);
    const closedSites = [...open.keys()].filter((j) => !open[j]);
    for (let k = 0; k < 12; k++) {
      const j = openSites[(k * 37) % openSites.length];
      if (open[j]) {
        ev.closeOffice(j);
        open[j] = 0;
        check(`close ${sites.ids[j]}`);
      }
      const c = closedSites[(k * 11) % closedSites.length];
      if (!open[c]) {
        ev.openOffice(c);
        open[c] = 1;
        check(`open ${sites.ids[c]}`);
      }
    }
  });
});
