import assert from 'node:assert/strict';
import { test } from 'node:test';
import { postcodeIn } from '../../web/src/features/locate/picked-place.js';

test('postcodeIn finds a four-digit postcode in an address, alone or not at all', () => {
  assert.equal(postcodeIn('9600'), '9600');
  assert.equal(postcodeIn('Storgata 1, 8006 Bodø'), '8006');
  assert.equal(postcodeIn('0150 Oslo'), '0150');
  assert.equal(postcodeIn('Lillehammer'), null);
  assert.equal(postcodeIn('Storgata 12345'), null, 'five digits are not a postcode');
  assert.equal(postcodeIn('Storgata 12'), null);
});
