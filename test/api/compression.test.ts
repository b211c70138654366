import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { acceptedEncoding } from '../../src/api/compression.js';
import { startTestApp, type TestApp } from '../helpers/api.js';

/*
 * Issue 12, defect 6: municipalities.geojson?resolution=full was 1.9 MB even with
 * Accept-Encoding: gzip. Now compressed (stored bytes after the first request), with ETag/304 kept.
 */

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const URL = '/municipalities.geojson?resolution=full&at=2018-07-01';

test('full-resolution municipalities: br and gzip are small and decode to the same JSON, first and later requests', async () => {
  const plain = await t.get(URL);
  assert.equal(plain.statusCode, 200);
  assert.equal(plain.headers['content-encoding'], undefined);
  const json = plain.json();
  assert.ok(plain.rawPayload.length > 1_000_000, `the plain answer is ${plain.rawPayload.length} bytes`);
  // Three rounds: the first is compressed on the fly, the later ones from the stored bytes.
  for (let round = 0; round < 3; round++) {
    const br = await t.get(URL, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br', `round ${round}`);
    assert.match(String(br.headers['vary']), /Accept-Encoding/i);
    assert.ok(br.rawPayload.length < plain.rawPayload.length / 3, `br: ${br.rawPayload.length} bytes`);
    assert.deepEqual(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8')), json);
    assert.equal(br.headers['etag'], plain.headers['etag']);

    const gz = await t.get(URL, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.ok(gz.rawPayload.length < plain.rawPayload.length / 2.5, `gzip: ${gz.rawPayload.length} bytes`);
    assert.deepEqual(JSON.parse(gunzipSync(gz.rawPayload).toString('utf8')), json);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // time for the stored bytes to be made
  }
});

test('If-None-Match still gives 304, compressed or not', async () => {
  const first = await t.get(URL, { 'accept-encoding': 'br' });
  const etag = String(first.headers['etag']);
  for (const encoding of ['br', 'gzip', 'identity']) {
    const again = await t.get(URL, { 'accept-encoding': encoding, 'if-none-match': etag });
    assert.equal(again.statusCode, 304, encoding);
    assert.equal(again.rawPayload.length, 0);
  }
  const json = await t.get('/districts?at=2018-07-01', { 'accept-encoding': 'br' });
  assert.equal(json.headers['content-encoding'], 'br', 'dynamic JSON is compressed too');
  const revalidated = await t.get('/districts?at=2018-07-01', { 'accept-encoding': 'br', 'if-none-match': String(json.headers['etag']) });
  assert.equal(revalidated.statusCode, 304);
});

test('Accept-Encoding: brotli first, q=0 refuses, * stands for the rest', () => {
  assert.equal(acceptedEncoding(undefined), null);
  assert.equal(acceptedEncoding('gzip, br'), 'br');
  assert.equal(acceptedEncoding('br;q=0, gzip'), 'gzip');
  assert.equal(acceptedEncoding('identity'), null);
  assert.equal(acceptedEncoding('*'), 'br');
  assert.equal(acceptedEncoding('*;q=0, gzip;q=0.5'), 'gzip');
});
