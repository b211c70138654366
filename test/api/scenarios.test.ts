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
const decision = { by: 'Politidirektoratet', date: '2024-05-01', reference: 'POD 2024/1', url: null };

/**
 * A write as the web app makes it: an edit of an existing scenario names the revision it was made on
 * (If-Match, read from the scenario's ETag) unless the test gives one itself.
 */
async function send(method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}) {
  const existing = /^\/scenarios\/(\d+)/.exec(url);
  const hasRevision = headers['if-match'] !== undefined || (typeof body === 'object' && body !== null && 'expectedRevision' in body);
  if (existing && !hasRevision) {
    const current = await t.get(`/scenarios/${existing[1]}`);
    headers = { ...headers, 'if-match': current.statusCode === 200 ? String(current.headers.etag) : '"1"' };
  }
  return t.send(method, url, body, headers);
}

async function create(name: string, baseDate = BASE): Promise<number> {
  const res = await send('POST', '/scenarios', { name, baseDate });
  assert.equal(res.statusCode, 201, res.body);
  return res.json().id;
}

function problemOf(res: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number, code: string) {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const body = JSON.parse(res.body);
  assert.equal(body.code, code, res.body);
  assertConforms('Problem', body);
  return body;
}

test('scenario lifecycle: create → close an office → evaluate → compare → decided → publish, and the register has one office fewer', async () => {
  // The author is the token's owner; a header claiming someone else is ignored.
  const created = await send('POST', '/scenarios', { name: 'Loppa', description: 'Prøve', baseDate: BASE }, { 'x-naerpoliti-actor': 'Kari%20Nordmann' });
  assert.equal(created.statusCode, 201);
  const scenario = created.json();
  assertConforms('Scenario', scenario);
  assert.deepEqual([scenario.status, scenario.revision, scenario.createdBy, scenario.changes], ['draft', 1, 'kari', []]);
  assert.equal(created.headers.location, `/api/v1/scenarios/${scenario.id}`);
  assert.equal(created.headers.etag, '"1"');
  const id = scenario.id as number;

  const added = await send('POST', `/scenarios/${id}/changes`, { proposal: { type: 'close-office', officeId: 'loppa-lensmannskontor' } }, { 'if-match': '"1"' });
  assert.equal(added.statusCode, 200, added.body);
  const view = added.json();
  assertConforms('ScenarioView', view);
  assert.deepEqual([view.scenario.revision, view.steps.length, view.issues], [2, 1, []]);
  assert.deepEqual(view.steps[0].ops.map((op: { type: string; id: string }) => `${op.type} ${op.id}`), ['dissolve loppa-lensmannskontor']);
  assert.equal(added.headers.etag, '"2"');
  const shown = await t.get(`/scenarios/${id}`);
  assert.deepEqual([shown.statusCode, shown.headers.etag, shown.headers['cache-control']], [200, '"2"', 'no-store']);
  assert.deepEqual(shown.json(), view);

  const evaluation = await t.get(`/scenarios/${id}/evaluate?threshold=30`);
  assert.equal(evaluation.statusCode, 200, evaluation.body);
  const e = evaluation.json();
  assertConforms('ScenarioEvaluation', e);
  const base = (await t.get(`/access?at=${BASE}&threshold=30`)).json();
  assert.equal(e.accessibility.thresholdMinutes, 30);
  assert.equal(e.accessibility.national.offices, base.national.offices - 1);
  assert.ok(e.criteria.rules.length > 0);

  const comparison = await t.get(`/scenarios/${id}/compare`);
  assert.equal(comparison.statusCode, 200);
  const c = comparison.json();
  assertConforms('ScenarioComparison', c);
  assert.deepEqual(c.officesRemoved.map((o: { id: string }) => o.id), ['loppa-lensmannskontor']);
  assert.deepEqual(c.officesAdded, []);
  assert.ok(c.municipalitiesFarther.some((m: { number: string }) => m.number === '5614'), 'Loppa gets farther from an office');
  assert.deepEqual(c.accessibility.officesClosed, ['loppa-lensmannskontor']);

  // The planner sends it to consultation; a decider (someone else) decides.
  for (const [status, revision, who] of [['in-consultation', 3, 'planner'], ['decided', 4, 'decider']] as const) {
    const res = await send('POST', `/scenarios/${id}/status`, { status, expectedRevision: revision - 1 }, t.as(who));
    assert.equal(res.statusCode, 200, res.body);
    assertConforms('Scenario', res.json());
    assert.deepEqual([res.json().status, res.json().revision], [status, revision]);
  }

  const effective = '2024-07-01';
  const before = (await t.get(`/structure?at=${effective}`)).json();
  problemOf(await send('POST', `/scenarios/${id}/publish`, { decision, effective }, { 'if-match': '"4"' }), 403, 'auth.forbidden');
  const published = await send('POST', `/scenarios/${id}/publish`, { decision, effective }, { 'if-match': '"4"', ...t.as('decider') });
  assert.equal(published.statusCode, 200, published.body);
  const p = published.json();
  assertConforms('PublishResult', p);
  assert.equal(p.scenario.status, 'published');
  assert.deepEqual(p.changes.map((ch: { id: string; effective: string }) => `${ch.id} ${ch.effective}`), [`scenario-${id}-1-1 ${effective}`]);
  const afterwards = (await t.get(`/structure?at=${effective}`)).json();
  assert.equal(afterwards.offices.total, before.offices.total - 1);
  assert.equal((await t.get(`/offices/loppa-lensmannskontor?at=${effective}`)).json().code, 'resource.not-in-force');
  assert.equal((await t.get(`/structure?at=${BASE}`)).json().offices.total, before.offices.total, 'the day before is unchanged');

  const history = await t.get(`/scenarios/${id}/history`);
  assertConforms('ScenarioHistory', history.json());
  assert.deepEqual(
    history.json().entries.map((a: { action: string; actor: string }) => `${a.actor} ${a.action}`),
    ['dina scenario.publish', 'dina scenario.status', 'kari scenario.status', 'kari scenario.add-change', 'kari scenario.create'],
  );
  problemOf(await send('DELETE', `/scenarios/${id}/changes/1`), 409, 'scenario.not-editable');
  const list = (await t.get('/scenarios')).json();
  assertConforms('ScenarioList', list);
  assert.ok(list.scenarios.some((s: { id: number; status: string }) => s.id === id && s.status === 'published'));
});

