import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AccountService } from '../../src/services/auth/account-service.js';
import { startTestApp, type TestApp } from '../helpers/api.js';
import { assertConforms } from '../helpers/api-schemas.js';

/*
 * Issue 11's "done when", over HTTP against the real app and store: every write is authorised by who
 * calls (bearer token or session cookie), never by where the server listens or what a header claims.
 */
let t: TestApp;
let behindProxy: TestApp;
const PASSWORD = 'riktig-hest-batteri';
const BASE = '2024-06-01';
const anonymous = { authorization: '' };

before(async () => {
  t = await startTestApp();
  // Proxied: the proxy at 127.0.0.1 (inject's peer) says the client and the scheme; the site's origin is configured.
  behindProxy = await startTestApp({ trustProxy: ['127.0.0.1'], publicOrigin: 'https://naerpoliti.example.no' });
  for (const app of [t, behindProxy]) {
    await new AccountService(app.store.users, app.store.scenarios).addUser({ name: 'siri', roles: ['planner', 'decider'], password: PASSWORD }, { actor: 'test' });
  }
});
after(async () => {
  await t.close();
  await behindProxy.close();
});

function problemOf(res: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number, code: string) {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const body = JSON.parse(res.body);
  assert.equal(body.code, code, res.body);
  assertConforms('Problem', body);
  return body;
}

async function signIn(app: TestApp, headers: Record<string, string> = {}) {
  const res = await app.send('POST', '/session', { name: 'siri', password: PASSWORD }, { ...anonymous, ...headers });
  assert.equal(res.statusCode, 200, res.body);
  const setCookie = String(res.headers['set-cookie']);
  return { res, setCookie, cookie: /^(naerpoliti_session=[^;]+)/.exec(setCookie)![1]! };
}

