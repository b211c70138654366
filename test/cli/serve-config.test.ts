import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLoopbackHost, resolvePlannerWrites } from '../../src/config.js';

test('serve opens the planner for writes on a loopback address only, unless NAERPOLITI_PLANNER says otherwise', () => {
  for (const host of ['127.0.0.1', '127.0.1.1', 'localhost', '::1', '[::1]']) assert.equal(isLoopbackHost(host), true, host);
  for (const host of ['0.0.0.0', '::', '10.0.0.5', 'naerpoliti.example', '128.0.0.1']) assert.equal(isLoopbackHost(host), false, host);
  assert.equal(resolvePlannerWrites('127.0.0.1', {}), true);
  assert.equal(resolvePlannerWrites('0.0.0.0', {}), false, 'listening on every address closes the planner');
  assert.equal(resolvePlannerWrites('0.0.0.0', { NAERPOLITI_PLANNER: 'open' }), true);
  assert.equal(resolvePlannerWrites('127.0.0.1', { NAERPOLITI_PLANNER: 'closed' }), false);
  assert.equal(resolvePlannerWrites('0.0.0.0', { NAERPOLITI_PLANNER: ' Open ' }), true);
  assert.equal(resolvePlannerWrites('0.0.0.0', { NAERPOLITI_PLANNER: '' }), false);
  assert.throws(() => resolvePlannerWrites('0.0.0.0', { NAERPOLITI_PLANNER: 'yes' }), /NAERPOLITI_PLANNER «yes» må være «open» eller «closed»/);
});
