import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../helpers/api.js';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

interface Hit {
  kind: string;
  id: string;
  name: string;
  description: string;
  match: string;
  score: number;
  href: string;
  resolves: { districtId: string | null; municipalityNumber: string | null; point: { lat: number; lon: number; precision: string } | null };
}

const search = async (q: string, extra = ''): Promise<Hit[]> => {
  const res = await t.get(`/search?q=${encodeURIComponent(q)}${extra}`);
  assert.equal(res.statusCode, 200, `${q}: ${res.body.slice(0, 200)}`);
  return res.json().hits;
};

test('a postcode finds the postcode and its municipality, with the point and district it resolves to', async () => {
  const hits = await search('0150');
  assert.deepEqual(hits.slice(0, 2).map((h) => [h.kind, h.id, h.match]), [['postcode', '0150', 'exact'], ['municipality', '0301', 'related']]);
  const [postcode] = hits;
  assert.equal(postcode!.resolves.municipalityNumber, '0301');
  assert.equal(postcode!.resolves.districtId, 'oslo');
  assert.equal(postcode!.resolves.point?.precision, 'postcode');
  assert.match(postcode!.description, /Postnummer i Oslo kommune/);
  assert.equal(postcode!.href, '/api/v1/municipalities/0301');
});

test('names are found whatever the case and however æ/ø/å are typed, and small typos are forgiven', async () => {
  for (const [q, kind, id] of [
    ['Bærum', 'municipality', '3201'],
    ['baerum', 'municipality', '3201'],
    ['TROMSO', 'municipality', '5501'],
    ['Tromsoe', 'municipality', '5501'],
    ['Aalesund', 'municipality', '1508'],
    ['alesund', 'municipality', '1508'],
    ['kristainsand', 'municipality', '4204'],
    ['bergn', 'municipality', '4601'],
    ['sørøst', 'district', 'sor-ost'],
    ['kripos', 'specialAgency', 'kripos'],
    ['3236', 'municipality', '3236'],
    ['Mo i Rana', 'postalPlace', 'mo-i-rana-1833'],
  ] as const) {
    const [first] = await search(q);
    assert.deepEqual([first?.kind, first?.id], [kind, id], q);
  }
  assert.equal((await search('kristainsand'))[0]!.match, 'fuzzy');
});

test('exact beats prefix beats fuzzy, and every kind can be found', async () => {
  const hits = await search('harstad', '&limit=20');
  const order = hits.map((h) => ['exact', 'prefix', 'fuzzy', 'related'].indexOf(h.match));
  for (let i = 1; i < hits.length; i++) assert.ok(order[i]! >= order[i - 1]! || hits[i]!.match === 'related', `${hits[i]!.id} after ${hits[i - 1]!.id}`);
  const kinds = new Set(hits.map((h) => h.kind));
  for (const kind of ['municipality', 'postalPlace', 'office', 'stationDistrict']) assert.ok(kinds.has(kind), kind);
  assert.ok((await search('GDE')).some((h) => h.kind === 'operatingUnit'));
});

test('search answers for the date asked: a closed office is found before it closed, not after', async () => {
  const before = await search('Balestrand lensmannskontor', '&at=2017-06-01');
  assert.equal(before[0]?.id, 'balestrand-lensmannskontor');
  const after = await search('Balestrand lensmannskontor', '&at=2018-07-01');
  assert.ok(!after.some((h) => h.id === 'balestrand-lensmannskontor'));
  const old = await search('Nordre Buskerud', '&at=2015-12-31');
  assert.equal(old[0]?.id, 'nordre-buskerud');
});

test('limit, and the query checked: missing, empty or too long is a 400 naming q', async () => {
  assert.equal((await search('o', '&limit=5')).length, 5);
  for (const q of ['', `q=${'x'.repeat(101)}`]) {
    const res = await t.get(`/search?${q.startsWith('q=') ? q : `q=${q}`}`);
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().parameter, 'q');
  }
  assert.equal((await t.get('/search')).json().parameter, 'q');
  assert.equal((await t.get('/search?q=oslo&limit=51')).json().parameter, 'limit');
  assert.deepEqual(await search('!!!'), []);
});
