import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { diffStructure } from '../../src/domain/diff.js';
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
  return res.json();
};

interface Change {
  entityId: string;
  entity: string;
  effective: string;
  type: string;
  decision: { by: string; date: string | null; reference: string | null } | null;
}

test('changes between two dates: exactly the register changes in (from, to], in effect order, with decision references', async () => {
  const list = await json('/changes?from=2016-12-31&to=2018-07-01&limit=5000');
  const expected = seedRegister().changesBetween('2016-12-31' as never, '2018-07-01' as never);
  assert.equal(list.total, expected.length);
  assert.deepEqual(list.changes.map((c: { id: string }) => c.id), expected.map((c) => c.id));
  for (let i = 1; i < list.changes.length; i++) assert.ok(list.changes[i].effective >= list.changes[i - 1].effective);
  const decided = list.changes.filter((c: Change) => c.entity === 'office' && c.type === 'office.dissolve' && c.decision?.by === 'Politidirektoratet');
  assert.ok(decided.length > 50, `office closures decided by POD: ${decided.length}`);
  assert.ok(decided.every((c: Change) => typeof c.decision!.reference === 'string'));
});

test('changes: paging, the entity filter, and from after to is a 400 naming from', async () => {
  const page = await json('/changes?from=2016-12-31&to=2018-07-01&limit=10&offset=10');
  const all = await json('/changes?from=2016-12-31&to=2018-07-01&limit=5000');
  assert.equal(page.changes.length, 10);
  assert.deepEqual(page.changes, all.changes.slice(10, 20));
  const offices = await json('/changes?from=2016-12-31&to=2018-07-01&entity=office&limit=5000');
  assert.ok(offices.total > 0 && offices.changes.every((c: Change) => c.entity === 'office'));
  const bad = await t.get('/changes?from=2018-07-01&to=2016-12-31');
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().parameter, 'from');
  assert.equal((await t.get('/changes?to=2018-02-31')).json().parameter, 'to');
  assert.equal((await t.get('/changes?entity=planet')).json().parameter, 'entity');
});

test("a district's changes include its members moving in and out: Jevnaker under both Nordre Buskerud and Sør-Øst", async () => {
  const old = await json('/districts/nordre-buskerud/changes?from=2015-12-31&to=2016-01-01&limit=5000');
  const now = await json('/districts/sor-ost/changes?from=2015-12-31&to=2016-01-01&limit=5000');
  const jevnaker = (list: { changes: Change[] }) => list.changes.filter((c) => c.entityId === '3236');
  assert.equal(jevnaker(old).length, 1, 'the move, seen from the district it left');
  assert.equal(jevnaker(now).length, 1, 'the move, seen from the district it joined');
  assert.ok(old.changes.some((c: Change) => c.entityId === 'nordre-buskerud' && c.type === 'district.dissolve'));
  assert.equal(old.district.name, 'Nordre Buskerud politidistrikt');
  assert.equal((await t.get('/districts/kripos/changes')).statusCode, 404);
});

test('diff between two dates is the domain diff, decision references included', async () => {
  const diff = await json('/diff?from=2015-12-31&to=2018-07-01');
  assert.deepEqual(diff, JSON.parse(JSON.stringify(diffStructure(seedRegister(), '2015-12-31' as never, '2018-07-01' as never))));
  const closed = diff.removed.filter((i: { entity: string }) => i.entity === 'office');
  assert.ok(closed.length > 100);
  assert.equal((await t.get('/diff?from=2018-07-01')).json().parameter, 'to');
  assert.equal((await t.get('/diff?from=2018-07-01&to=2015-12-31')).json().parameter, 'from');
});

test('history of an id: its periods in force and each interval with the change that began it', async () => {
  const h = await json('/history/balestrand-lensmannskontor?at=2018-07-01');
  assert.equal(h.type, 'office');
  assert.equal(h.inForceAt, false);
  assert.deepEqual(h.inForce, [{ from: '2015-01-01', to: '2017-12-28' }]);
  const last = h.intervals.at(-1);
  assert.equal(last.active, false);
  assert.equal(last.change.decision.by, 'Politidirektoratet');
  const jevnaker = await json('/history/3236?at=2016-01-01');
  assert.equal(jevnaker.type, 'municipality');
  assert.equal(jevnaker.inForceAt, true);
  assert.deepEqual(jevnaker.intervals.map((i: { attrs: { districtId: string } }) => i.attrs.districtId).slice(0, 2), ['nordre-buskerud', 'sor-ost']);
  const missing = await t.get('/history/no-such-thing');
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().code, 'resource.not-found');
});

test('a start the register does not know is said to be unknown, not dated where the records begin (issue 13.3)', async () => {
  // Jevnaker's office was in operation before the reform; the office list starts on 2015-01-01.
  const old = await json('/history/jevnaker-lensmannskontor?at=2016-01-01');
  assert.deepEqual([old.intervals[0].from, old.intervals[0].fromKnown, old.intervals[0].change.datePrecision], ['2015-01-01', false, 'on-or-before']);
  const { office } = await json('/offices/jevnaker-lensmannskontor?at=2016-01-01');
  assert.deepEqual([office.since, office.sinceKnown], ['2015-01-01', false]);
  // Municipalities are in the register from its first date, 2002-01-01, not founded then.
  const { municipality } = await json('/municipalities/3236?at=2016-01-01');
  assert.deepEqual([municipality.since, municipality.sinceKnown], ['2002-01-01', false]);
  // An office whose opening is sourced keeps its date as known.
  const mortensrud = await json('/history/mortensrud-politistasjon?at=2025-01-01');
  assert.deepEqual([mortensrud.intervals[0].from, mortensrud.intervals[0].fromKnown], ['2024-03-07', true]);
  assert.equal((await json('/offices/mortensrud-politistasjon?at=2025-01-01')).office.sinceKnown, true);
  // The 27 districts of 2002 really began on 2002-01-01.
  const district = await json('/history/hedmark?at=2010-01-01');
  assert.deepEqual([district.intervals[0].from, district.intervals[0].fromKnown], ['2002-01-01', true]);
});
