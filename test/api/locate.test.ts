import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePostcodesCsv } from '../../src/services/reference-data.js';
import { startTestApp, type TestApp } from '../helpers/api.js';
import { geometryContains } from '../helpers/geojson.js';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

/**
 * Town centres (and town halls' postcodes) in every police district, plus the border cases: places
 * whose municipality or district is easy to get wrong (a county in one district, its neighbour in
 * another; municipalities that changed district). Points are the project's postcode points
 * (data/register/postcodes.csv): what a person typing their postcode would locate.
 */
const PLACES: [postcode: string, note: string][] = [
  ['0150', 'Oslo sentrum'], ['1337', 'Sandvika, Bærum (border)'], ['1383', 'Asker (border)'],
  ['1606', 'Fredrikstad'], ['2000', 'Lillestrøm'], ['1530', 'Moss'], ['1767', 'Halden'],
  ['2317', 'Hamar'], ['2609', 'Lillehammer'], ['2740', 'Roa, Lunner (border)'], ['2815', 'Gjøvik'], ['2212', 'Kongsvinger'], ['2500', 'Tynset'],
  ['3110', 'Tønsberg'], ['3015', 'Drammen'], ['3520', 'Jevnaker (border)'], ['3717', 'Skien'], ['3611', 'Kongsberg'], ['3570', 'Ål'],
  ['4612', 'Kristiansand'], ['4836', 'Arendal'], ['4950', 'Risør'],
  ['4006', 'Stavanger'], ['5501', 'Haugesund'], ['4440', 'Tonstad, Sirdal (border)'], ['5411', 'Stord (border)'], ['4370', 'Egersund'],
  ['5003', 'Bergen'], ['6800', 'Førde'], ['5700', 'Voss'], ['6770', 'Nordfjordeid'], ['5200', 'Os, Bjørnafjorden'],
  ['6002', 'Ålesund'], ['6413', 'Molde'], ['6509', 'Kristiansund'], ['6100', 'Volda'],
  ['7011', 'Trondheim'], ['7713', 'Steinkjer'], ['7980', 'Terråk, Bindal (border)'], ['7600', 'Levanger'], ['7374', 'Røros'],
  ['8006', 'Bodø'], ['8610', 'Mo i Rana'], ['8514', 'Narvik'], ['8300', 'Svolvær'], ['8800', 'Sandnessjøen'],
  ['9008', 'Tromsø'], ['9405', 'Harstad (changed district)'], ['9470', 'Gratangen (border)'], ['9440', 'Evenskjer, Tjeldsund (border)'], ['9300', 'Finnsnes'],
  ['9510', 'Alta'], ['9600', 'Hammerfest'], ['9900', 'Kirkenes'], ['9800', 'Vadsø'], ['9730', 'Karasjok'],
];

const DATES = ['2015-12-31', '2016-01-01', '2017-05-30', '2017-05-31', '2024-06-01'];

const postcodes = new Map(
  parsePostcodesCsv(readFileSync(fileURLToPath(new URL('../../data/register/postcodes.csv', import.meta.url)), 'utf8'), 'postcodes.csv').map((p) => [p.postcode, p]),
);

interface Located {
  municipality: { number: string; name: string };
  district: { id: string; name: string };
  stationDistrict: { id: string } | null;
  stationDistricts: { id: string }[];
  nearestOffices: { id: string; distanceKm: number; position: { lat: number; lon: number } }[];
  snapped: boolean;
  snapDistanceKm: number;
}

const locate = async (lat: number, lon: number, at: string): Promise<Located> => {
  const res = await t.get(`/locate?lat=${lat}&lon=${lon}&at=${at}`);
  assert.equal(res.statusCode, 200, `(${lat}, ${lon}) on ${at}: ${res.body.slice(0, 300)}`);
  return res.json();
};

