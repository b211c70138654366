import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { startTestApp, type TestApp } from '../helpers/api.js';

/*
 * Issue 12, defect 5: no security headers on HTML, API or /api/docs, and the planner could be
 * framed. Every kind of answer now carries them (the CSP itself is tried in Chromium, test/e2e/csp.test.ts).
 */

let t: TestApp;
let webRoot: string;
before(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'naerpoliti-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>naerpoliti</title>');
  writeFileSync(join(webRoot, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
  t = await startTestApp({ webRoot });
});
after(async () => {
  await t.close();
  rmSync(webRoot, { recursive: true, force: true });
});

function assertProtected(res: LightMyRequestResponse, what: string): string {
  assert.equal(res.headers['x-content-type-options'], 'nosniff', what);
  assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin', what);
  assert.equal(res.headers['x-frame-options'], 'DENY', what);
  const csp = String(res.headers['content-security-policy'] ?? '');
  assert.match(csp, /frame-ancestors 'none'/, what);
  assert.match(csp, /object-src 'none'/, what);
  assert.doesNotMatch(csp, /upgrade-insecure-requests/, `${what}: plain HTTP on a loopback address must keep working`);
  return csp;
}

test('HTML pages, the planner and the app’s files carry the app’s CSP, no framing and nosniff', async () => {
  for (const url of ['/', '/planlegger', '/kommune/0301?dato=2018-07-01']) {
    const res = await t.app.inject({ url, headers: { accept: 'text/html' } });
    assert.equal(res.statusCode, 200, url);
    const csp = assertProtected(res, url);
    assert.match(csp, /script-src 'self'(;|$)/, `${url}: no inline or remote scripts`);
  }
  assertProtected(await t.app.inject({ url: '/assets/app-1a2b3c.js' }), 'an asset');
});

test('API answers and problems carry them too, and stay readable from other sites', async () => {
  const ok = await t.get('/districts');
  assertProtected(ok, '/districts');
  assert.equal(ok.headers['cross-origin-resource-policy'], 'cross-origin');
  assert.equal(ok.headers['access-control-allow-origin'], '*');
  assertProtected(await t.get('/districts/atlantis'), 'a 404 problem');
  assertProtected(await t.get('/health'), '/health');
});

test('/api/docs has swagger-ui’s own CSP, with no framing either', async () => {
  const res = await t.app.inject({ url: '/api/docs/' });
  assert.equal(res.statusCode, 200);
  const csp = assertProtected(res, '/api/docs');
  assert.match(csp, /script-src 'self' ?;/, 'swagger-ui’s scripts are files of its own');
  assert.match(res.body, /swagger-initializer\.js/);
});
