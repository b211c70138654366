import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../helpers/api.js';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

test('dated answers carry an ETag and Cache-Control; If-None-Match gives a 304 without a body', async () => {
  const first = await t.get('/districts?at=2018-07-01');
  const etag = first.headers.etag as string;
  assert.match(etag, /^"[A-Za-z0-9_-]{32}"$/);
  assert.equal(first.headers['cache-control'], 'public, max-age=300');
  const again = await t.get('/districts?at=2018-07-01', { 'if-none-match': etag });
  assert.equal(again.statusCode, 304);
  assert.equal(again.body, '');
  assert.equal(again.headers.etag, etag);
  assert.equal((await t.get('/districts?at=2018-07-01', { 'if-none-match': `W/${etag}` })).statusCode, 304, 'weak comparison');
  assert.equal((await t.get('/districts?at=2018-07-01', { 'if-none-match': `"other", ${etag}` })).statusCode, 304, 'a list of tags');
  assert.equal((await t.get('/districts?at=2018-07-01', { 'if-none-match': '*' })).statusCode, 304);
  const otherDate = await t.get('/districts?at=2015-12-31', { 'if-none-match': etag });
  assert.equal(otherDate.statusCode, 200, 'another date is another answer');
  assert.notEqual(otherDate.headers.etag, etag);
  const geo = await t.get('/districts.geojson?at=2018-07-01');
  assert.equal((await t.get('/districts.geojson?at=2018-07-01', { 'if-none-match': geo.headers.etag as string })).statusCode, 304, 'GeoJSON too');
});

test('errors and health are never cached; HEAD answers the headers of GET', async () => {
  const missing = await t.get('/districts/atlantis');
  assert.equal(missing.headers['cache-control'], 'no-store');
  assert.equal(missing.headers.etag, undefined);
  assert.equal((await t.get('/health')).headers['cache-control'], 'no-store');
  assert.deepEqual((await t.get('/api/v1/health')).json(), { status: 'ok' });
  const head = await t.app.inject({ method: 'HEAD', url: '/api/v1/structure?at=2018-07-01' });
  const get = await t.get('/structure?at=2018-07-01');
  assert.equal(head.statusCode, 200);
  assert.equal(head.body, '');
  assert.equal(head.headers.etag, get.headers.etag);
});

test('CORS is open for GET, with a preflight answer and the ETag exposed', async () => {
  const res = await t.get('/districts', { origin: 'https://kommune.example' });
  assert.equal(res.headers['access-control-allow-origin'], '*');
  assert.match(String(res.headers['access-control-expose-headers']), /ETag/);
  const preflight = await t.app.inject({
    method: 'OPTIONS',
    url: '/api/v1/locate?lat=60&lon=10',
    headers: { origin: 'https://kommune.example', 'access-control-request-method': 'GET' },
  });
  assert.equal(preflight.statusCode, 204);
  assert.equal(preflight.headers['access-control-allow-origin'], '*');
  assert.match(String(preflight.headers['access-control-allow-methods']), /GET/);
});

test('an unknown path is a problem+json 404 pointing at the docs', async () => {
  const res = await t.get('/api/v1/nowhere');
  assert.equal(res.statusCode, 404);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  assert.equal(res.json().code, 'route.not-found');
  assert.match(res.json().detail, /\/api\/docs/);
});

/** The routes of the plan (docs/api.md), each of which the OpenAPI document must describe. */
const PLANNED = [
  '/api/v1/health', '/api/v1/structure', '/api/v1/organisation', '/api/v1/functions',
  '/api/v1/districts', '/api/v1/districts.geojson', '/api/v1/districts/{id}', '/api/v1/districts/{id}.geojson',
  '/api/v1/districts/{id}/units', '/api/v1/districts/{id}/offices', '/api/v1/districts/{id}/municipalities',
  '/api/v1/districts/{id}/station-districts', '/api/v1/districts/{id}/changes',
  '/api/v1/special-agencies', '/api/v1/special-agencies/{id}',
  '/api/v1/operating-units', '/api/v1/operating-units.geojson', '/api/v1/operating-units/{id}', '/api/v1/operating-units/{id}.geojson',
  '/api/v1/station-districts', '/api/v1/station-districts.geojson', '/api/v1/station-districts/{id}', '/api/v1/station-districts/{id}.geojson',
  '/api/v1/offices', '/api/v1/offices.geojson', '/api/v1/offices/{id}', '/api/v1/offices/{id}.geojson',
  '/api/v1/municipalities', '/api/v1/municipalities.geojson', '/api/v1/municipalities/{number}', '/api/v1/municipalities/{number}.geojson',
  '/api/v1/history/{id}', '/api/v1/changes', '/api/v1/diff', '/api/v1/locate', '/api/v1/search',
];

