import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from '../helpers/api.js';
import { assertConforms } from '../helpers/api-schemas.js';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const BASE = '2024-06-01';
const CLOSE = ['loppa-lensmannskontor', 'hasvik-lensmannskontor'];
/** A new site on Sørøya (Hasvik municipality). */
const SITE = { id: 'soroya-politikontor', name: 'Sørøya politikontor', lat: 70.6, lon: 22.1 };

const preview = (body: unknown) => t.send('POST', '/planner/preview', body);

interface Report {
  national: { population: number; withinThreshold: number; share: number; meanMinutes: number; offices: number };
  districts: { id: string; population: number; withinThreshold: number; share: number; meanMinutes: number; offices: number; meetsTarget: boolean }[];
}

/** The preview's figures for one side against a full evaluation's report of the same structure. */
function assertSameFigures(p: { national: Record<string, { base: number; preview: number }> & { population: number }; districts: (Record<string, { base: number; preview: number }> & { id: string; meetsTarget: { base: boolean; preview: boolean } })[] }, side: 'base' | 'preview', r: Report) {
  const check = (area: Record<string, { base: number; preview: number }> & { population?: number }, expected: Report['national'], where: string) => {
    assert.equal(area.population, expected.population, `${where} population`);
    assert.equal(area.populationBeyond![side], expected.population - expected.withinThreshold, `${where} beyond`);
    assert.ok(Math.abs(area.shareWithin![side] - expected.share) < 1e-12, `${where} share ${area.shareWithin![side]} vs ${expected.share}`);
    assert.ok(Math.abs(area.meanMinutes![side] - expected.meanMinutes) <= 0.01 + 1e-9, `${where} mean ${area.meanMinutes![side]} vs ${expected.meanMinutes}`);
    assert.ok(Math.abs(area.personMinutes![side] - expected.meanMinutes * expected.population) <= 0.006 * expected.population, `${where} person-minutes`);
    assert.equal(area.offices![side], expected.offices, `${where} offices`);
  };
  check(p.national, r.national, 'national');
  assert.equal(p.districts.length, r.districts.length);
  for (const d of p.districts) {
    const expected = r.districts.find((x) => x.id === d.id)!;
    check(d, expected, d.id);
    assert.equal(d.meetsTarget[side], expected.meetsTarget, `${d.id} meets the target`);
  }
}

test('the preview of closing offices equals a scenario evaluation of the same closures on the road model; its base side equals the date’s report', async () => {
  const res = await preview({ base: BASE, closeOfficeIds: CLOSE });
  assert.equal(res.statusCode, 200, res.body);
  assert.match(String(res.headers['server-timing']), /^preview;dur=\d+\.\d{3}$/);
  const p = res.json();
  assertConforms('PlannerPreview', p);
  assert.equal(p.estimated, false);
  assert.equal(p.travelModel.id, 'road');
  assert.match(p.travelModel.terms, /© OpenStreetMap contributors/);
  assert.deepEqual(p.closed.map((c: { id: string; districtId: string }) => `${c.id} ${c.districtId}`), CLOSE.map((id) => `${id} finnmark`));
  assert.deepEqual(p.national.offices.change, -2);

  assertSameFigures(p, 'base', (await t.get(`/access?at=${BASE}`)).json());

  const id = (await t.send('POST', '/scenarios', { name: 'Samme nedleggelser', baseDate: BASE })).json().id;
  for (const [i, officeId] of CLOSE.entries()) {
    assert.equal((await t.send('POST', `/scenarios/${id}/changes`, { proposal: { type: 'close-office', officeId } }, { 'if-match': `"${i + 1}"` })).statusCode, 200);
  }
  const evaluation = (await t.get(`/scenarios/${id}/evaluate`)).json();
  assertSameFigures(p, 'preview', evaluation.accessibility);
  const finnmark = p.districts.find((d: { id: string }) => d.id === 'finnmark');
  assert.ok(finnmark.populationBeyond.change > 0 && finnmark.personMinutes.change > 0, 'Finnmark is worse off');
  const changed = p.districts.filter((d: { personMinutes: { change: number } }) => d.personMinutes.change !== 0).map((d: { id: string }) => d.id);
  assert.ok(changed.includes('finnmark') && changed.length <= 2, `only the north is touched: ${changed}`);
  const districtSum = p.districts.reduce((s: number, d: { populationBeyond: { change: number } }) => s + d.populationBeyond.change, 0);
  assert.equal(p.national.populationBeyond.change, districtSum);
});