test('a refused edit is a 422 carrying the issue (code, proposal, names) and leaves the scenario unchanged', async () => {
  const id = await create('Alta uten hovedkontor');
  const refused = await send('POST', `/scenarios/${id}/changes`, { proposal: { type: 'close-office', officeId: 'alta-lensmannskontor' } });
  const p = problemOf(refused, 422, 'scenario.rejected');
  assert.equal(p.issues.length, 1);
  const issue = p.issues[0];
  assertConforms('ScenarioIssue', issue);
  assert.equal(issue.code, 'scenario.head-office-needed');
  assert.deepEqual(issue.proposal, { type: 'close-office', officeId: 'alta-lensmannskontor' });
  assert.equal(issue.names['alta-lensmannskontor'], 'Alta politistasjon');
  assert.match(p.detail, /Ingenting er lagret/);
  const view = (await t.get(`/scenarios/${id}`)).json();
  assert.deepEqual([view.scenario.revision, view.scenario.changes], [1, []]);
  assert.equal((await t.get(`/scenarios/${id}/history`)).json().entries.length, 1, 'only the creation is audited');

  // Emptying a station district: the third change is refused with the planning rule, the first two stay.
  for (const proposal of [
    { type: 'merge-office', officeId: 'kautokeino-lensmannskontor', intoOfficeId: 'alta-lensmannskontor' },
    { type: 'close-office', officeId: 'loppa-lensmannskontor' },
  ]) {
    assert.equal((await send('POST', `/scenarios/${id}/changes`, { proposal })).statusCode, 200);
  }
  const emptied = problemOf(await send('POST', `/scenarios/${id}/changes`, { proposal: { type: 'close-office', officeId: 'alta-lensmannskontor' } }), 422, 'scenario.rejected');
  assert.deepEqual(emptied.issues.map((i: { code: string; position: number }) => `${i.position} ${i.code}`), ['3 planning.station-district-without-office']);
  assert.equal((await t.get(`/scenarios/${id}`)).json().scenario.changes.length, 2);
});

