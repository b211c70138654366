import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { MAX_JSON_DEPTH, charsetOf, nestsDeeperThan, prototypeKeyPath } from '../../src/api/json-body-parser.js';
import { latestDate, todayInNorway } from '../../src/shared/dates.js';
import { startTestApp, type TestApp } from '../helpers/api.js';

/**
 * Issue 12, defects 4 and 8 and the date bounds: what fastify refused with its own English JSON
 * (no CORS), what overflowed the stack, what it read wrongly, and dates no one asks for. Every
 * refusal here is a problem+json with a stable code, Norwegian text and the CORS header.
 */

let t: TestApp;
let scenarioId: number;
before(async () => {
  t = await startTestApp();
  const created = await t.send('POST', '/scenarios', { name: 'Fiendtlig', baseDate: '2024-06-01' });
  assert.equal(created.statusCode, 201, created.body);
  scenarioId = created.json().id;
});
after(() => t.close());

const ORIGIN = 'https://avis.example';

function problem(res: LightMyRequestResponse, status: number, code: string): Record<string, unknown> {
  assert.equal(res.statusCode, status, res.body.slice(0, 300));
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/, res.body.slice(0, 200));
  assert.equal(res.headers['access-control-allow-origin'], '*', 'a browser can read the problem');
  const body = res.json() as Record<string, unknown>;
  assert.equal(body.code, code, res.body.slice(0, 300));
  assert.equal(body.status, status);
  return body;
}

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { origin: ORIGIN } });

/** As a signed-in planner (a bearer token): an anonymous write is refused before its body is read. */
function post(url: string, payload: string | Buffer, contentType = 'application/json'): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: 'POST', url, payload, headers: { origin: ORIGIN, 'content-type': contentType, ...t.as('planner') } } satisfies InjectOptions);
}

test('a URL that does not decode is a 400 problem, not fastify’s own JSON', async () => {
  const body = problem(await get('/api/v1/districts/%ZZ'), 400, 'request.bad-url');
  assert.match(String(body.detail), /%-koding/);
});

test('ids of 101 to 4,000 characters and 10 kB paths are a 400 naming `id`, not a 404 or 414', async () => {
  for (const length of [81, 101, 4000, 10_000]) {
    const body = problem(await get(`/api/v1/districts/${'a'.repeat(length)}`), 400, 'request.invalid-parameter');
    assert.equal(body.parameter, 'id', `${length} characters`);
    assert.match(String(body.detail), /høyst 80 tegn/);
  }
  problem(await get(`/api/v1/offices/${'b'.repeat(4000)}/changes`), 404, 'route.not-found');
});

test('with the web app served, a 10 kB path is a 404 problem, not the static files’ bare 403', async () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'naerpoliti-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>naerpoliti</title>');
  const web = await startTestApp({ webRoot });
  try {
    for (const url of [`/${'a'.repeat(10_000)}`, `/assets/${'a'.repeat(10_000)}.js`, `/api/v1/${'a'.repeat(10_000)}`]) {
      problem(await web.app.inject({ method: 'GET', url, headers: { origin: ORIGIN } }), 404, 'route.not-found');
    }
    problem(await web.app.inject({ method: 'GET', url: '/%ZZ', headers: { origin: ORIGIN, accept: 'text/html' } }), 400, 'request.bad-url');
  } finally {
    await web.close();
    rmSync(webRoot, { recursive: true, force: true });
  }
});

test('deep JSON (6,000 levels, 12 kB) is refused before it is parsed, on every route that takes a body', async () => {
  const deep = '['.repeat(6000) + ']'.repeat(6000);
  for (const [url, payload] of [
    ['/api/v1/planner/preview', deep],
    ['/api/v1/scenarios', `{"name":${deep}}`],
    [`/api/v1/scenarios/${scenarioId}/changes`, `{"proposal":${deep}}`],
    ['/api/v1/criteria/evaluate', `{"ruleSet":${deep}}`],
    ['/api/v1/optimize', deep],
  ] as const) {
    const body = problem(await post(url, payload), 400, 'request.body-too-deep');
    assert.equal(body.maxDepth, MAX_JSON_DEPTH, url);
  }
  // As deep as allowed is parsed, and the route's own validation answers.
  const justDeepEnough = `{"base":${'['.repeat(MAX_JSON_DEPTH - 1)}${']'.repeat(MAX_JSON_DEPTH - 1)}}`;
  assert.equal((await post('/api/v1/planner/preview', justDeepEnough)).json().code, 'request.invalid-parameter');
});

