import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchIndex, maxEditsFor } from '../../src/search/search-index.js';
import type { SearchKind } from '../../src/contract/search-document.js';
import type { IndexableDocument } from '../../src/search/indexable-document.js';

function doc(kind: SearchKind, id: string, name: string, keys: string[] = [name], prominence = 0, municipalityNumber: string | null = null): IndexableDocument {
  return {
    document: { kind, id, name, description: `${kind} ${name}`, resolves: { districtId: null, municipalityNumber, point: null }, href: `/x/${id}` },
    keys,
    prominence,
  };
}

const index = SearchIndex.build([
  doc('municipality', '0301', 'Oslo', ['Oslo', '0301'], 700_000, '0301'),
  doc('district', 'oslo', 'Oslo politidistrikt', ['Oslo politidistrikt', 'oslo']),
  doc('postalPlace', 'oslo-0301', 'Oslo', ['OSLO'], 600, '0301'),
  doc('office', 'sentrum-politistasjon', 'Sentrum politistasjon'),
  doc('municipality', '3201', 'Bærum', ['Bærum', '3201'], 130_000, '3201'),
  doc('municipality', '4204', 'Kristiansand', ['Kristiansand', '4204'], 110_000, '4204'),
  doc('municipality', '1505', 'Kristiansund', ['Kristiansund', '1505'], 24_000, '1505'),
  doc('district', 'sor-ost', 'Sør-Øst politidistrikt', ['Sør-Øst politidistrikt', 'sor-ost']),
  doc('postcode', '0150', '0150 Oslo', ['0150'], 1, '0301'),
  doc('postcode', '0151', '0151 Oslo', ['0151'], 1, '0301'),
  doc('municipality', '5503', 'Harstad - Hárstták', ['Harstad - Hárstták', 'Harstad', 'Hárstták', '5503'], 25_000, '5503'),
  doc('postalPlace', 'harstad-5503', 'Harstad', ['HARSTAD'], 26, '5503'),
]);

const ids = (q: string, limit = 10) => index.search(q, limit).map((h) => `${h.document.kind}:${h.document.id}`);

test('a whole name beats a word of a name, and kinds break ties (municipality before postal place)', () => {
  const hits = index.search('oslo', 10);
  assert.deepEqual(hits.slice(0, 3).map((h) => `${h.document.kind}:${h.document.id}`), ['municipality:0301', 'district:oslo', 'postalPlace:oslo-0301']);
  assert.ok(hits.every((h) => h.match === 'exact'));
});

test('case, æ/ø/å spellings and hyphens do not matter', () => {
  assert.equal(ids('BAERUM')[0], 'municipality:3201');
  assert.equal(ids('sørøst')[0], 'district:sor-ost');
  assert.equal(ids('Sor Ost')[0], 'district:sor-ost');
});

test('prefixes match while typing, ranked below exact matches', () => {
  const hits = index.search('kristians', 10);
  assert.deepEqual(hits.map((h) => h.document.id), ['4204', '1505']);
  assert.ok(hits.every((h) => h.match === 'prefix'));
  assert.ok(hits[0]!.document.id === '4204', 'the larger municipality first among equals');
});

test('small typos are forgiven by word length: none up to 3 letters, 1 edit up to 7, 2 from 8', () => {
  assert.equal(maxEditsFor('osl'), 0);
  assert.equal(maxEditsFor('bergn'), 1);
  assert.equal(maxEditsFor('kristainsand'), 2);
  assert.equal(maxEditsFor('0150'), 0, 'never for numbers');
  const hits = index.search('kristainsand', 10);
  assert.equal(hits[0]!.document.id, '4204', 'one swap from Kristiansand');
  assert.equal(hits[0]!.match, 'fuzzy');
  assert.equal(hits[1]!.document.id, '1505', 'two edits from Kristiansund, ranked after');
  assert.ok(hits[0]!.score > hits[1]!.score);
  assert.deepEqual(ids('osli'), ['municipality:0301', 'district:oslo', 'postalPlace:oslo-0301'], 'one edit in a 4-letter word');
  assert.deepEqual(ids('osx'), [], 'no edits in a 3-letter word');
});

test('every query word must match', () => {
  assert.deepEqual(ids('oslo politidistrikt'), ['district:oslo']);
  assert.deepEqual(ids('oslo nowhere'), []);
});

test('a postcode finds itself and brings its municipality right after it', () => {
  const hits = index.search('0150', 10);
  assert.deepEqual(hits.map((h) => [h.document.id, h.match]), [['0150', 'exact'], ['0301', 'related']]);
  assert.deepEqual(ids('015'), ['postcode:0150', 'postcode:0151'], 'a number prefix lists postcodes (a prefix match brings no municipality)');
});

test('a name given in several languages matches each of them whole', () => {
  const hits = index.search('Harstad', 10);
  assert.deepEqual(hits.map((h) => [h.document.kind, h.match, h.score]), [['municipality', 'exact', 1], ['postalPlace', 'exact', 1]]);
  assert.equal(ids('hárstták')[0], 'municipality:5503');
});

test('scores never rise down the list; limit and empty queries', () => {
  const hits = index.search('o', 50);
  for (let i = 1; i < hits.length; i++) assert.ok(hits[i]!.score <= hits[i - 1]!.score, `${hits[i]!.document.id} after ${hits[i - 1]!.document.id}`);
  assert.equal(index.search('o', 2).length, 2);
  assert.deepEqual(index.search('  -- ', 10), []);
  assert.deepEqual(index.search('oslo', 0), []);
});