test('edits: move and remove by position, open-office located by the server, bodies checked with the JSON path', async () => {
  const id = await create('Flytt og angre');
  const opened = await send('POST', `/scenarios/${id}/changes`, { proposal: { type: 'open-office', name: 'Kautokeino politikontor', kind: 'politikontor', lat: 69.0126, lon: 23.0412 } });
  assert.equal(opened.statusCode, 200, opened.body);
  assert.deepEqual([opened.json().steps[0].proposal.municipalityNumber, opened.json().steps[0].proposal.officeId], ['5612', 'kautokeino-politikontor']);
  assert.equal((await send('POST', `/scenarios/${id}/changes`, { proposal: { type: 'close-office', officeId: 'loppa-lensmannskontor' }, position: 1 })).statusCode, 200);
  let view = (await t.get(`/scenarios/${id}`)).json();
  assert.deepEqual(view.scenario.changes.map((c: { type: string }) => c.type), ['close-office', 'open-office']);
  const moved = await send('POST', `/scenarios/${id}/changes/1/move`, { to: 2 });
  assert.equal(moved.statusCode, 200, moved.body);
  assert.deepEqual(moved.json().scenario.changes.map((c: { type: string }) => c.type), ['open-office', 'close-office']);
  const removed = await send('DELETE', `/scenarios/${id}/changes/1`, undefined, { 'if-match': `"${moved.json().scenario.revision}"` });
  assert.equal(removed.statusCode, 200, removed.body);
  view = removed.json();
  assert.deepEqual(view.scenario.changes, [{ type: 'close-office', officeId: 'loppa-lensmannskontor' }]);

  const renamed = await send('PATCH', `/scenarios/${id}`, { name: 'Bare Loppa', description: 'Én nedleggelse' });
  assert.deepEqual([renamed.statusCode, renamed.json().name, renamed.json().description], [200, 'Bare Loppa', 'Én nedleggelse']);

  const bad: [string, string, unknown, string, string][] = [
    ['POST', `/scenarios/${id}/changes`, { proposal: { type: 'merge-office', officeId: 'x' } }, 'proposal', '/proposal/intoOfficeId'],
    ['POST', `/scenarios/${id}/changes`, { proposal: { type: 'teleport-office', officeId: 'x' } }, 'proposal', '/proposal/type'],
    ['POST', `/scenarios/${id}/changes`, { proposal: { type: 'close-office', officeId: 'Loppa!' } }, 'proposal', '/proposal/officeId'],
    ['POST', `/scenarios/${id}/changes`, { proposal: { type: 'open-office', name: 'Havet', kind: 'politikontor', lat: 66, lon: 2 } }, 'proposal', '/proposal/lat'],
    ['POST', '/scenarios', { name: '', baseDate: BASE }, 'name', '/name'],
    ['POST', '/scenarios', { name: 'x', baseDate: '2024-02-30' }, 'baseDate', '/baseDate'],
    ['POST', `/scenarios/${id}/status`, { status: 'published' }, 'status', '/status'],
    ['PATCH', `/scenarios/${id}`, { owner: 'meg' }, 'owner', '/owner'],
  ];
  for (const [method, url, body, parameter, path] of bad) {
    const p = problemOf(await send(method as 'POST', url, body), 400, 'request.invalid-parameter');
    assert.deepEqual([p.parameter, p.path], [parameter, path], `${method} ${url} ${JSON.stringify(body)}`);
  }
  const position = problemOf(await send('POST', `/scenarios/${id}/changes/1/move`, { to: 5 }), 400, 'scenario.invalid-position');
  assert.equal(position.parameter, 'to');
  assert.equal(problemOf(await send('DELETE', `/scenarios/${id}/changes/9`), 400, 'scenario.invalid-position').parameter, 'position');
  problemOf(await t.get('/scenarios/999'), 404, 'resource.not-found');
  problemOf(await send('POST', '/scenarios/999/changes', { proposal: { type: 'close-office', officeId: 'loppa-lensmannskontor' } }), 404, 'resource.not-found');
  assert.equal(problemOf(await t.get('/scenarios/x'), 400, 'request.invalid-parameter').parameter, 'id');
  const status = problemOf(await send('POST', `/scenarios/${id}/status`, { status: 'decided' }, t.as('decider')), 409, 'scenario.invalid-status-change');
  assert.deepEqual(status.allowed, ['in-consultation']);
  problemOf(await send('POST', `/scenarios/${id}/publish`, { decision }, t.as('decider')), 409, 'scenario.not-decided');
});

test('a stale revision is a 409 and stores nothing; If-Match must be a revision', async () => {
  const id = await create('To redaktører');
  assert.equal((await send('POST', `/scenarios/${id}/changes`, { proposal: { type: 'close-office', officeId: 'loppa-lensmannskontor' }, expectedRevision: 1 })).statusCode, 200);
  const stale = problemOf(await send('POST', `/scenarios/${id}/changes`, { proposal: { type: 'close-office', officeId: 'hasvik-lensmannskontor' } }, { 'if-match': '"1"' }), 409, 'scenario.conflict');
  assert.deepEqual([stale.revision, stale.expectedRevision], [2, 1]);
  problemOf(await send('PATCH', `/scenarios/${id}`, { name: 'Ny', expectedRevision: 1 }), 409, 'scenario.conflict');
  problemOf(await send('POST', `/scenarios/${id}/status`, { status: 'in-consultation' }, { 'if-match': '"1"' }), 409, 'scenario.conflict');
  const view = (await t.get(`/scenarios/${id}`)).json();
  assert.deepEqual([view.scenario.revision, view.scenario.name, view.scenario.changes.length], [2, 'To redaktører', 1]);
  assert.equal(problemOf(await send('DELETE', `/scenarios/${id}/changes/1`, undefined, { 'if-match': 'W/"abc"' }), 400, 'request.invalid-parameter').parameter, 'If-Match');
});

