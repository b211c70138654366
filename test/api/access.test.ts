import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { IsoDate } from '../../src/shared/dates.js';
import { todayInNorway } from '../../src/shared/dates.js';
import { AccessibilityService } from '../../src/services/access/accessibility-service.js';
import { RegisterService } from '../../src/services/register-service.js';
import { startTestApp, type TestApp } from '../helpers/api.js';
import { assertConforms } from '../helpers/api-schemas.js';
import { checkFeatureCollection } from '../helpers/geojson.js';

let t: TestApp;
let service: AccessibilityService;
let registers: RegisterService;
before(async () => {
  t = await startTestApp();
  service = new AccessibilityService();
  registers = new RegisterService(t.store);
});
after(() => t.close());

/** What `naerpoliti access --json` computes: the service directly, as JSON. */
async function cliReport(
  at: IsoDate,
  options: { thresholdMinutes?: number; targetShare?: number } = {},
  travel: { travel?: 'road' | 'estimated'; circuityFactor?: number; speedKmh?: number } = {},
  officeService?: 'pass-id',
) {
  const register = await registers.register();
  const demand = service.demand(register);
  const model = service.travelModel(register, demand, travel, [at]);
  return JSON.parse(JSON.stringify(service.evaluate(register, at, options, model, demand, officeService).report));
}

test('GET /access is the CLI’s report for the same date and options, on the road network by default, cached with an ETag', async () => {
  const res = await t.get('/access?at=2018-07-01');
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^application\/json/);
  const body = res.json();
  assertConforms('AccessibilityReport', body);
  assert.deepEqual(body, await cliReport('2018-07-01' as IsoDate));
  assert.equal(body.travelModel.id, 'road');
  assert.equal(body.travelModel.estimated, false);
  assert.match(body.travelModel.terms, /© OpenStreetMap contributors, ODbL/);
  assert.ok(body.travelModel.unrouted.some((u: { reason: string }) => u.reason === 'no-road-nearby'), 'islands without a road link are named, not dropped');
  const estimated = (await t.get('/access?at=2018-07-01&travel=estimated')).json();
  assert.match(estimated.travelModel.label, /^Beregnet reisetid/);
  assert.equal(estimated.travelModel.terms, undefined);
  assert.deepEqual(estimated, await cliReport('2018-07-01' as IsoDate, {}, { travel: 'estimated' }));
  assert.notEqual(estimated.national.share, body.national.share);
  assert.equal((await t.get('/access?at=2018-07-01&travel=walking')).statusCode, 400);
  assert.ok(body.demandModel.method.nb.length > 20, 'the method text travels with the figures');
  assert.equal(body.districts.length, 12);
  assert.ok(body.worstServed.length > 0 && body.municipalities.length > 300);
  assert.equal(res.headers['cache-control'], 'public, max-age=300');
  assert.equal((await t.get('/access?at=2018-07-01', { 'if-none-match': res.headers.etag as string })).statusCode, 304);

  const custom = (await t.get('/access?at=2015-12-31&threshold=30&target=0.95&circuity=1.4&speed=50&travel=estimated')).json();
  assert.deepEqual(custom, await cliReport('2015-12-31' as IsoDate, { thresholdMinutes: 30, targetShare: 0.95 }, { travel: 'estimated', circuityFactor: 1.4, speedKmh: 50 }));
  assert.equal(custom.districts.length, 27, '2015 had 27 districts');
  const thresholds = (await t.get('/access?at=2018-07-01&thresholds=60,10,30')).json();
  assert.deepEqual(thresholds.national.thresholds.map((c: { minutes: number }) => c.minutes), [10, 30, 60]);
});

test('GET /access?service=pass-id counts only the offices offering passports and ID cards, nationally and per district', async () => {
  const res = await t.get('/access?at=2020-06-01&service=pass-id&threshold=45');
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assertConforms('AccessibilityReport', body);
  assert.equal(body.service, 'pass-id');
  assert.deepEqual(body, await cliReport('2020-06-01' as IsoDate, { thresholdMinutes: 45 }, {}, 'pass-id'));
  const all = (await t.get('/access?at=2020-06-01&threshold=45')).json();
  assert.ok(body.national.offices < all.national.offices, 'fewer pass offices than offices');
  assert.ok(body.national.share < all.national.share, 'the nearest pass office is never nearer than the nearest office');
  assert.equal(body.districts.length, 12);
  for (const d of body.districts) assert.equal(d.meetsTarget, d.share >= body.targetShare);
  assert.equal((await t.get('/access?at=2020-06-01&service=fingerprints')).statusCode, 400);
});

test('GET /road-networks credits the network the road model routes on', async () => {
  const res = await t.get('/road-networks');
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assert.match(body.current.terms, /© OpenStreetMap contributors/);
  assert.equal(body.current.version, (await t.get('/access?at=2018-07-01')).json().travelModel.params.network);
  assert.deepEqual(body.imported, [], 'nothing imported into this store');
});

test('GET /access/compare and /access/reform have the comparison and reform shapes', async () => {
  const compare = await t.get('/access/compare?from=2015-12-31&to=2018-07-01');
  assert.equal(compare.statusCode, 200);
  const c = compare.json();
  assertConforms('ComparisonReport', c);
  assert.deepEqual([c.before.at, c.after.at, c.before.offices, c.after.offices], ['2015-12-31', '2018-07-01', c.before.offices, c.after.offices]);
  assert.ok(c.officesClosed.length > 0 && c.before.offices > c.after.offices);
  const register = await registers.register();
  const demand = service.demand(register);
  const model = service.travelModel(register, demand, {}, []);
  assert.deepEqual(c, JSON.parse(JSON.stringify(service.compare(register, '2015-12-31' as IsoDate, '2018-07-01' as IsoDate, {}, model, demand))));

  const reform = (await t.get('/access/reform')).json();
  assertConforms('ReformReport', reform);
  assert.deepEqual(reform.dates, { before: '2015-12-31', after: '2018-07-01', today: todayInNorway() });
  assert.ok(reform.headline.nb.length > 0);
  assert.deepEqual(reform, JSON.parse(JSON.stringify(service.reform(register, todayInNorway(), {}, model, demand))));

  const missing = await t.get('/access/compare?to=2018-07-01');
  assert.equal(missing.statusCode, 400);
  assert.equal(missing.json().parameter, 'from');
  assert.equal((await t.get('/access/compare?from=2018-02-30')).json().parameter, 'from');
});

