import { test } from 'node:test';
import assert from 'node:assert/strict';
import { negotiatedUrl, prefersGeoJson } from '../../src/api/geojson-negotiation.js';
import { ifNoneMatchHits } from '../../src/api/http-cache.js';
import { validationProblem } from '../../src/api/error-handler.js';
import { ProblemError } from '../../src/contract/problem.js';

test('GeoJSON is chosen only when the client asks for it at least as much as for JSON', () => {
  assert.equal(prefersGeoJson('application/geo+json'), true);
  assert.equal(prefersGeoJson('application/geo+json, application/json;q=0.9'), true);
  assert.equal(prefersGeoJson('application/json, application/geo+json;q=0.5'), false);
  assert.equal(prefersGeoJson('application/geo+json;q=0'), false);
  assert.equal(prefersGeoJson('*/*'), false, 'a browser or curl gets JSON');
  assert.equal(prefersGeoJson(undefined), false);
});

test('negotiation rewrites only geographic resources, keeps the query, and only for GET and HEAD', () => {
  const geo = 'application/geo+json';
  assert.equal(negotiatedUrl('GET', '/api/v1/districts?at=2018-07-01', geo), '/api/v1/districts.geojson?at=2018-07-01');
  assert.equal(negotiatedUrl('GET', '/api/v1/municipalities/0301', geo), '/api/v1/municipalities/0301.geojson');
  assert.equal(negotiatedUrl('HEAD', '/api/v1/offices', geo), '/api/v1/offices.geojson');
  assert.equal(negotiatedUrl('GET', '/api/v1/districts/oslo/offices', geo), '/api/v1/districts/oslo/offices', 'sub-resources are not geographic');
  assert.equal(negotiatedUrl('GET', '/api/v1/districts.geojson', geo), '/api/v1/districts.geojson');
  assert.equal(negotiatedUrl('GET', '/api/v1/structure', geo), '/api/v1/structure');
  assert.equal(negotiatedUrl('POST', '/api/v1/districts', geo), '/api/v1/districts');
  assert.equal(negotiatedUrl('GET', '/api/v1/districts', 'application/json'), '/api/v1/districts');
});

test('If-None-Match: weak comparison, lists and *', () => {
  const etag = '"abc"';
  assert.equal(ifNoneMatchHits('"abc"', etag), true);
  assert.equal(ifNoneMatchHits('W/"abc"', etag), true);
  assert.equal(ifNoneMatchHits('"x", "abc"', etag), true);
  assert.equal(ifNoneMatchHits('*', etag), true);
  assert.equal(ifNoneMatchHits('"abcd"', etag), false);
  assert.equal(ifNoneMatchHits(undefined, etag), false);
  assert.equal(ifNoneMatchHits('"a,b", "c"', '"a,b"'), true, 'a comma inside a tag does not split it');
  assert.equal(ifNoneMatchHits('"a,b"', '"a"'), false);
});

test('schema violations become Norwegian problems naming the parameter and what it must be', () => {
  const p = (error: Parameters<typeof validationProblem>[0], input: Record<string, unknown> = {}) => validationProblem(error, 'querystring', input);
  assert.equal(p({ keyword: 'required', instancePath: '', params: { missingProperty: 'lat' } }).detail, 'Spørreparameteren «lat» mangler.');
  assert.equal(p({ keyword: 'type', instancePath: '/lat', params: { type: 'number' } }, { lat: 'abc' }).detail, 'Spørreparameteren «lat» må være et tall, ikke «abc».');
  assert.equal(p({ keyword: 'maximum', instancePath: '/lat', params: { limit: 90 } }, { lat: '95' }).detail, 'Spørreparameteren «lat» må være høyst 90, ikke «95».');
  assert.equal(
    p({ keyword: 'pattern', instancePath: '/at', params: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' } }, { at: 'i går' }).detail,
    'Spørreparameteren «at» må være en dato på formen ÅÅÅÅ-MM-DD, f.eks. 2018-07-01, ikke «i går».',
  );
  const params = validationProblem({ keyword: 'pattern', instancePath: '/number', params: { pattern: '^\\d{4}$' } }, 'params', { number: '301' });
  assert.equal(params.detail, 'Stiparameteren «number» må være et firesifret kommunenummer, f.eks. 0301, ikke «301».');
  assert.deepEqual(params.extensions, { parameter: 'number' });
});

test('a problem body keeps the RFC 9457 members whatever the extensions say', () => {
  const body = new ProblemError(404, 'resource.not-found', 'Finnes ikke.', { id: 'x', type: 'sneaky', status: 200 }).body('/api/v1/x');
  assert.equal(body.type, 'urn:naerpoliti:problem:resource.not-found');
  assert.equal(body.status, 404);
  assert.equal(body.title, 'Finnes ikke');
  assert.equal(body.id, 'x');
});
