import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Register } from '../../src/domain/register.js';
import { todayInNorway } from '../../src/shared/dates.js';
import { AccessibilityService } from '../../src/services/access/accessibility-service.js';
import { LogBuilder } from '../helpers/changes.js';
import { seedRegister } from '../helpers/seed.js';

test('the default demand is the register’s own: a register with another population gets other demand', () => {
  const service = new AccessibilityService();
  const seed = seedRegister();
  const today = todayInNorway();
  const kautokeino = seed.snapshot(today).municipalities.get('5612');
  assert.ok(kautokeino, 'Kautokeino in the seed today');
  // The same log plus a correction of one municipality's population, as another process might record it.
  const correction = new LogBuilder().amend('municipality', '5612', '2024-01-01', { population: kautokeino.population + 1000 }, { id: 'test-population-5612' }).recorded();
  const lastSeq = Math.max(...seed.changes.map((c) => c.seq));
  const corrected = Register.of([...seed.changes, ...correction.map((c) => ({ ...c, seq: lastSeq + 1 }))]);

  const before = service.demand(seed);
  assert.equal(service.demand(seed), before, 'kept per register');
  const after = service.demand(corrected);
  assert.equal(after.summary.population, before.summary.population + 1000);
});
