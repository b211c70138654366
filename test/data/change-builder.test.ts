import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChangeBuilder } from '../../scripts/build-data/change-builder.js';
import { urlsOf } from '../../scripts/build-data/curation.js';
import { seedRegister } from '../helpers/seed.js';

const SSB = 'https://www.ssb.no/ (folketall 2024-01-01, CC BY 4.0)';

test('a source with words in it stays one source; only exact repeats are dropped', () => {
  const b = new ChangeBuilder();
  b.confirm('office', 'alta-lensmannskontor', '2017-01-13', 'kept', {
    sources: ['https://a.example/x', SSB, ' https://a.example/x ', SSB, ''],
  });
  const [change] = b.recorded('2026-01-01T00:00:00.000Z');
  assert.deepEqual(change!.sources, ['https://a.example/x', SSB]);
});

test('cells with several URLs are split by their reader, not by the builder', () => {
  assert.deepEqual(urlsOf('https://a.example/1 https://a.example/2;https://a.example/3'), ['https://a.example/1', 'https://a.example/2', 'https://a.example/3']);
});

test('every municipality in the seed credits Kartverket and SSB in whole sentences (Jevnaker)', () => {
  const r = seedRegister();
  const jevnaker = r.history('3236')!.intervals[0]!.change;
  assert.equal(jevnaker.op.type, 'establish');
  assert.ok(jevnaker.sources.includes(SSB), jevnaker.sources.join(' | '));
  assert.ok(jevnaker.sources.includes('https://www.kartverket.no/ (kommunegrenser 2024, CC BY 4.0)'));
  for (const c of r.changes) {
    for (const s of c.sources) assert.ok(!/^[(\w,.]+\)?$/.test(s) || /^https?:/.test(s), `${c.id} has a source fragment "${s}"`);
  }
});
