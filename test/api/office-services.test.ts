import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../helpers/api.js';

/** Issue 13: every office answer says what can be had there, where it is and how to reach the police. */

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

interface Period { kind: string; from: string; to: string | null; datePrecision: string; offeredOnDate: boolean; sources: string[] }

const office = async (id: string, at: string) => {
  const res = await t.get(`/offices/${id}?at=${at}`);
  assert.equal(res.statusCode, 200, res.body.slice(0, 300));
  return res.json().office;
};

test('Lom lensmannskontor issued passports in July 2018 and no longer in June 2020', async () => {
  const early = await office('lom-lensmannskontor', '2018-07-01');
  const pass = early.services.find((s: Period) => s.kind === 'pass-id');
  assert.ok(pass, JSON.stringify(early.services));
  assert.equal(pass.to, '2019-01-01', 'the period ends when the Ministry decision took effect there');
  assert.equal(pass.offeredOnDate, true);
  assert.ok(pass.sources.length > 0, 'a service is a sourced fact');
  const late = await office('lom-lensmannskontor', '2020-06-01');
  assert.equal(late.services.some((s: Period) => s.kind === 'pass-id'), false);
  assert.ok(late.serviceHistory.some((s: Period) => s.kind === 'pass-id' && s.to === '2019-01-01'), 'the detail still tells the closed period');
});

test('an office answer carries its visiting address with its precision, 02800, 112 and the district page', async () => {
  const alta = await office('alta-lensmannskontor', '2024-06-01');
  assert.deepEqual(alta.visitingAddress, { street: 'Labyrinten 1', postcode: '9510', postalPlace: 'ALTA', precision: 'address' });
  assert.equal(alta.contact.switchboard, '02800');
  assert.equal(alta.contact.emergency, '112');
  assert.equal(alta.contact.districtPage, 'https://www.politiet.no/om-politiet/organisasjonen/politidistrikter/finnmark/');
  const nesseby = await office('nesseby-lensmannskontor', '2016-06-01');
  assert.equal(nesseby.visitingAddress.street, null, 'unknown street is null, not an invented one');
  assert.equal(nesseby.visitingAddress.precision, 'town');
  assert.equal(nesseby.contact.districtPage, 'https://www.politiet.no/om-politiet/organisasjonen/politidistrikter/finnmark/');
  const before2016 = await office('nesseby-lensmannskontor', '2015-06-01');
  assert.equal(before2016.contact.districtPage, null, 'the districts before 2016 have no page today');
  const list = (await t.get('/offices?at=2018-07-01')).json().offices;
  assert.ok(list.every((o: { contact: { switchboard: string }; services: unknown[] }) => o.contact.switchboard === '02800' && Array.isArray(o.services)));
});

test('the nearest office offering pass-id: Lom sends you to Lom in 2018 and elsewhere in 2020', async () => {
  const lom = (await office('lom-lensmannskontor', '2018-07-01')).position;
  const at = async (date: string) => {
    const res = await t.get(`/locate?lat=${lom.lat}&lon=${lom.lon}&at=${date}&service=pass-id&offices=2`);
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    return res.json();
  };
  const early = await at('2018-07-01');
  assert.equal(early.service, 'pass-id');
  assert.equal(early.nearestOffices[0].id, 'lom-lensmannskontor');
  const late = await at('2020-06-01');
  assert.notEqual(late.nearestOffices[0].id, 'lom-lensmannskontor');
  for (const o of late.nearestOffices) {
    const detail = await office(o.id, '2020-06-01');
    assert.ok(detail.services.some((s: Period) => s.kind === 'pass-id' && s.offeredOnDate), `${o.id} offers pass-id on 2020-06-01`);
  }
  const plain = (await t.get(`/locate?lat=${lom.lat}&lon=${lom.lon}&at=2020-06-01`)).json();
  assert.equal(plain.service, null);
  assert.equal(plain.nearestOffices[0].id, 'lom-lensmannskontor', 'without service= the nearest open office, whatever it offers');
  assert.equal((await t.get(`/locate?lat=${lom.lat}&lon=${lom.lon}&service=skytter`)).statusCode, 400);
});

test('the answer names the office that serves the municipality first: Andøy has its own', async () => {
  const andoy = (await t.get('/municipalities/1871?at=2024-06-01')).json().municipality;
  const res = (await t.get(`/locate?lat=${andoy.point.lat}&lon=${andoy.point.lon}&at=2024-06-01`)).json();
  assert.equal(res.municipality.number, '1871');
  assert.ok(res.servingOffices.length > 0);
  assert.deepEqual(res.servingOffices.map((o: { id: string }) => o.id).sort(), andoy.servingOffices.map((o: { id: string }) => o.id).sort());
  for (let i = 1; i < res.servingOffices.length; i++) assert.ok(res.servingOffices[i].distanceKm >= res.servingOffices[i - 1].distanceKm);
});