test('bodies are JSON in UTF-8: other types and charsets are a 415, broken text a 400', async () => {
  const body = '{"base":"2018-07-01"}';
  problem(await post('/api/v1/planner/preview', body, 'application/json; charset=utf-16'), 415, 'request.unsupported-charset');
  problem(await post('/api/v1/planner/preview', body, 'application/json; charset=iso-8859-1'), 415, 'request.unsupported-charset');
  problem(await post('/api/v1/planner/preview', body, 'text/plain'), 415, 'request.unsupported-media-type');
  problem(await post('/api/v1/planner/preview', '<base/>', 'application/xml'), 415, 'request.unsupported-media-type');
  for (const contentType of ['application/json', 'application/json; charset=utf-8', 'application/json;charset="UTF-8"', 'Application/JSON; charset=utf8']) {
    assert.equal((await post('/api/v1/planner/preview', body, contentType)).statusCode, 200, contentType);
  }
  assert.equal((await post('/api/v1/planner/preview', `\ufeff${body}`)).statusCode, 200, 'a byte order mark is allowed');
  problem(await post('/api/v1/planner/preview', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d])), 400, 'request.invalid-json');
  problem(await post('/api/v1/planner/preview', '{"base":'), 400, 'request.invalid-json');
  problem(await post('/api/v1/planner/preview', ''), 400, 'request.invalid-json');
  const large = problem(await post('/api/v1/planner/preview', JSON.stringify({ base: '2018-07-01', note: 'x'.repeat(1_100_000) })), 413, 'request.body-too-large');
  assert.equal(large.maxBytes, 1024 * 1024);
});

test('a __proto__ key is refused by its path, not reported as "not valid JSON"', async () => {
  const top = problem(await post('/api/v1/planner/preview', '{"base":"2018-07-01","__proto__":{"polluted":true}}'), 400, 'request.invalid-parameter');
  assert.deepEqual([top.parameter, top.path], ['__proto__', '/__proto__']);
  const nested = problem(
    await post(`/api/v1/scenarios/${scenarioId}/changes`, '{"proposal":{"type":"close-office","officeId":"loppa-lensmannskontor","constructor":{"prototype":{}}}}'),
    400,
    'request.invalid-parameter',
  );
  assert.deepEqual([nested.parameter, nested.path], ['proposal', '/proposal/constructor/prototype']);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('numbers in bodies are finite too: 1e309 in JSON is refused naming the field', async () => {
  const body = problem(await post('/api/v1/planner/preview', '{"base":"2018-07-01","threshold":1e309}'), 400, 'request.invalid-parameter');
  assert.equal(body.parameter, 'threshold');
  assert.match(String(body.detail), /must be a finite number \(got Infinity\)/);
});

test('dates are bounded to the register’s range and a horizon 50 years ahead, with a 400 naming the parameter', async () => {
  const horizon = latestDate(todayInNorway());
  assert.equal((await get(`/api/v1/districts?at=${horizon}`)).statusCode, 200, 'the horizon itself is answered');
  assert.equal((await get('/api/v1/districts?at=2002-01-01')).statusCode, 200, 'the register’s first day is answered');
  assert.equal((await get('/api/v1/changes?from=2001-12-31&to=2002-01-01')).statusCode, 200, 'an exclusive from may be the day before');
  for (const [url, parameter, words] of [
    ['/api/v1/districts?at=1800-01-01', 'at', /tidligst være 1\. januar 2002/],
    ['/api/v1/districts?at=2001-12-31', 'at', /tidligst/],
    ['/api/v1/search?q=bergen&at=9999-12-31', 'at', /høyst 50 år fram i tid/],
    ['/api/v1/districts.geojson?resolution=full&at=9999-12-31', 'at', /høyst 50 år/],
    ['/api/v1/changes?from=2001-12-30', 'from', /31\. desember 2001/],
    ['/api/v1/access/compare?from=1990-01-01&to=2018-07-01', 'from', /tidligst/],
    ['/api/v1/diff?from=2015-12-31&to=3000-01-01', 'to', /høyst/],
  ] as const) {
    const body = problem(await get(url), 400, 'request.invalid-parameter');
    assert.equal(body.parameter, parameter, url);
    assert.match(String(body.detail), words, url);
  }
  assert.equal(problem(await post('/api/v1/planner/preview', '{"base":"9999-12-31"}'), 400, 'request.invalid-parameter').parameter, 'base');
  assert.equal(problem(await post('/api/v1/scenarios', '{"name":"Før","baseDate":"1800-01-01"}'), 400, 'request.invalid-parameter').parameter, 'baseDate');
  assert.equal(problem(await post('/api/v1/optimize', '{"at":"9999-12-31","heuristicOnly":true}'), 400, 'request.invalid-parameter').parameter, 'at');
});

test('the parser’s pieces: nesting counted outside strings, charset parameters, prototype keys', () => {
  const bytes = (text: string) => Buffer.from(text);
  assert.equal(nestsDeeperThan(bytes('[[[]]]'), 3), false);
  assert.equal(nestsDeeperThan(bytes('[[[[]]]]'), 3), true);
  assert.equal(nestsDeeperThan(bytes('["[[[[[[", {"a":"{{{{\\"[[["}]'), 3), false, 'brackets in strings, and escaped quotes, do not count');
  assert.equal(nestsDeeperThan(bytes('[]'.repeat(10_000)), 1), false, 'siblings are not depth');
  assert.equal(charsetOf('application/json'), null);
  assert.equal(charsetOf('application/json; Charset="UTF-16"'), 'utf-16');
  assert.equal(charsetOf('application/json; boundary=x; charset=utf-8'), 'utf-8');
  assert.equal(prototypeKeyPath(JSON.parse('{"a":[{"b":{"__proto__":1}}]}')), '/a/0/b/__proto__');
  assert.equal(prototypeKeyPath(JSON.parse('{"constructor":"fine","x":{"prototype":1}}')), null);
  assert.equal(prototypeKeyPath(JSON.parse('{"a/b":{"constructor":{"prototype":{}}}}')), '/a~1b/constructor/prototype');
});
