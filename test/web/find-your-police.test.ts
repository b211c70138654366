import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeFromParams, placeQuery, postcodeIn, withPlace } from '../../web/src/features/locate/picked-place.js';

test('postcodeIn finds a four-digit postcode in an address, alone or not at all', () => {
  assert.equal(postcodeIn('9600'), '9600');
  assert.equal(postcodeIn('Storgata 1, 8006 Bodø'), '8006');
  assert.equal(postcodeIn('0150 Oslo'), '0150');
  assert.equal(postcodeIn('Lillehammer'), null);
  assert.equal(postcodeIn('Storgata 12345'), null, 'five digits are not a postcode');
  assert.equal(postcodeIn('Storgata 12'), null);
});

test('placeQuery searches an address without postcode by its town, and a postcode when there is one', () => {
  assert.equal(placeQuery('Storgata 1, Tromsø'), 'Tromsø');
  assert.equal(placeQuery('Storgata 1 Tromsø'), 'Tromsø');
  assert.equal(placeQuery('Storgata 1B, Mo i Rana'), 'Mo i Rana');
  assert.equal(placeQuery('Storgata 1, 9008 Tromsø'), '9008');
  assert.equal(placeQuery('  Lom '), 'Lom');
  assert.equal(placeQuery('Mo i Rana'), 'Mo i Rana');
});

test('the answer round-trips through the URL, keeping the date; a broken place is no place', () => {
  const params = withPlace(new URLSearchParams('dato=2018-07-01'), { lat: 69.649123456, lon: 18.955, label: 'Tromsø', source: 'search', service: 'pass-id' });
  assert.equal(params.get('dato'), '2018-07-01');
  assert.deepEqual(placeFromParams(params), { lat: 69.64912, lon: 18.955, label: 'Tromsø', source: 'search', service: 'pass-id' });
  assert.equal(withPlace(params, null).toString(), 'dato=2018-07-01');
  assert.equal(placeFromParams(new URLSearchParams('sted=91,10')), null);
  assert.equal(placeFromParams(new URLSearchParams('sted=abc')), null);
  assert.equal(placeFromParams(new URLSearchParams('sted=59.9,10.7&kilde=evil'))?.source, 'search');
  assert.equal(placeFromParams(new URLSearchParams(`sted=59.9,10.7&navn=${'x'.repeat(500)}`))?.label.length, 100);
});
