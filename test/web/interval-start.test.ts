import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intervalStartText } from '../../web/src/features/history/interval-start.js';

test('a history period with an unknown start says so instead of dating it where the register begins', () => {
  assert.equal(intervalStartText({ from: '2015-01-01', fromKnown: false }), 'Ukjent (senest 1. januar 2015, der registeret starter)');
  assert.equal(intervalStartText({ from: '2024-03-07', fromKnown: true }), '7. mars 2024');
});
