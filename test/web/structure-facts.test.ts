import assert from 'node:assert/strict';
import { test } from 'node:test';
import { factValue } from '../../web/src/features/structure/fact-value.js';

test('a zero before the reform where the register has a gap is «ukjent», not 0', () => {
  assert.equal(factValue(0, '2015-12-31', true), 'ukjent');
  assert.equal(factValue(0, '2016-01-01', true), '0');
  assert.equal(factValue(0, '2015-12-31', false), '0', 'a count the register holds stays a count');
  assert.equal(factValue(27, '2015-12-31', true), '27');
});