test('GET /access/municipalities.geojson is valid RFC 7946 with each municipality’s figures for a choropleth', async () => {
  const res = await t.get('/access/municipalities.geojson?at=2018-07-01');
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^application\/geo\+json/);
  const fc = res.json();
  checkFeatureCollection(fc, 'access layer');
  assert.deepEqual([fc.at, fc.resolution, fc.thresholdMinutes, fc.travelModel.estimated, fc.travelModel.id], ['2018-07-01', 'web', 45, false, 'road']);
  assert.match(fc.travelModel.terms, /OpenStreetMap/);
  assert.match(fc.attribution, /Kartverket/);
  const report = await cliReport('2018-07-01' as IsoDate);
  assert.equal(fc.features.length, report.municipalities.length);
  const byNumber = new Map(report.municipalities.map((m: { number: string }) => [m.number, m]));
  for (const f of fc.features) {
    assertConforms('AccessMunicipalityProperties', f.properties, `feature ${f.id}`);
    assert.ok(f.geometry, `${f.id} has a boundary`);
    const m = byNumber.get(f.id) as { meanMinutes: number; share: number; nearestOfficeId: string };
    assert.deepEqual([f.properties.meanMinutes, f.properties.share, f.properties.nearestOfficeId], [m.meanMinutes, m.share, m.nearestOfficeId]);
  }
  const oslo = fc.features.find((f: { id: string }) => f.id === '0301');
  assert.equal(oslo.properties.districtName, 'Oslo politidistrikt');
  assert.equal(typeof oslo.properties.nearestOfficeName, 'string');
  const cheaper = await t.get('/access/municipalities.geojson?at=2018-07-01&threshold=30');
  assert.notEqual(cheaper.headers.etag, res.headers.etag);
  assert.equal((await t.get('/access/municipalities.geojson?at=2018-07-01', { 'if-none-match': res.headers.etag as string })).statusCode, 304);
});

test('GET /access/distribution: population-weighted bins that add up to the report’s figures', async () => {
  const res = await t.get('/access/distribution?at=2018-07-01&byDistrict=true');
  assert.equal(res.statusCode, 200);
  const d = res.json();
  assertConforms('AccessDistribution', d);
  const report = await cliReport('2018-07-01' as IsoDate);
  assert.equal(d.bins.length, 25, '5-minute bins up to 120, and one open bin');
  assert.deepEqual(d.bins[0], { fromMinutes: 0, toMinutes: 5 });
  assert.deepEqual(d.bins.at(-1), { fromMinutes: 120, toMinutes: null });
  const sum = (bins: { population: number }[]) => bins.reduce((s, b) => s + b.population, 0);
  assert.equal(sum(d.national.bins), report.national.population);
  assert.equal(d.national.population, report.national.population);
  const at45 = d.national.bins.find((b: { toMinutes: number }) => b.toMinutes === 45);
  assert.ok(Math.abs(at45.cumulativeShare - report.national.share) < 1e-12, 'the cumulative share at 45 is the share within 45 minutes');
  assert.equal(d.districts.length, 12);
  for (const district of d.districts) {
    const r = report.districts.find((x: { id: string }) => x.id === district.id);
    assert.equal(sum(district.bins), r.population);
    const within = district.bins.filter((b: { toMinutes: number | null }) => b.toMinutes !== null && b.toMinutes <= 45);
    assert.equal(sum(within), r.withinThreshold, district.id);
  }
  const edges = (await t.get('/access/distribution?at=2018-07-01&bins=15,30,45,60')).json();
  assert.deepEqual(edges.bins.map((b: { toMinutes: number | null }) => b.toMinutes), [15, 30, 45, 60, null]);
  assert.deepEqual(edges.districts, []);
  assert.equal(sum(edges.national.bins.slice(0, 3)), report.national.withinThreshold);
});

test('accessibility parameters are checked and named; a date before any office is a 422', async () => {
  const cases: [string, string][] = [
    ['/access?threshold=0', 'threshold'],
    ['/access?target=1.5', 'target'],
    ['/access?thresholds=15,x', 'thresholds'],
    ['/access?thresholds=3000', 'thresholds'],
    ['/access?circuity=0.5', 'circuity'],
    ['/access?speed=0', 'speed'],
    ['/access?at=2018-13-01', 'at'],
    ['/access/distribution?bins=30,15', 'bins'],
    ['/access/distribution?bins=0', 'bins'],
    ['/access/distribution?bins=15,30&max=60', 'max'],
  ];
  for (const [url, parameter] of cases) {
    const res = await t.get(url);
    assert.equal(res.statusCode, 400, url);
    assert.equal(res.json().code, 'request.invalid-parameter', url);
    assert.equal(res.json().parameter, parameter, url);
  }
  // Before the register begins is outside what it answers for: a 400 naming `at`, not an analysis failure.
  const early = await t.get('/access?at=1990-01-01');
  assert.equal(early.statusCode, 400);
  assert.equal(early.json().parameter, 'at');
  assert.match(early.json().detail, /tidligst være 1\. januar 2002/);
});