/** The accessibility, planner and optimiser routes (docs/api.md, issues 5 and 6). */
const PLANNING = [
  '/api/v1/road-networks', '/api/v1/access', '/api/v1/access/compare', '/api/v1/access/reform', '/api/v1/access/municipalities.geojson', '/api/v1/access/distribution',
  '/api/v1/criteria', '/api/v1/criteria/rule-set', '/api/v1/criteria/evaluate', '/api/v1/closing-costs',
  '/api/v1/scenarios', '/api/v1/scenarios/{id}', '/api/v1/scenarios/{id}/changes', '/api/v1/scenarios/{id}/changes/{position}',
  '/api/v1/scenarios/{id}/changes/{position}/move', '/api/v1/scenarios/{id}/status', '/api/v1/scenarios/{id}/evaluate',
  '/api/v1/scenarios/{id}/compare', '/api/v1/scenarios/{id}/publish', '/api/v1/scenarios/{id}/history',
  '/api/v1/municipalities/{number}/consultations', '/api/v1/planner/preview',
  '/api/v1/optimize', '/api/v1/optimize/{jobId}', '/api/v1/optimize/{jobId}/events', '/api/v1/optimize/{jobId}/scenario',
];
/** Signing in and out, and the audit log (src/api/auth). */
const SESSION = ['/api/v1/session', '/api/v1/audit'];

