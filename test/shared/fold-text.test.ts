import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldText, foldedTokens, slugOf } from '../../src/shared/fold-text.js';
import { boundedEditDistance } from '../../src/search/edit-distance.js';

test('æ, ø, å and the ways people type them fold to one spelling', () => {
  for (const [a, b] of [
    ['Bærum', 'Baerum'],
    ['Tromsø', 'Tromso'],
    ['Tromsø', 'Tromsoe'],
    ['Ålesund', 'Aalesund'],
    ['Ålesund', 'Alesund'],
    ['SØR-ØST', 'sor-ost'],
    ['Kárášjohka', 'Karasjohka'],
    ['Porsáŋgu', 'Porsangu'],
  ]) {
    assert.equal(foldText(a), foldText(b), `${a} ~ ${b}`);
  }
  assert.notEqual(foldText('Bergen'), foldText('Berge'));
});

test('words are split on anything but letters and digits', () => {
  assert.deepEqual(foldedTokens('Sør-Øst politidistrikt'), ['sor', 'ost', 'politidistrikt']);
  assert.deepEqual(foldedTokens('Harstad - Hárstták'), ['harstad', 'harsttak']);
  assert.deepEqual(foldedTokens('0150 OSLO'), ['0150', 'oslo']);
  assert.deepEqual(foldedTokens(' ,.- '), []);
});

test('slugs keep the digraphs a name is written with', () => {
  assert.equal(slugOf('MO I RANA'), 'mo-i-rana');
  assert.equal(slugOf('GARDERMOEN'), 'gardermoen');
  assert.equal(slugOf('BØ I TELEMARK'), 'bo-i-telemark');
});

test('edit distance counts an adjacent swap as one edit and stops past the bound', () => {
  assert.equal(boundedEditDistance('kristiansand', 'kristainsand', 2), 1);
  assert.equal(boundedEditDistance('bergen', 'bergn', 2), 1);
  assert.equal(boundedEditDistance('bergen', 'bregen', 1), 1);
  assert.equal(boundedEditDistance('oslo', 'oslo', 0), 0);
  assert.equal(boundedEditDistance('kitten', 'sitting', 3), 3);
  assert.equal(boundedEditDistance('kitten', 'sitting', 2), 3, 'over the bound: bound + 1');
  assert.equal(boundedEditDistance('ab', 'abcdef', 2), 3, 'length difference alone exceeds the bound');
  assert.equal(boundedEditDistance('', 'ab', 2), 2);
});
