import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseTrustProxy } from '../../src/api/trust-proxy.js';
import { startTestApp } from '../helpers/api.js';

/*
 * Issue 12, defect 2: behind a proxy every client shared one budget, /health and the web app's
 * files counted against it, and a client could keep a core busy within it. Tried over HTTP
 * (inject with the socket's address and X-Forwarded-For), as a proxy and its clients would.
 */

const from = (remoteAddress: string, forwardedFor?: string) => ({ remoteAddress, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });

test('without TRUST_PROXY, X-Forwarded-For is not believed: a client cannot pick a new address to dodge the limit', async () => {
  const t = await startTestApp({ rateLimitPerMinute: 3 });
  try {
    for (let i = 0; i < 3; i++) assert.equal((await t.app.inject({ url: '/api/v1/structure', ...from('10.0.0.9', `192.0.2.${i}`) })).statusCode, 200);
    const over = await t.app.inject({ url: '/api/v1/structure', ...from('10.0.0.9', '192.0.2.99') });
    assert.equal(over.statusCode, 429);
  } finally {
    await t.close();
  }
});

test('behind a trusted proxy each client behind it has its own budget, and the log names the client', async () => {
  const lines: string[] = [];
  const t = await startTestApp({ rateLimitPerMinute: 3, trustProxy: ['10.0.0.0/8'], logger: { stream: { write: (line: string) => void lines.push(line) } } });
  try {
    for (let i = 0; i < 3; i++) assert.equal((await t.app.inject({ url: '/api/v1/structure', ...from('10.1.2.3', '198.51.100.7') })).statusCode, 200);
    assert.equal((await t.app.inject({ url: '/api/v1/structure', ...from('10.1.2.3', '198.51.100.7') })).statusCode, 429);
    assert.equal((await t.app.inject({ url: '/api/v1/structure', ...from('10.1.2.3', '198.51.100.8') })).statusCode, 200, 'another client behind the same proxy');
    // A client that is not the trusted proxy cannot claim another address.
    assert.equal((await t.app.inject({ url: '/api/v1/structure', ...from('203.0.113.5', '198.51.100.9') })).statusCode, 200);
    const clients = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request').map((l) => l.client);
    assert.deepEqual(clients, ['198.51.100.7', '198.51.100.7', '198.51.100.7', '198.51.100.7', '198.51.100.8', '203.0.113.5']);
  } finally {
    await t.close();
  }
});

test('a hop count trusts that many proxies', async () => {
  const t = await startTestApp({ rateLimitPerMinute: 2, trustProxy: 1 });
  try {
    for (let i = 0; i < 2; i++) assert.equal((await t.app.inject({ url: '/api/v1/structure', ...from('10.0.0.1', '198.51.100.1') })).statusCode, 200);
    assert.equal((await t.app.inject({ url: '/api/v1/structure', ...from('10.0.0.1', '198.51.100.1') })).statusCode, 429);
    assert.equal((await t.app.inject({ url: '/api/v1/structure', ...from('10.0.0.1', '198.51.100.2') })).statusCode, 200);
  } finally {
    await t.close();
  }
});

test('/health and the web app’s files stay outside the budget once it is spent', async () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'naerpoliti-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>naerpoliti</title>');
  writeFileSync(join(webRoot, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
  const t = await startTestApp({ rateLimitPerMinute: 2, webRoot });
  try {
    for (let i = 0; i < 3; i++) await t.get('/structure');
    assert.equal((await t.get('/structure')).statusCode, 429, 'the API budget is spent');
    for (let i = 0; i < 5; i++) {
      assert.equal((await t.get('/health')).statusCode, 200);
      assert.equal((await t.app.inject({ url: '/assets/app-1a2b3c.js' })).statusCode, 200);
      assert.equal((await t.app.inject({ url: '/kommuner/0301', headers: { accept: 'text/html' } })).statusCode, 200);
    }
  } finally {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  }
});

test('expensive answers have a smaller budget of their own; cheap ones go on', async () => {
  const t = await startTestApp({ rateLimitPerMinute: 100, expensivePerMinute: 2 });
  try {
    assert.equal((await t.get('/search?q=bergen')).statusCode, 200);
    assert.equal((await t.get('/search?q=oslo&at=2019-03-04')).statusCode, 200);
    const over = await t.get('/search?q=alta&at=2019-03-05');
    assert.equal(over.statusCode, 429);
    assert.match(String(over.headers['content-type']), /^application\/problem\+json/);
    assert.equal(over.json().code, 'rate-limit.expensive');
    assert.match(over.json().detail, /mer enn 2 krevende svar/);
    assert.ok(Number(over.headers['retry-after']) > 0);
    assert.equal((await t.get('/districts.geojson?resolution=full')).statusCode, 429, 'full-resolution GeoJSON counts');
    assert.equal((await t.get('/access?threshold=30')).statusCode, 429, 'an analysis with options of its own counts');
    assert.equal((await t.get('/districts')).statusCode, 200);
    assert.equal((await t.get('/districts.geojson')).statusCode, 200, 'the default resolution is a lookup');
    assert.equal((await t.get('/access')).statusCode, 200, 'the default analysis is a lookup');
    const other = await t.app.inject({ url: '/api/v1/search?q=bergen', remoteAddress: '10.0.0.2' });
    assert.equal(other.statusCode, 200, 'another client has its own cost budget');
  } finally {
    await t.close();
  }
});

test('TRUST_PROXY: off by default; addresses, ranges or a hop count; anything else one Norwegian line', () => {
  assert.deepEqual(parseTrustProxy(undefined), { ok: true, value: false });
  assert.deepEqual(parseTrustProxy(' off '), { ok: true, value: false });
  assert.deepEqual(parseTrustProxy('2'), { ok: true, value: 2 });
  assert.deepEqual(parseTrustProxy('10.0.0.0/8, 192.0.2.1,::1,fd00::/8,loopback'), { ok: true, value: ['10.0.0.0/8', '192.0.2.1', '::1', 'fd00::/8', 'loopback'] });
  for (const bad of ['yes', 'true', '10.0.0.0/33', '300.1.1.1', '11', '10.0.0.1/8/1', '-1']) {
    const parsed = parseTrustProxy(bad);
    assert.equal(parsed.ok, false, bad);
    if (!parsed.ok) {
      assert.match(parsed.error, /^TRUST_PROXY=/);
      assert.doesNotMatch(parsed.error, /\n/);
    }
  }
});