test('anonymous writes are 401 whatever Host, Origin or X-Naerpoliti-Actor say; every public GET stays open', async () => {
  const variants: Record<string, string>[] = [{}, { host: 'evil.example', origin: 'http://evil.example' }, { 'x-naerpoliti-actor': 'kari' }, { host: '127.0.0.1' }];
  for (const headers of variants) {
    const res = await t.send('POST', '/scenarios', { name: 'x', baseDate: BASE }, { ...anonymous, ...headers });
    const p = problemOf(res, 401, 'auth.required');
    assert.match(p.detail, /logge inn/);
    assert.equal(res.headers['www-authenticate'], 'Bearer realm="naerpoliti"');
  }
  problemOf(await t.send('POST', '/optimize', { at: BASE, keep: 219, heuristicOnly: true }, anonymous), 401, 'auth.required');
  problemOf(await t.send('DELETE', '/scenarios/1/changes/1', undefined, anonymous), 401, 'auth.required');
  problemOf(await t.send('POST', '/scenarios/1/publish', { decision: { by: 'x', date: BASE, reference: null, url: null } }, anonymous), 401, 'auth.required');
  const wrong = problemOf(await t.send('POST', '/scenarios', { name: 'x', baseDate: BASE }, { authorization: 'Bearer np_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }), 401, 'auth.required');
  assert.match(wrong.detail, /Tilgangsnøkkelen/);
  for (const url of ['/districts', '/structure', '/offices', '/municipalities/5601', '/scenarios', '/session', `/access?at=${BASE}`]) {
    assert.equal((await t.get(url)).statusCode, 200, url);
  }
  assert.deepEqual((await t.get('/session')).json(), { user: null, via: null });
  assert.equal((await t.get('/scenarios')).json().scenarios.length, 0, 'nothing was written');
});

test('a planner token creates (201) and the audit names that user and address; other roles are 403', async () => {
  const created = await t.send('POST', '/scenarios', { name: 'Med nøkkel', baseDate: BASE }, { ...t.as('planner'), 'x-naerpoliti-actor': 'noen-andre' });
  assert.equal(created.statusCode, 201, created.body);
  assert.equal(created.json().createdBy, 'kari');
  const me = (await t.get('/session', t.as('planner'))).json();
  assert.deepEqual([me.user.name, me.user.roles, me.via], ['kari', ['planner'], 'token']);
  const page = await t.get('/audit?limit=1', t.as('administrator'));
  assert.equal(page.statusCode, 200, page.body);
  const [entry] = page.json().entries;
  assert.deepEqual([entry.actor, entry.userId, entry.action, entry.subject, entry.clientAddress, entry.afterRevision], ['kari', me.user.id, 'scenario.create', `scenario:${created.json().id}`, '127.0.0.1', 1]);
  const history = (await t.get(`/scenarios/${created.json().id}/history`)).json();
  assert.deepEqual([history.entries[0].actor, history.entries[0].clientAddress], ['kari', null], 'the public history does not show client addresses');
  for (const who of ['municipality', 'decider', 'administrator'] as const) {
    const p = problemOf(await t.send('POST', '/scenarios', { name: 'x', baseDate: BASE }, t.as(who)), 403, 'auth.forbidden');
    assert.deepEqual(p.roles, ['planner']);
    assert.equal(p.detail, 'Dette krever rollen planlegger.');
  }
});

test('four eyes: the author may not decide or publish, another decider may', async () => {
  const { cookie } = await signIn(t);
  const origin = { cookie, origin: 'http://localhost:80' };
  const created = await t.send('POST', '/scenarios', { name: 'Egen', baseDate: BASE }, { ...anonymous, ...origin });
  assert.equal(created.statusCode, 201, created.body);
  const id = created.json().id;
  assert.equal(created.json().createdBy, 'siri');
  const added = await t.send('POST', `/scenarios/${id}/changes`, { proposal: { type: 'close-office', officeId: 'loppa-lensmannskontor' } }, { ...anonymous, ...origin, 'if-match': '"1"' });
  assert.equal(added.statusCode, 200, added.body);
  assert.equal((await t.send('POST', `/scenarios/${id}/status`, { status: 'in-consultation' }, { ...anonymous, ...origin, 'if-match': '"2"' })).statusCode, 200);
  problemOf(await t.send('POST', `/scenarios/${id}/status`, { status: 'decided' }, { ...anonymous, ...origin, 'if-match': '"3"' }), 403, 'scenario.own-scenario');
  problemOf(await t.send('POST', `/scenarios/${id}/status`, { status: 'decided' }, { ...t.as('planner'), 'if-match': '"3"' }), 403, 'auth.forbidden');
  const decided = await t.send('POST', `/scenarios/${id}/status`, { status: 'decided' }, { ...t.as('decider'), 'if-match': '"3"' });
  assert.equal(decided.statusCode, 200, decided.body);
  const decision = { by: 'Politidirektoratet', date: '2024-05-01', reference: 'POD 2024/7', url: null };
  problemOf(await t.send('POST', `/scenarios/${id}/publish`, { decision }, { ...anonymous, ...origin, 'if-match': '"4"' }), 403, 'scenario.own-scenario');
  problemOf(await t.send('POST', `/scenarios/${id}/publish`, { decision }, t.as('decider')), 428, 'scenario.revision-required');
  const published = await t.send('POST', `/scenarios/${id}/publish`, { decision }, { ...t.as('decider'), 'if-match': '"4"' });
  assert.equal(published.statusCode, 200, published.body);
  assert.equal(published.json().scenario.publication.publishedBy, 'dina');
});

test('sign-in sets an HttpOnly, SameSite=Strict session cookie; cookie writes need this site as Origin; sign-out ends it', async () => {
  const { setCookie, cookie, res } = await signIn(t);
  assert.match(setCookie, /^naerpoliti_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/, 'no Secure over plain HTTP');
  assertConforms('SessionAnswer', res.json());
  assert.equal(res.json().user.name, 'siri');
  assert.deepEqual((await t.get('/session', { cookie })).json().via, 'session');

  const body = { name: 'Via informasjonskapsel', baseDate: BASE };
  const noOrigin = problemOf(await t.send('POST', '/scenarios', body, { ...anonymous, cookie }), 403, 'auth.cross-origin');
  assert.match(noOrigin.detail, /Origin/);
  problemOf(await t.send('POST', '/scenarios', body, { ...anonymous, cookie, origin: 'http://evil.example' }), 403, 'auth.cross-origin');
  // DNS rebinding: evil.example resolved to this server; the browser would not send localhost's cookie, and the origins differ anyway.
  problemOf(await t.send('POST', '/scenarios', body, { ...anonymous, cookie, host: 'evil.example', origin: 'http://localhost:80' }), 403, 'auth.cross-origin');
  assert.equal((await t.send('POST', '/scenarios', body, { ...anonymous, cookie, origin: 'http://localhost:80' })).statusCode, 201);

  const out = await t.send('DELETE', '/session', undefined, { ...anonymous, cookie, origin: 'http://localhost:80' });
  assert.equal(out.statusCode, 204, out.body);
  assert.match(String(out.headers['set-cookie']), /^naerpoliti_session=; .*Max-Age=0/);
  assert.deepEqual((await t.get('/session', { cookie })).json(), { user: null, via: null });
  problemOf(await t.send('POST', '/scenarios', body, { ...anonymous, cookie, origin: 'http://localhost:80' }), 401, 'auth.required');
  // Login CSRF: another site's page cannot sign the browser in either.
  problemOf(await t.send('POST', '/session', { name: 'siri', password: PASSWORD }, { ...anonymous, origin: 'http://evil.example' }), 403, 'auth.cross-origin');
});

test('behind a trusted proxy: Secure cookie, the forwarded client address in the audit, and Host must be PUBLIC_ORIGIN', async () => {
  const forwarded = { 'x-forwarded-for': '198.51.100.23', 'x-forwarded-proto': 'https', host: 'naerpoliti.example.no' };
  const { setCookie, cookie } = await signIn(behindProxy, forwarded);
  assert.match(setCookie, /; Secure$/);
  const origin = 'https://naerpoliti.example.no';
  const created = await behindProxy.send('POST', '/scenarios', { name: 'Bak proxy', baseDate: BASE }, { ...anonymous, ...forwarded, cookie, origin });
  assert.equal(created.statusCode, 201, created.body);
  const rebound = problemOf(await behindProxy.send('POST', '/scenarios', { name: 'x', baseDate: BASE }, { ...anonymous, ...forwarded, host: 'evil.example', cookie, origin }), 403, 'auth.cross-origin');
  assert.match(rebound.detail, /evil\.example/);
  const [entry] = (await behindProxy.get('/audit?limit=2', behindProxy.as('administrator'))).json().entries;
  assert.deepEqual([entry.action, entry.actor, entry.clientAddress], ['scenario.create', 'siri', '198.51.100.23']);
});

test('failed sign-ins are 401, audited, and after ten the name is locked out with 429', async () => {
  const wrong = await t.send('POST', '/session', { name: 'siri', password: 'feil-passord' }, anonymous);
  const p = problemOf(wrong, 401, 'auth.invalid-credentials');
  assert.doesNotMatch(p.detail, /siri/);
  problemOf(await t.send('POST', '/session', { name: 'finnes-ikke', password: 'feil-passord' }, anonymous), 401, 'auth.invalid-credentials');
  const audit = (await t.get('/audit?limit=5', t.as('administrator'))).json().entries;
  assert.deepEqual(
    audit.filter((e: { action: string }) => e.action === 'session.failed').slice(0, 2).map((e: { subject: string; actor: string }) => [e.subject, e.actor]),
    [
      ['user:finnes-ikke', 'anonym'],
      ['user:siri', 'siri'],
    ],
  );
  for (let i = 0; i < 9; i++) await t.send('POST', '/session', { name: 'siri', password: 'feil-passord' }, anonymous);
  const locked = await t.send('POST', '/session', { name: 'siri', password: PASSWORD }, anonymous);
  problemOf(locked, 429, 'auth.too-many-attempts');
  assert.ok(Number(locked.headers['retry-after']) > 0);
});

test('GET /audit is for administrators: paged newest first, and as CSV', async () => {
  problemOf(await t.get('/audit', t.as('planner')), 403, 'auth.forbidden');
  problemOf(await t.get('/audit'), 401, 'auth.required');
  const first = (await t.get('/audit?limit=2', t.as('administrator'))).json();
  assert.equal(first.entries.length, 2);
  assert.ok(first.entries[0].id > first.entries[1].id);
  const second = (await t.get(`/audit?limit=2&before=${first.next}`, t.as('administrator'))).json();
  assert.ok(second.entries[0].id < first.entries[1].id);
  const csv = await t.get('/audit?format=csv&limit=3', t.as('administrator'));
  assert.equal(csv.statusCode, 200);
  assert.match(String(csv.headers['content-type']), /^text\/csv/);
  const lines = csv.body.split('\r\n').filter((l) => l !== '');
  assert.equal(lines[0], 'id,at,actor,user_id,action,subject,before_revision,after_revision,client_address,detail');
  assert.equal(lines.length, 4);
  assert.equal(problemOf(await t.get('/audit?limit=0', t.as('administrator')), 400, 'request.invalid-parameter').parameter, 'limit');
});
