import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { ISO_DATE_PATTERN } from '../../src/contract/schema-helpers.js';
import { FINITE_KEYWORD } from '../../src/contract/finite-number.js';
import { startTestApp, type TestApp } from '../helpers/api.js';

/**
 * Issue 12, defect 3: a GET fuzz of the routes found 55 × 500 and 96 × 400 that were not problem+json.
 * This walks the server's own OpenAPI document, so a route added later is fuzzed too: every GET route
 * with its path parameters filled by real values, and every numeric or date query parameter (and the
 * text parameters that carry numbers) given each hostile value in turn. No answer may be a 5xx, and
 * every 4xx must be problem+json a browser can read (CORS).
 */

const HOSTILE = ['1e309', 'Infinity', '-Infinity', 'NaN', '-0', '9'.repeat(400), '1800-01-01', '9999-12-31'];
/** Text parameters that hold numbers ("lat,lon", lists of minutes). */
const NUMBERS_IN_TEXT = new Set(['near', 'thresholds', 'bins']);
const ORIGIN = 'https://avis.example';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  example?: unknown;
  schema?: { type?: string; pattern?: string; examples?: unknown[]; [keyword: string]: unknown };
}

let t: TestApp;
let paths: Record<string, { get?: { parameters?: Parameter[] } }>;
before(async () => {
  t = await startTestApp();
  paths = (await t.get('/api/v1/openapi.json')).json().paths;
  const scenario = await t.send('POST', '/scenarios', { name: 'Fuzz', baseDate: '2024-06-01' });
  assert.equal(scenario.statusCode, 201, scenario.body);
});
after(() => t.close());

const isNumeric = (p: Parameter) => p.schema?.type === 'number' || p.schema?.type === 'integer';
const isDate = (p: Parameter) => p.schema?.pattern === ISO_DATE_PATTERN;

/** A value the path parameter really has: the first item of the route's collection, or a known one. */
async function pathValue(path: string, parameter: Parameter): Promise<string> {
  if (path.startsWith('/api/v1/scenarios/')) return '1';
  if (path.startsWith('/api/v1/optimize/')) return '00000000-0000-4000-8000-000000000000';
  if (path.startsWith('/api/v1/history/')) return 'oslo';
  const collection = /^(\/api\/v1\/[a-z-]+)\//.exec(path)?.[1];
  assert.ok(collection, `no collection for ${path}`);
  const body = (await t.get(collection)).json() as Record<string, unknown>;
  for (const value of Object.values(body)) {
    const first = Array.isArray(value) ? (value[0] as Record<string, unknown> | undefined) : undefined;
    if (first && typeof first[parameter.name === 'number' ? 'number' : 'id'] === 'string') return String(first[parameter.name === 'number' ? 'number' : 'id']);
  }
  assert.fail(`no ${parameter.name} found in ${collection}`);
}

/** A valid value for a required query parameter that is not being fuzzed. */
function requiredValue(p: Parameter): string {
  const example = p.example ?? p.schema?.examples?.[0];
  if (example !== undefined) return String(example);
  if (isDate(p)) return p.name === 'from' ? '2015-12-31' : '2018-07-01';
  if (p.name === 'q') return 'oslo';
  assert.fail(`no example for the required parameter ${p.name}`);
}

function assertBounded(url: string, res: LightMyRequestResponse): void {
  assert.ok(res.statusCode < 500, `${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  if (res.statusCode >= 400) {
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/, `${url}: ${res.headers['content-type']} ${res.body.slice(0, 200)}`);
    assert.equal(res.headers['access-control-allow-origin'], '*', `${url}: CORS`);
    const problem = res.json() as { status: number; code: string; parameter?: string };
    assert.equal(problem.status, res.statusCode, url);
  }
}

test('every GET route survives hostile numbers and dates: no 5xx, every 4xx a problem+json with CORS', async () => {
  let requests = 0;
  let refusedNamingIt = 0;
  for (const [template, item] of Object.entries(paths)) {
    if (!item.get) continue;
    const parameters = item.get.parameters ?? [];
    let path = template;
    for (const p of parameters.filter((p) => p.in === 'path')) path = path.replace(`{${p.name}}`, encodeURIComponent(await pathValue(template, p)));
    const query = parameters.filter((p) => p.in === 'query');
    const required = query.filter((p) => p.required);
    const targets = query.filter((p) => isNumeric(p) || isDate(p) || NUMBERS_IN_TEXT.has(p.name));
    for (const target of targets) {
      for (const value of HOSTILE) {
        const params = new URLSearchParams();
        for (const p of required) if (p !== target) params.set(p.name, requiredValue(p));
        params.set(target.name, value);
        const url = `${path}?${params}`;
        // As an administrator, so the signed-in GETs (the audit) are fuzzed past their sign-in check too.
        const res = await t.app.inject({ method: 'GET', url, headers: { origin: ORIGIN, ...t.as('administrator') } });
        requests++;
        assertBounded(url, res);
        if (res.statusCode === 400 && res.json().parameter === target.name) refusedNamingIt++;
        // Only -0 is a real number here; everything else is out of range or not a number at all.
        if (value !== '-0') assert.equal(res.statusCode, 400, `${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
    }
  }
  assert.ok(requests > 500, `fuzzed ${requests} requests`);
  assert.ok(refusedNamingIt > requests * 0.8, `${refusedNamingIt} of ${requests} refusals named the parameter`);
});

test('every numeric parameter in the OpenAPI document is declared finite (FiniteNumber / FiniteInteger)', () => {
  const undeclared: string[] = [];
  for (const [template, item] of Object.entries(paths)) {
    for (const p of item.get?.parameters ?? []) if (isNumeric(p) && p.schema?.[FINITE_KEYWORD] !== true) undeclared.push(`${template} ${p.name}`);
  }
  assert.deepEqual(undeclared, []);
});

test('the issue’s cases: each a 400 naming the parameter, and the cached date does not turn 1e309 into a 200', async () => {
  for (const [url, parameter] of [
    ['/changes?limit=1e309', 'limit'],
    ['/changes?offset=-Infinity', 'offset'],
    ['/districts/oslo/changes?limit=Infinity', 'limit'],
    ['/locate?lat=59.91&lon=10.75&offices=1e309', 'offices'],
    ['/offices?limit=Infinity', 'limit'],
    ['/search?q=oslo&limit=-Infinity', 'limit'],
    ['/closing-costs?limit=-Infinity', 'limit'],
    ['/access/distribution?max=-Infinity', 'max'],
    [`/changes?limit=${'1'.repeat(400)}`, 'limit'],
  ] as const) {
    const res = await t.get(url, { origin: ORIGIN });
    assert.equal(res.statusCode, 400, `${url}: ${res.body.slice(0, 200)}`);
    assert.equal(res.json().parameter, parameter, url);
    assert.match(res.json().detail, /endelig tall/, url);
  }
  const infinite = '/access?threshold=1e309&at=2019-01-01';
  assert.equal((await t.get(infinite)).statusCode, 400, 'before the date is cached');
  assert.equal((await t.get('/access?at=2019-01-01')).statusCode, 200);
  const again = await t.get(infinite);
  assert.equal(again.statusCode, 400, 'after the date is cached');
  assert.equal(again.json().parameter, 'threshold');
});
