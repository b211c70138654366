import assert from 'node:assert/strict';
import { test } from 'node:test';
import { postalPlaceName, servicePeriodText, visitingAddressText } from '../../src/contract/wording/office-text.js';

test('a service period tells an unknown start as unknown, and dates in Norwegian', () => {
  assert.equal(servicePeriodText({ from: '2015-01-01', datePrecision: 'on-or-before', startUnknown: true, to: '2019-01-01', toPrecision: 'day' }), 'fra ukjent dato (senest 1. januar 2015) til 1. januar 2019');
  assert.equal(servicePeriodText({ from: '2019-03-01', datePrecision: 'month', startUnknown: false, to: null, toPrecision: null }), 'fra mars 2019');
  assert.equal(servicePeriodText({ from: '2020-01-01', datePrecision: 'approximate', startUnknown: false, to: null, toPrecision: null }), 'fra omkring 1. januar 2020');
  assert.equal(servicePeriodText({ from: '2020-01-01', datePrecision: 'year', startUnknown: false, to: null, toPrecision: null }), 'fra 2020');
});

test('the visiting address says plainly what is not known', () => {
  assert.deepEqual(visitingAddressText({ street: 'Labyrinten 1', postcode: '9510', postalPlace: 'ALTA', precision: 'address' }, 'Alta'), { text: 'Labyrinten 1, 9510 Alta', note: null });
  const town = visitingAddressText({ street: null, postcode: null, postalPlace: null, precision: 'town' }, 'Nesseby');
  assert.equal(town.text, 'Nesseby kommune');
  assert.match(town.note ?? '', /bare tettstedet er kjent/);
  assert.match(visitingAddressText({ street: null, postcode: '8260', postalPlace: 'INNHAVET', precision: 'town' }, 'Hamarøy').note ?? '', /bare postnummeret/);
  assert.equal(postalPlaceName('MO I RANA'), 'Mo i Rana');
  assert.equal(postalPlaceName('SANDNESSJØEN'), 'Sandnessjøen');
});
