import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../helpers/api.js';
import { checkFeature, checkFeatureCollection, geometryContains } from '../helpers/geojson.js';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const geo = async (url: string, headers: Record<string, string> = {}) => {
  const res = await t.get(url, headers);
  assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 300)}`);
  assert.match(String(res.headers['content-type']), /^application\/geo\+json/, url);
  return { res, body: res.json() };
};

test('every geographic collection is valid RFC 7946 GeoJSON ([lon, lat], closed rings, CCW exteriors, CW holes)', async () => {
  for (const url of [
    '/districts.geojson',
    '/districts.geojson?resolution=full',
    '/station-districts.geojson',
    '/operating-units.geojson',
    '/municipalities.geojson',
    '/municipalities.geojson?resolution=full',
    '/offices.geojson',
    '/districts.geojson?at=2015-12-31',
    '/offices.geojson?at=2015-12-31',
  ]) {
    const { body } = await geo(url);
    checkFeatureCollection(body, url);
    assert.ok(body.features.length > 0, url);
    assert.match(body.at, /^\d{4}-\d{2}-\d{2}$/);
  }
});

test('single features: a district, a station district, a unit, a municipality, an office', async () => {
  const { body: units } = await geo('/operating-units.geojson');
  for (const url of [
    '/districts/vest.geojson',
    '/station-districts/bergen-sentrum-politistasjonsdistrikt.geojson',
    `/operating-units/${units.features[0].id}.geojson`,
    '/municipalities/1811.geojson?resolution=full',
    '/offices/alesund-politistasjon.geojson',
  ]) {
    const { body } = await geo(url);
    checkFeature(body, url);
  }
  const notGeo = await t.get('/operating-units/oslo-operasjonssentral.geojson');
  assert.equal(notGeo.statusCode, 404, 'a functional unit has no area');
  const gone = await t.get('/districts/nordre-buskerud.geojson?at=2018-07-01');
  assert.equal(gone.statusCode, 404);
  assert.equal(gone.json().code, 'resource.not-in-force');
});

test('boundaries carry the attribution the licence asks for and say their resolution', async () => {
  const web = await geo('/municipalities.geojson');
  const full = await geo('/municipalities.geojson?resolution=full');
  assert.match(web.body.attribution, /Kartverket/);
  assert.equal(web.body.resolution, 'web');
  assert.equal(full.body.resolution, 'full');
  assert.ok(full.res.body.length > 2 * web.res.body.length, 'the full layer has more detail');
  assert.equal((await t.get('/districts.geojson?resolution=huge')).json().parameter, 'resolution');
  assert.equal((await geo('/offices.geojson')).body.attribution, undefined, 'offices are our own points');
});

test('Accept: application/geo+json on the plain path gives the .geojson answer; both Vary on Accept', async () => {
  for (const [plain, suffixed] of [
    ['/districts?at=2018-07-01', '/districts.geojson?at=2018-07-01'],
    ['/municipalities/3236', '/municipalities/3236.geojson'],
    ['/offices', '/offices.geojson'],
  ]) {
    const negotiated = await geo(plain, { accept: 'application/geo+json' });
    const direct = await geo(suffixed);
    assert.equal(negotiated.res.body, direct.res.body, plain);
    // The GeoJSON answer also varies by Accept-Encoding (it may be sent precompressed).
    assert.deepEqual(String(negotiated.res.headers.vary).split(/,\s*/).sort(), ['Accept', 'Accept-Encoding']);
    const asJson = await t.get(plain, { accept: 'application/json, application/geo+json;q=0.5' });
    assert.match(String(asJson.headers['content-type']), /^application\/json/, `${plain}: JSON preferred`);
    assert.ok(String(asJson.headers.vary).split(/,\s*/).includes('Accept'), `${plain}: ${asJson.headers.vary}`);
  }
  const notGeographic = await t.get('/structure', { accept: 'application/geo+json' });
  assert.match(String(notGeographic.headers['content-type']), /^application\/json/, 'non-geographic routes stay JSON');
});

test('districts are dissolved from their municipalities on the date asked: 27 before the reform, 12 after', async () => {
  for (const [at, count] of [['2015-12-31', 27], ['2016-01-01', 12]] as const) {
    const { body } = await geo(`/districts.geojson?at=${at}&resolution=full`);
    assert.equal(body.features.length, count);
    const { municipalities } = (await t.get(`/municipalities?at=${at}`)).json();
    for (const m of municipalities as { number: string; point: { lat: number; lon: number }; district: { id: string } }[]) {
      const own = body.features.find((f: { id: string }) => f.id === m.district.id);
      assert.ok(own.properties.municipalities.includes(m.number), `${at}: ${m.number} is listed in ${m.district.id}`);
      assert.ok(geometryContains(own.geometry, m.point.lon, m.point.lat), `${at}: ${m.number}'s interior point lies in ${m.district.id}'s boundary`);
    }
  }
  const jevnaker = (at: string) => t.get(`/districts.geojson?at=${at}`).then((r) => r.json().features.find((f: { properties: { municipalities: string[] } }) => f.properties.municipalities.includes('3236')).id);
  assert.equal(await jevnaker('2015-12-31'), 'nordre-buskerud');
  assert.equal(await jevnaker('2016-01-01'), 'sor-ost');
});

test('station districts that share a municipality each include it whole and say so', async () => {
  const { body } = await geo('/station-districts.geojson');
  const bergen = body.features.filter((f: { properties: { municipalities: string[] } }) => f.properties.municipalities.includes('4601'));
  assert.ok(bergen.length > 1);
  for (const f of bergen) assert.ok(f.properties.sharedMunicipalities.includes('4601'));
  assert.equal((await geo('/station-districts.geojson?at=2015-12-31')).body.features.length, 0, 'none before the local structure');
});

test('offices are points at their positions, open or not on the date', async () => {
  const { body } = await geo('/offices.geojson?at=2018-07-01');
  const { offices } = (await t.get('/offices?at=2018-07-01')).json();
  assert.equal(body.features.length, offices.length);
  for (const o of offices as { id: string; position: { lat: number; lon: number }; openOnDate: boolean }[]) {
    const f = body.features.find((x: { id: string }) => x.id === o.id);
    assert.deepEqual(f.geometry.coordinates, [o.position.lon, o.position.lat], `${o.id}: [lon, lat]`);
    assert.equal(f.properties.openOnDate, o.openOnDate);
  }
});

test('the checker used above rejects what it should: a clockwise exterior, a swapped pair, an open ring', () => {
  const ccw = [[10, 60], [11, 60], [11, 61], [10, 61], [10, 60]];
  const feature = (coordinates: number[][][]) => ({ type: 'Feature', id: 'x', properties: {}, geometry: { type: 'Polygon', coordinates } });
  checkFeature(feature([ccw]));
  assert.throws(() => checkFeature(feature([[...ccw].reverse()])), /counter-clockwise/);
  assert.throws(() => checkFeature(feature([ccw.map(([lon, lat]) => [lat!, lon!])])), /not \[lon, lat\]/);
  assert.throws(() => checkFeature(feature([ccw.slice(0, 4)])), /closed/);
  assert.ok(geometryContains(feature([ccw]).geometry, 10.5, 60.5));
  assert.ok(!geometryContains(feature([ccw]).geometry, 12, 60.5));
});