/** Great-circle km on the mean Earth radius, written here independently of src/geo. */
function km(latA: number, lonA: number, latB: number, lonB: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((latB - latA) * r) / 2) ** 2 + Math.cos(latA * r) * Math.cos(latB * r) * Math.sin(((lonB - lonA) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

test('locate agrees with the municipality polygons and with each municipality’s district on every date', async () => {
  const polygons = (await t.get('/municipalities.geojson?resolution=full')).json().features as { id: string; geometry: { type: string; coordinates: unknown } }[];
  const districtOn = new Map<string, Map<string, string>>();
  const openOn = new Map<string, Set<string>>();
  for (const at of DATES) {
    const { municipalities } = (await t.get(`/municipalities?at=${at}`)).json();
    districtOn.set(at, new Map(municipalities.map((m: { number: string; district: { id: string } }) => [m.number, m.district.id])));
    openOn.set(at, new Set((await t.get(`/offices?at=${at}&open=true`)).json().offices.map((o: { id: string }) => o.id)));
  }
  const districtsToday = new Set<string>();
  for (const [postcode, note] of PLACES) {
    const p = postcodes.get(postcode);
    assert.ok(p && p.lat !== null && p.lon !== null, `${postcode} has a point`);
    const [lat, lon] = [p.lat!, p.lon!];
    const containing = polygons.filter((f) => geometryContains(f.geometry, lon, lat)).map((f) => f.id);
    for (const at of DATES) {
      const r = await locate(lat, lon, at);
      const where = `${postcode} ${note} on ${at}`;
      assert.equal(r.municipality.number, p.municipalityNumber, `${where}: the postcode's municipality`);
      assert.deepEqual(containing, r.snapped ? [] : [r.municipality.number], `${where}: the polygons agree`);
      assert.equal(r.district.id, districtOn.get(at)!.get(r.municipality.number), `${where}: the municipality's district that day`);
      assert.equal(r.stationDistrict === null, r.stationDistricts.length !== 1, `${where}: one station district, or null with the list`);
      assert.equal(r.nearestOffices.length, 3, where);
      for (const [i, o] of r.nearestOffices.entries()) {
        assert.ok(openOn.get(at)!.has(o.id), `${where}: ${o.id} is open that day`);
        assert.ok(Math.abs(o.distanceKm - km(lat, lon, o.position.lat, o.position.lon)) <= 0.006, `${where}: ${o.id} distance`);
        if (i > 0) assert.ok(o.distanceKm >= r.nearestOffices[i - 1]!.distanceKm, `${where}: nearest first`);
      }
      if (at === '2024-06-01') districtsToday.add(r.district.id);
    }
  }
  const { districts } = (await t.get('/districts?at=2024-06-01')).json();
  assert.deepEqual([...districtsToday].sort(), districts.map((d: { id: string }) => d.id).sort(), 'a place in every district');
});

test('border cases by name: Harstad changes district on 2017-05-31, Jevnaker on 2016-01-01; Bindal and Stord police across county lines', async () => {
  const at = (postcode: string, date: string) => {
    const p = postcodes.get(postcode)!;
    return locate(p.lat!, p.lon!, date);
  };
  assert.equal((await at('9405', '2017-05-30')).district.id, 'nordland');
  assert.equal((await at('9405', '2017-05-31')).district.id, 'troms');
  assert.equal((await at('3520', '2015-12-31')).district.id, 'nordre-buskerud');
  assert.equal((await at('3520', '2016-01-01')).district.id, 'sor-ost');
  const bindal = await at('7980', '2024-06-01');
  assert.equal(bindal.municipality.number, '1811');
  assert.equal(bindal.district.id, 'trondelag', 'Bindal lies in Nordland county but in Trøndelag police district');
  assert.equal((await at('5411', '2024-06-01')).district.id, 'sor-vest', 'Stord lies in Vestland county but in Sør-Vest police district');
  assert.equal((await at('1337', '2024-06-01')).municipality.number, '3201');
  assert.equal((await at('1383', '2024-06-01')).municipality.number, '3203');
});

test('a municipality divided between station districts: Oslo gives no single one and lists them all', async () => {
  const r = await locate(59.9139, 10.7522, '2024-06-01');
  assert.equal(r.municipality.number, '0301');
  assert.equal(r.stationDistrict, null);
  const { municipality } = (await t.get('/municipalities/0301?at=2024-06-01')).json();
  assert.deepEqual(r.stationDistricts.map((s) => s.id), municipality.stationDistricts.map((s: { id: string }) => s.id));
  const before = await locate(59.9139, 10.7522, '2015-12-31');
  assert.deepEqual(before.stationDistricts, [], 'no station districts before the local structure');
});

test('just off the coast snaps to the nearest municipality; far out at sea and abroad is a 404 saying so', async () => {
  const harbour = await locate(60.405, 5.305, '2024-06-01');
  assert.equal(harbour.municipality.number, '4601');
  assert.equal(harbour.snapped, true);
  assert.ok(harbour.snapDistanceKm > 0 && harbour.snapDistanceKm < 5);
  const inland = await locate(60.3986, 5.3256, '2024-06-01');
  assert.equal(inland.snapped, false);
  assert.equal(inland.snapDistanceKm, 0);
  for (const [lat, lon, where] of [[59.33, 18.06, 'Stockholm'], [58.0, 3.0, 'the North Sea'], [78.22, 15.65, 'Longyearbyen']] as const) {
    const res = await t.get(`/locate?lat=${lat}&lon=${lon}`);
    assert.equal(res.statusCode, 404, where);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
    const body = res.json();
    assert.equal(body.code, 'locate.outside-norway', where);
    assert.match(body.detail, /ligger ikke i noen norsk kommune/);
  }
});

test('bad coordinates are 400s naming the parameter; more offices on request', async () => {
  for (const [query, parameter] of [
    ['lat=abc&lon=10', 'lat'],
    ['lat=91&lon=10', 'lat'],
    ['lat=-91&lon=10', 'lat'],
    ['lat=60&lon=181', 'lon'],
    ['lat=60', 'lon'],
    ['lon=10', 'lat'],
    ['lat=60&lon=10&offices=0', 'offices'],
    ['lat=60&lon=10&at=2017-02-29', 'at'],
  ] as const) {
    const res = await t.get(`/locate?${query}`);
    assert.equal(res.statusCode, 400, query);
    assert.equal(res.json().parameter, parameter, query);
  }
  const many = (await t.get('/locate?lat=63.4322&lon=10.3965&offices=10')).json();
  assert.equal(many.nearestOffices.length, 10);
});

test('a date before the register begins is a 400 naming `at` and saying when it begins', async () => {
  const res = await t.get('/locate?lat=63.4322&lon=10.3965&at=1990-01-01');
  assert.equal(res.statusCode, 400);
  const body = res.json();
  assert.equal(body.code, 'request.invalid-parameter');
  assert.equal(body.parameter, 'at');
  assert.match(body.detail, /1\. januar 2002/);
});

test('locate answers carry an ETag naming the register, the date and the point; If-None-Match gives a 304', async () => {
  const url = '/locate?lat=63.4322&lon=10.3965&at=2018-07-01';
  const first = await t.get(url);
  const etag = first.headers.etag as string;
  assert.match(etag, /^"\d+\.\d+\.2018-07-01\.63\.4322_10\.3965_3"$/);
  assert.equal((await t.get(url, { 'if-none-match': etag })).statusCode, 304);
  assert.equal((await t.get(url)).headers.etag, etag, 'the same answer, the same tag');
  assert.notEqual((await t.get('/locate?lat=63.4322&lon=10.3965&at=2018-07-02')).headers.etag, etag, 'another date, another tag');
  assert.notEqual((await t.get('/locate?lat=63.4322&lon=10.3965&at=2018-07-01&offices=4')).headers.etag, etag);
  assert.notEqual((await t.get('/locate?lat=63.4322&lon=10.3965&at=2018-07-01&service=pass-id')).headers.etag, etag, 'another service, another tag');
  assert.equal((await t.get('/locate?lat=59.33&lon=18.06')).headers.etag, undefined, 'no tag on a problem');
});
