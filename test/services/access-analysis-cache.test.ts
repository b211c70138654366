import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/shared/dates.js';
import { AccessibilityService } from '../../src/services/access/accessibility-service.js';
import { AccessAnalysis } from '../../src/services/access/access-analysis.js';
import { seedRegister } from '../helpers/seed.js';

// Issue 12: `/access?threshold=1e309&at=2019-01-01` gave 422 first and, once the date's default answer
// was cached, 200 with threshold 45: JSON wrote Infinity as null, the mark of "default", in the cache key.
test('a non-finite threshold never finds the default answer cached for the date', () => {
  const analysis = new AccessAnalysis(new AccessibilityService());
  const register = seedRegister();
  const at = '2019-01-01' as IsoDate;
  const byDefault = JSON.parse(analysis.report(register, at, {}).body) as { thresholdMinutes: number };
  assert.equal(byDefault.thresholdMinutes, 45);
  for (const thresholdMinutes of [Infinity, -Infinity, NaN]) {
    assert.throws(() => analysis.report(register, at, { thresholdMinutes }), /thresholdMinutes/, String(thresholdMinutes));
  }
});