test('an edit without a revision is 428 (If-Match: * too); a write needs a JSON body (415); reads stay open; CORS stays GET-only', async () => {
  const id = await create('Uten revisjon');
  problemOf(await t.send('POST', `/scenarios/${id}/changes`, { proposal: { type: 'close-office', officeId: 'loppa-lensmannskontor' } }), 428, 'scenario.revision-required');
  problemOf(await t.send('PATCH', `/scenarios/${id}`, { name: 'Ny' }, { 'if-match': '*' }), 428, 'scenario.revision-required');
  problemOf(await t.send('DELETE', `/scenarios/${id}/changes/1`), 428, 'scenario.revision-required');
  problemOf(await t.send('POST', `/scenarios/${id}/status`, { status: 'in-consultation' }), 428, 'scenario.revision-required');
  const disagree = problemOf(await t.send('PATCH', `/scenarios/${id}`, { name: 'Ny', expectedRevision: 2 }, { 'if-match': '"1"' }), 400, 'request.invalid-parameter');
  assert.equal(disagree.parameter, 'expectedRevision');
  assert.equal((await t.get(`/scenarios/${id}`)).json().scenario.revision, 1, 'nothing was written');
  assert.equal((await t.get('/scenarios')).statusCode, 200);
  const form = await t.app.inject({ method: 'POST', url: '/api/v1/scenarios', headers: { 'content-type': 'text/plain', ...t.as('planner') }, payload: '{"name":"x","baseDate":"2024-06-01"}' });
  problemOf(form, 415, 'request.unsupported-media-type');
  const preflight = await t.app.inject({
    method: 'OPTIONS',
    url: '/api/v1/scenarios',
    headers: { origin: 'https://annen.example', 'access-control-request-method': 'POST' },
  });
  assert.doesNotMatch(String(preflight.headers['access-control-allow-methods']), /POST/);
  const noStore = await startTestApp({ scenarios: null });
  try {
    problemOf(await noStore.get('/scenarios'), 503, 'planner.unavailable');
  } finally {
    await noStore.close();
  }
});

test('GET /municipalities/{number}/consultations lists scenarios in consultation that affect it', async () => {
  const id = await create('Vest-Finnmark på høring');
  for (const proposal of [
    { type: 'merge-office', officeId: 'kautokeino-lensmannskontor', intoOfficeId: 'alta-lensmannskontor' },
    { type: 'close-office', officeId: 'loppa-lensmannskontor' },
  ]) {
    assert.equal((await send('POST', `/scenarios/${id}/changes`, { proposal })).statusCode, 200);
  }
  const draft = (await t.get('/municipalities/5612/consultations')).json();
  assert.ok(!draft.scenarios.some((s: { scenario: { id: number } }) => s.scenario.id === id), 'a draft is not in consultation');
  assert.equal((await send('POST', `/scenarios/${id}/status`, { status: 'in-consultation' })).statusCode, 200);

  const kautokeino = await t.get('/municipalities/5612/consultations');
  assert.equal(kautokeino.statusCode, 200);
  assert.equal(kautokeino.headers['cache-control'], 'no-cache');
  const k = kautokeino.json();
  assertConforms('MunicipalityConsultations', k);
  assert.deepEqual(k.municipality, { number: '5612', name: k.municipality.name });
  const mine = k.scenarios.find((s: { scenario: { id: number } }) => s.scenario.id === id);
  // Kautokeino's office merges into Alta's; Loppa's office, in the same station district, closes.
  assert.deepEqual(mine.changes.map((c: { position: number }) => c.position), [1, 2]);
  assert.deepEqual(mine.changes[0].proposal, { type: 'merge-office', officeId: 'kautokeino-lensmannskontor', intoOfficeId: 'alta-lensmannskontor' });
  assert.equal(mine.changes[0].names['kautokeino-lensmannskontor'], 'Kautokeino politistasjon');
  assert.equal(mine.scenario.status, 'in-consultation');
  const positions = async (number: string) =>
    ((await t.get(`/municipalities/${number}/consultations`)).json().scenarios.find((s: { scenario: { id: number } }) => s.scenario.id === id)?.changes ?? []).map((c: { position: number }) => c.position);
  assert.deepEqual(await positions('5614'), [1, 2], 'Loppa: its own office, and one in its station district');
  assert.deepEqual(await positions('5607'), [], 'Vadsø: another station district');
  assert.deepEqual(await positions('0301'), []);
  problemOf(await t.get('/municipalities/9999/consultations'), 404, 'resource.not-found');
});
