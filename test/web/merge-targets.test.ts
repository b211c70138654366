import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeTargets, type MergeCandidate } from '../../web/src/features/planner/merge-targets.js';

const office = (id: string, name: string, lat: number, lon: number): MergeCandidate => ({ id, name, position: { lat, lon }, municipalityName: `${name} kommune` });

test('merge targets are offered nearest first, without the office itself, with the distance in words', () => {
  const from = office('a', 'Alfa', 60, 10);
  const far = office('c', 'Cæsar', 62, 10);
  const near = office('b', 'Bravo', 60.1, 10);
  const options = mergeTargets(from, [far, from, near]);
  assert.deepEqual(
    options.map((o) => o.value),
    ['b', 'c'],
  );
  // 0.1° of latitude is about 11 km; 2° about 222 km.
  assert.equal(options[0]!.label, 'Bravo (Bravo kommune, 11 km i luftlinje)');
  assert.match(options[1]!.label, /^Cæsar \(Cæsar kommune, 222 km i luftlinje\)$/);
});