test('the OpenAPI document is valid JSON listing every route, with every $ref resolving to a named component', async () => {
  const res = await t.get('/api/v1/openapi.json');
  assert.equal(res.statusCode, 200);
  const doc = JSON.parse(res.body);
  assert.equal(doc.openapi, '3.1.0');
  assert.deepEqual(Object.keys(doc.paths).sort(), [...PLANNED, ...PLANNING, ...SESSION].sort());
  const schemas = doc.components.schemas as Record<string, unknown>;
  for (const name of ['Problem', 'Office', 'Municipality', 'Located', 'SearchHit', 'GeoJsonFeatureCollection', 'ChangeRef']) assert.ok(schemas[name], name);
  assert.ok(!Object.keys(schemas).some((k) => k.startsWith('def-')), 'shared schemas keep their own names');
  const refs = res.body.match(/"\$ref":"[^"]+"/g) ?? [];
  assert.ok(refs.length > 50);
  for (const r of new Set(refs)) {
    const target = r.slice(8, -1);
    assert.match(target, /^#\/components\/schemas\//, r);
    assert.ok(schemas[target.split('/').at(-1)!], `${r} resolves`);
  }
  for (const [path, item] of Object.entries<{ get: { parameters?: { name: string }[]; responses: Record<string, unknown> } }>(doc.paths)) {
    if (path === '/api/v1/health' || PLANNING.includes(path) || SESSION.includes(path)) continue;
    assert.ok(item.get.parameters?.some((p) => p.name === 'at'), `${path} takes at`);
    assert.ok(item.get.responses['400'] && item.get.responses['404'], `${path} documents its problems`);
  }
  assert.ok(doc.paths['/api/v1/districts.geojson'].get.responses['200'].content['application/geo+json'], 'GeoJSON media type');
  const docs = await t.get('/api/docs/');
  assert.equal(docs.statusCode, 200);
  assert.match(docs.body, /swagger/i);
});

test('the planning routes are documented: tags, named request and response schemas, their problems', async () => {
  const doc = (await t.get('/api/v1/openapi.json')).json();
  const schemas = doc.components.schemas as Record<string, { properties?: Record<string, unknown> }>;
  for (const name of [
    'AccessibilityReport', 'ComparisonReport', 'ReformReport', 'AccessDistribution', 'AccessMunicipalityProperties', 'CriteriaReport', 'RuleSet',
    'ClosingCostsReport', 'Proposal', 'ChangeOp', 'Scenario', 'ScenarioSummary', 'ScenarioView', 'ScenarioIssue', 'ScenarioEvaluation',
    'ScenarioComparison', 'PublishResult', 'AuditEntry', 'MunicipalityConsultations', 'PlannerPreview', 'PreviewRequest', 'AddChangeBody',
    'OptimizeJob', 'OptimizeJobRequest', 'RegisterOptimizeReport', 'SavedOptimizeScenario',
  ]) {
    assert.ok(schemas[name], name);
  }
  assert.deepEqual(schemas.ScenarioEvaluation!.properties!.accessibility, { $ref: '#/components/schemas/AccessibilityReport' }, 'named once, referred to');
  for (const path of PLANNING) {
    for (const [method, op] of Object.entries<{ tags: string[]; summary: string; requestBody?: { content: Record<string, { schema: { $ref?: string } }> }; responses: Record<string, unknown> }>(doc.paths[path])) {
      const where = `${method.toUpperCase()} ${path}`;
      assert.ok(op.tags.some((tag) => ['accessibility', 'planner', 'optimize'].includes(tag)), `${where} tags`);
      assert.ok(op.summary, `${where} summary`);
      assert.ok(['200', '201', '202'].some((status) => op.responses[status]), `${where} success`);
      assert.ok(Object.keys(op.responses).some((status) => status.startsWith('4')), `${where} problems`);
      if (op.requestBody) assert.match(String(op.requestBody.content['application/json']!.schema.$ref), /^#\/components\/schemas\/\w+$/, `${where} body is named`);
    }
  }
});

test('every documented GET answers (no route in the document is missing from the app)', async () => {
  const samples: Record<string, string> = { '{id}': 'oslo', '{number}': '0301' };
  const specific: Record<string, string> = {
    '/api/v1/special-agencies/{id}': '/api/v1/special-agencies/kripos',
    '/api/v1/operating-units/{id}': '/api/v1/operating-units/oslo-sentrum',
    '/api/v1/operating-units/{id}.geojson': '/api/v1/operating-units/oslo-sentrum.geojson',
    '/api/v1/station-districts/{id}': '/api/v1/station-districts/sentrum-politistasjonsdistrikt',
    '/api/v1/station-districts/{id}.geojson': '/api/v1/station-districts/sentrum-politistasjonsdistrikt.geojson',
    '/api/v1/offices/{id}': '/api/v1/offices/sentrum-politistasjon',
    '/api/v1/offices/{id}.geojson': '/api/v1/offices/sentrum-politistasjon.geojson',
    '/api/v1/diff': '/api/v1/diff?from=2015-12-31&to=2016-01-01',
    '/api/v1/locate': '/api/v1/locate?lat=59.91&lon=10.75',
    '/api/v1/search': '/api/v1/search?q=oslo',
  };
  for (const path of PLANNED) {
    const url = specific[path] ?? path.replace(/\{(id|number)\}/g, (m) => samples[m]!);
    const res = await t.get(url);
    assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 200)}`);
  }
});

test('a client over the limit gets a 429 problem with Retry-After; the limit is per address', async () => {
  const limited = await startTestApp({ rateLimitPerMinute: 3 });
  try {
    for (let i = 0; i < 3; i++) assert.equal((await limited.get('/structure')).statusCode, 200);
    const over = await limited.get('/structure');
    assert.equal(over.statusCode, 429);
    assert.match(String(over.headers['content-type']), /^application\/problem\+json/);
    assert.equal(over.json().code, 'rate-limit.exceeded');
    assert.match(over.json().detail, /mer enn 3 forespørsler/);
    assert.ok(Number(over.headers['retry-after']) > 0);
    const other = await limited.app.inject({ method: 'GET', url: '/api/v1/structure', remoteAddress: '10.0.0.2' });
    assert.equal(other.statusCode, 200, 'another address has its own budget');
  } finally {
    await limited.close();
  }
});

test('with a built web app: files at /, index.html for the app’s own paths, never for /api', async () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'naerpoliti-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>naerpoliti</title>');
  writeFileSync(join(webRoot, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
  const web = await startTestApp({ webRoot });
  try {
    const html = { accept: 'text/html,application/xhtml+xml' };
    const root = await web.app.inject({ url: '/', headers: html });
    assert.equal(root.statusCode, 200);
    assert.match(root.body, /<title>naerpoliti/);
    const deep = await web.app.inject({ url: '/kommuner/0301?at=2018-07-01', headers: html });
    assert.equal(deep.statusCode, 200, 'the app handles its own routes');
    assert.match(deep.body, /<title>naerpoliti/);
    assert.equal(deep.headers['cache-control'], 'no-cache');
    const asset = await web.app.inject({ url: '/assets/app-1a2b3c.js' });
    assert.equal(asset.statusCode, 200);
    assert.match(String(asset.headers['cache-control']), /immutable/);
    const api = await web.app.inject({ url: '/api/v1/nowhere', headers: html });
    assert.equal(api.statusCode, 404);
    assert.match(String(api.headers['content-type']), /^application\/problem\+json/);
    const missingAsset = await web.app.inject({ url: '/assets/gone.js' });
    assert.equal(missingAsset.statusCode, 404, 'a missing file without Accept: text/html is not the app');
    assert.equal((await web.get('/districts')).statusCode, 200, 'the API still answers');
  } finally {
    await web.close();
    rmSync(webRoot, { recursive: true, force: true });
  }
});

test('request logging: one line per request with method, URL, status and time', async () => {
  const lines: string[] = [];
  const logged = await startTestApp({ logger: { stream: { write: (line: string) => void lines.push(line) } } });
  try {
    await logged.get('/districts?at=2018-07-01');
    await logged.get('/districts/atlantis');
    await logged.get('/districts', { accept: 'application/geo+json' });
    const requests = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request');
    assert.deepEqual(
      requests.map((l) => [l.method, l.url, l.status]),
      [
        ['GET', '/api/v1/districts?at=2018-07-01', 200],
        ['GET', '/api/v1/districts/atlantis', 404],
        ['GET', '/api/v1/districts', 200],
      ],
    );
    assert.ok(requests.every((l) => typeof l.ms === 'number'));
    assert.equal(lines.filter((l) => /incoming request|request completed/.test(l)).length, 0, "not fastify's two lines");
  } finally {
    await logged.close();
  }
});

test('LOG_LEVEL=warn keeps request lines out of the log (a load test must not fill the disk); errors stay', async () => {
  const lines: string[] = [];
  const quiet = await startTestApp({ logLevel: 'warn', logger: { stream: { write: (line: string) => void lines.push(line) } } });
  try {
    await quiet.get('/districts?at=2018-07-01');
    await quiet.get('/districts/atlantis');
    assert.equal(lines.filter((l) => (JSON.parse(l) as { msg?: string }).msg === 'request').length, 0, lines.join('\n'));
    quiet.app.log.warn('a warning');
    assert.equal(lines.filter((l) => (JSON.parse(l) as { msg?: string }).msg === 'a warning').length, 1);
  } finally {
    await quiet.close();
  }
});

test('close() lets a request in flight finish before the server stops', async () => {
  const s = await startTestApp();
  try {
    const address = await s.app.listen({ port: 0, host: '127.0.0.1' });
    // Close only once the server has the request (its handler has begun), however loaded the machine is.
    const received = new Promise<void>((resolve) => s.app.server.once('request', () => resolve()));
    const inFlight = fetch(`${address}/api/v1/districts.geojson?resolution=full&at=2019-01-01`);
    await received;
    const closing = s.app.close();
    const res = await inFlight;
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { type: string }).type, 'FeatureCollection');
    await closing;
    await assert.rejects(fetch(`${address}/api/v1/health`), 'no longer listening');
  } finally {
    await s.close();
  }
});