test('the preview on the estimated model (travel: estimated) equals the date’s estimated report on its base side', async () => {
  const p = (await preview({ base: BASE, closeOfficeIds: CLOSE, travel: 'estimated' })).json();
  assertConforms('PlannerPreview', p);
  assert.equal(p.estimated, true);
  assert.match(p.travelModel.label, /^Beregnet reisetid/);
  assertSameFigures(p, 'base', (await t.get(`/access?at=${BASE}&travel=estimated`)).json());
  const road = (await preview({ base: BASE, closeOfficeIds: CLOSE })).json();
  assert.notEqual(road.national.meanMinutes.base, p.national.meanMinutes.base, 'two models, two answers');
  assert.equal((await preview({ base: BASE, travel: 'walking' })).statusCode, 400);
});

test('opening a site: the preview equals a scenario that opens an office there, located in the same municipality', async () => {
  const p = (await preview({ base: BASE, closeOfficeIds: CLOSE, openSites: [SITE] })).json();
  assertConforms('PlannerPreview', p);
  assert.deepEqual(p.opened, [{ ...SITE, municipalityNumber: '5616', districtId: 'finnmark' }]);
  assert.equal(p.national.offices.change, -1);
  const id = (await t.send('POST', '/scenarios', { name: 'Sørøya', baseDate: BASE })).json().id;
  for (const [i, officeId] of CLOSE.entries()) {
    assert.equal((await t.send('POST', `/scenarios/${id}/changes`, { proposal: { type: 'close-office', officeId } }, { 'if-match': `"${i + 1}"` })).statusCode, 200);
  }
  const opened = await t.send(
    'POST',
    `/scenarios/${id}/changes`,
    { proposal: { type: 'open-office', officeId: SITE.id, name: SITE.name, kind: 'politikontor', lat: SITE.lat, lon: SITE.lon } },
    { 'if-match': `"${CLOSE.length + 1}"` },
  );
  assert.equal(opened.statusCode, 200, opened.body);
  assert.equal(opened.json().steps[2].proposal.municipalityNumber, '5616');
  assertSameFigures(p, 'preview', (await t.get(`/scenarios/${id}/evaluate`)).json().accessibility);

  const nothing = (await preview({ base: BASE })).json();
  assert.equal(nothing.national.personMinutes.change, 0);
  assert.equal(nothing.national.offices.change, 0);
  const again = (await preview({ base: BASE, closeOfficeIds: CLOSE, openSites: [SITE] })).json();
  assert.deepEqual(again, p, 'each preview starts from the base again');
});

test('the preview takes a threshold and a target, and names what it cannot do', async () => {
  const at30 = (await preview({ base: BASE, closeOfficeIds: CLOSE, threshold: 30, target: 0.95 })).json();
  assertConforms('PlannerPreview', at30);
  assert.deepEqual([at30.thresholdMinutes, at30.targetShare], [30, 0.95]);
  assertSameFigures(at30, 'base', (await t.get(`/access?at=${BASE}&threshold=30&target=0.95`)).json());

  const cases: [unknown, string][] = [
    [{ base: BASE, closeOfficeIds: ['atlantis-politistasjon'] }, 'closeOfficeIds/0'],
    [{ base: BASE, closeOfficeIds: ['loppa-lensmannskontor', 'loppa-lensmannskontor'] }, 'closeOfficeIds/1'],
    [{ base: '2024-06-01', closeOfficeIds: ['alvdal-lensmannskontor'] }, 'closeOfficeIds/0'],
    [{ base: BASE, openSites: [{ id: 'havet', lat: 66, lon: 2 }] }, 'openSites/0'],
    [{ base: BASE, openSites: [{ id: 'loppa-lensmannskontor', lat: 70.3, lon: 21.4 }] }, 'openSites/0'],
    [{ base: '2024-02-30' }, 'base'],
    [{ base: BASE, closeOfficeIds: 'loppa' }, 'closeOfficeIds'],
    [{ base: BASE, threshold: 0 }, 'threshold'],
  ];
  for (const [body, parameter] of cases) {
    const res = await preview(body);
    assert.equal(res.statusCode, 400, `${JSON.stringify(body)}: ${res.body}`);
    assert.equal(res.json().parameter, parameter, JSON.stringify(body));
  }
  const all = (await t.get(`/offices?at=${BASE}&open=true`)).json().offices.map((o: { id: string }) => o.id);
  const none = await preview({ base: BASE, closeOfficeIds: all });
  assert.deepEqual([none.statusCode, none.json().code], [422, 'analysis.not-possible']);
  const onlyNew = await preview({ base: BASE, closeOfficeIds: all, openSites: [SITE] });
  assert.equal(onlyNew.statusCode, 200);
  assert.equal(onlyNew.json().national.offices.preview, 1);
  assert.equal((await preview({ base: BASE, closeOfficeIds: CLOSE })).statusCode, 200, 'the warm state survives a refused preview');
});
