import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { countStructure } from '../../src/domain/structure-counts.js';
import { startTestApp, type TestApp } from '../helpers/api.js';
import { seedRegister } from '../helpers/seed.js';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const json = async (url: string) => {
  const res = await t.get(url);
  assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 300)}`);
  assert.match(String(res.headers['content-type']), /^application\/json/);
  return res.json();
};

const problem = async (url: string, status: number) => {
  const res = await t.get(url);
  assert.equal(res.statusCode, status, `${url}: ${res.body.slice(0, 300)}`);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const body = res.json();
  assert.equal(body.status, status);
  for (const key of ['type', 'title', 'detail', 'instance', 'code']) assert.equal(typeof body[key], 'string', `${url}: problem.${key}`);
  return body;
};

test('structure answers the same counts as the CLI fold, on dates across the reform', async () => {
  for (const at of ['2015-12-31', '2016-01-01', '2018-07-01', '2024-06-01']) {
    assert.deepEqual(await json(`/structure?at=${at}`), countStructure(seedRegister().snapshot(at as never)));
  }
  const today = await json('/structure');
  assert.match(today.at, /^\d{4}-\d{2}-\d{2}$/, 'without at: today');
});

test('districts: 27 before the reform, 12 from 2016-01-01, with counts that add up', async () => {
  const before = await json('/districts?at=2015-12-31');
  const after = await json('/districts?at=2016-01-01');
  assert.equal(before.districts.length, 27);
  assert.equal(after.districts.length, 12);
  for (const at of ['2015-12-31', '2018-07-01']) {
    const { districts } = await json(`/districts?at=${at}`);
    const counts = await json(`/structure?at=${at}`);
    const sum = (k: string) => districts.reduce((n: number, d: { counts: Record<string, number> }) => n + d.counts[k]!, 0);
    assert.equal(sum('municipalities'), counts.municipalities, at);
    assert.equal(sum('population'), counts.population, at);
    assert.equal(sum('offices'), counts.offices.total, at);
    assert.equal(sum('stationDistricts'), counts.stationDistricts.total, at);
  }
});

test('one district: its operations centre, units and member lists agree with its counts', async () => {
  const { district } = await json('/districts/oslo?at=2020-01-01');
  assert.equal(district.id, 'oslo');
  assert.equal(district.operationsCentre?.id, 'oslo-operasjonssentral');
  const units = await json('/districts/oslo/units?at=2020-01-01');
  const offices = await json('/districts/oslo/offices?at=2020-01-01');
  const municipalities = await json('/districts/oslo/municipalities?at=2020-01-01');
  const stations = await json('/districts/oslo/station-districts?at=2020-01-01');
  assert.equal(units.units.length, district.counts.operatingUnits);
  assert.equal(offices.offices.length, district.counts.offices);
  assert.equal(municipalities.municipalities.length, district.counts.municipalities);
  assert.equal(stations.stationDistricts.length, district.counts.stationDistricts);
  assert.deepEqual(municipalities.municipalities.map((m: { number: string }) => m.number).sort(), ['0301', '3201', '3203']);
  for (const u of units.units) assert.equal(u.district.id, 'oslo');
  const geographic = units.units.filter((u: { kind: string }) => u.kind === 'geographic');
  assert.ok(geographic.every((u: { stationDistricts: unknown[] }) => u.stationDistricts.length > 0), 'every GDE lists its station districts');
});

test('404s: unknown id, an id of another kind, and an id not in force on the date says when it was', async () => {
  const unknown = await problem('/districts/atlantis', 404);
  assert.equal(unknown.code, 'resource.not-found');
  assert.match(unknown.detail, /atlantis/);
  const wrongKind = await problem('/districts/balestrand-lensmannskontor', 404);
  assert.equal(wrongKind.entityType, 'office');
  assert.match(wrongKind.detail, /tjenestested, ikke et politidistrikt/);

  const gone = await problem('/districts/nordre-buskerud?at=2018-07-01', 404);
  assert.equal(gone.code, 'resource.not-in-force');
  assert.deepEqual(gone.inForce, [{ from: '2002-01-01', to: '2016-01-01' }]);
  assert.match(gone.detail, /fra og med 2002-01-01 til og med 2015-12-31/);
  assert.equal((await t.get('/districts/nordre-buskerud?at=2015-12-31')).statusCode, 200);
  assert.equal((await t.get('/districts/nordre-buskerud/municipalities?at=2018-07-01')).statusCode, 404);

  const closed = await problem('/offices/balestrand-lensmannskontor?at=2018-07-01', 404);
  assert.deepEqual(closed.inForce, [{ from: '2015-01-01', to: '2017-12-28' }]);
  assert.equal((await t.get('/offices/balestrand-lensmannskontor?at=2017-06-01')).statusCode, 200);
});

test('400s name the parameter: bad and impossible dates, bad ids, bad enum values', async () => {
  assert.equal((await problem('/districts?at=2018-13-01', 400)).parameter, 'at');
  assert.equal((await problem('/districts?at=yesterday', 400)).parameter, 'at');
  const bad = await problem('/districts/Oslo%20Sentrum', 400);
  assert.equal(bad.parameter, 'id');
  assert.equal((await problem('/municipalities/301', 400)).parameter, 'number');
  const kind = await problem('/offices?kind=bunker', 400);
  assert.equal(kind.parameter, 'kind');
  assert.match(kind.detail, /«politistasjon»/);
});

test('special agencies and operating units, filtered', async () => {
  const { specialAgencies } = await json('/special-agencies');
  assert.ok(specialAgencies.some((a: { id: string }) => a.id === 'kripos'));
  const saerorgan = await json('/special-agencies?kind=saerorgan');
  assert.equal(saerorgan.specialAgencies.length, (await json('/structure')).specialAgencies);
  assert.equal((await json('/special-agencies/kripos')).specialAgency.abbreviation, 'Kripos');

  const { operatingUnits } = await json('/operating-units?district=vest&kind=geographic');
  assert.ok(operatingUnits.length > 0 && operatingUnits.every((u: { kind: string; district: { id: string } }) => u.kind === 'geographic' && u.district.id === 'vest'));
  const one = await json(`/operating-units/${operatingUnits[0].id}`);
  assert.equal(one.operatingUnit.id, operatingUnits[0].id);
  assert.equal((await json('/operating-units?at=2015-12-31')).operatingUnits.length, 0, 'no operating units before the reform');
});

test('station districts: Bergen is shared between its stations, a rural one holds whole municipalities', async () => {
  const { stationDistricts } = await json('/station-districts?district=vest');
  const bergen = stationDistricts.filter((sd: { municipalities: { number: string }[] }) => sd.municipalities.some((m) => m.number === '4601'));
  assert.ok(bergen.length > 1, 'several station districts divide Bergen');
  for (const sd of bergen) assert.ok(sd.municipalities.find((m: { number: string }) => m.number === '4601').shared);
  const whole = stationDistricts.find((sd: { municipalities: { shared: boolean }[] }) => sd.municipalities.length > 1 && sd.municipalities.every((m) => !m.shared));
  assert.ok(whole, 'some station district spans several whole municipalities');
  const one = await json(`/station-districts/${whole.id}`);
  const head = one.stationDistrict.headOffice;
  if (head) assert.ok(one.stationDistrict.offices.some((o: { id: string }) => o.id === head.id), 'its head office is one of its offices');
  assert.equal((await json('/station-districts?at=2015-12-31')).stationDistricts.length, 0);
});

test('offices across the reform: the counts of the structure on each date, each with a position and openOnDate', async () => {
  for (const at of ['2015-12-31', '2018-07-01']) {
    const { offices } = await json(`/offices?at=${at}`);
    const counts = await json(`/structure?at=${at}`);
    assert.equal(offices.length, counts.offices.total, at);
    assert.equal(offices.filter((o: { openOnDate: boolean }) => o.openOnDate).length, counts.offices.openOnDate, at);
    for (const o of offices) {
      assert.ok(o.position.lat > 57 && o.position.lat < 72 && o.position.lon > 4 && o.position.lon < 32, `${o.id} position`);
      assert.ok(['address', 'postcode', 'town', 'municipality'].includes(o.position.precision));
    }
    const lensmann = (await json(`/offices?at=${at}&kind=lensmannskontor`)).offices;
    assert.equal(lensmann.length, counts.offices.lensmannskontor);
  }
  const before = (await json('/offices?at=2015-12-31')).offices.length;
  const after = (await json('/offices?at=2018-07-01')).offices.length;
  assert.ok(after < before, `fewer offices after the 2017 decisions (${before} → ${after})`);
});

test('offices near a point come sorted by distance with distanceKm; filters by district and municipality', async () => {
  const { offices } = await json('/offices?near=63.43,10.39&limit=5');
  assert.equal(offices.length, 5);
  for (let i = 1; i < offices.length; i++) assert.ok(offices[i].distanceKm >= offices[i - 1].distanceKm);
  assert.equal(offices[0].district.id, 'trondelag');
  assert.ok(offices[0].distanceKm < 5);
  const inBergen = (await json('/offices?municipality=4601')).offices;
  assert.ok(inBergen.length > 1 && inBergen.every((o: { municipality: { number: string } }) => o.municipality.number === '4601'));
  const inFinnmark = (await json('/offices?district=finnmark')).offices;
  assert.ok(inFinnmark.every((o: { district: { id: string } }) => o.district.id === 'finnmark'));
  assert.equal((await problem('/offices?near=63.43', 400)).parameter, 'near');
  assert.equal((await problem('/offices?near=91,10', 400)).parameter, 'near');
});

test('one office: the municipalities it serves and its nearest other offices', async () => {
  const { office } = await json('/offices/alta-lensmannskontor?at=2018-07-01');
  assert.equal(office.stationDistrict.id, 'alta-lensmannsdistrikt');
  const sd = await json('/station-districts/alta-lensmannsdistrikt?at=2018-07-01');
  assert.deepEqual(office.municipalitiesServed.map((m: { number: string }) => m.number), sd.stationDistrict.municipalities.map((m: { number: string }) => m.number));
  assert.equal(office.nearestOtherOffices.length, 3);
  assert.ok(office.nearestOtherOffices.every((o: { id: string }) => o.id !== office.id));
});

test('a municipality on either side of the reform: Jevnaker moves from Nordre Buskerud to Sør-Øst', async () => {
  const before = (await json('/municipalities/3236?at=2015-12-31')).municipality;
  const after = (await json('/municipalities/3236?at=2016-01-01')).municipality;
  assert.equal(before.district.id, 'nordre-buskerud');
  assert.equal(after.district.id, 'sor-ost');
  assert.deepEqual(before.stationDistricts, [], 'no station districts before the local structure');
  assert.ok(before.servingOffices.length > 0, 'before it: the offices in the municipality serve it');
  const today = (await json('/municipalities/3236')).municipality;
  assert.equal(today.stationDistricts.length, 1);
  assert.ok(today.servingOffices.every((o: { stationDistrict: { id: string } }) => o.stationDistrict.id === today.stationDistricts[0].id));
  assert.ok(today.nearestOffice.distanceKm >= 0 && typeof today.nearestOffice.id === 'string');
  assert.equal(today.population, seedRegister().snapshot('2024-06-01' as never).municipalities.get('3236')!.population);
});

test('municipalities: all of them, filtered by district, station district and county; Oslo lists its five stations', async () => {
  const all = (await json('/municipalities')).municipalities;
  assert.equal(all.length, (await json('/structure')).municipalities);
  const oslo = (await json('/municipalities/0301')).municipality;
  const register = seedRegister().snapshot((await json('/structure')).at);
  assert.deepEqual(oslo.stationDistricts.map((sd: { id: string }) => sd.id), register.municipalities.get('0301')!.stationDistrictIds);
  assert.ok(oslo.stationDistricts.length > 1);
  const inDistrict = (await json('/municipalities?district=troms')).municipalities;
  assert.ok(inDistrict.length > 0 && inDistrict.every((m: { district: { id: string } }) => m.district.id === 'troms'));
  const county = (await json('/municipalities?county=03')).municipalities;
  assert.deepEqual(county.map((m: { number: string }) => m.number), ['0301']);
  const sd = oslo.stationDistricts[0].id;
  assert.deepEqual((await json(`/municipalities?stationDistrict=${sd}`)).municipalities.map((m: { number: string }) => m.number), ['0301']);
});

test('organisation: every district, station district and office of the date appears exactly once in the tree', async () => {
  for (const at of ['2015-12-31', '2018-07-01']) {
    const org = await json(`/organisation?at=${at}`);
    const counts = await json(`/structure?at=${at}`);
    assert.equal(org.directorate.abbreviation, 'POD');
    assert.equal(org.districts.length, counts.districts);
    const stations = org.districts.flatMap((d: { geographicUnits: { stationDistricts: unknown[] }[]; stationDistrictsWithoutUnit: unknown[] }) => [
      ...d.geographicUnits.flatMap((u) => u.stationDistricts),
      ...d.stationDistrictsWithoutUnit,
    ]);
    assert.equal(stations.length, counts.stationDistricts.total, at);
    const offices = [
      ...stations.flatMap((s: { offices: { id: string }[] }) => s.offices.map((o) => o.id)),
      ...org.districts.flatMap((d: { officesWithoutStationDistrict: { id: string }[] }) => d.officesWithoutStationDistrict.map((o) => o.id)),
    ];
    assert.equal(new Set(offices).size, offices.length, `${at}: no office twice`);
    assert.equal(offices.length, counts.offices.total, at);
    assert.equal(org.functions.length, 6);
  }
});

test('functions: the six prioritised functions in order, each operations centre carried by one unit per district', async () => {
  const { functions } = await json('/functions?at=2018-07-01');
  assert.deepEqual(functions.map((f: { order: number }) => f.order), [1, 2, 3, 4, 5, 6]);
  const centre = functions.find((f: { id: string }) => f.id === 'operasjonssentralen');
  const districts = (await json('/districts?at=2018-07-01')).districts.map((d: { id: string }) => d.id).sort();
  assert.deepEqual(centre.units.map((u: { districtId: string }) => u.districtId).sort(), districts);
  assert.ok(functions.every((f: { source: string }) => f.source.startsWith('https://')));
});
