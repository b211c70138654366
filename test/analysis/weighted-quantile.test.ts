import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ascendingOrder, groupedWeightedQuantiles, weightedQuantile } from '../../src/analysis/weighted-quantile.js';

describe('weightedQuantile: the smallest value with at least p of the population at or below it', () => {
  it('four equal people at 10, 20, 30, 40: median 20, p90 40 (no interpolation)', () => {
    assert.equal(weightedQuantile([10, 20, 30, 40], [1, 1, 1, 1], 0.5), 20);
    assert.equal(weightedQuantile([10, 20, 30, 40], [1, 1, 1, 1], 0.9), 40);
    assert.equal(weightedQuantile([40, 10, 30, 20], [1, 1, 1, 1], 0.75), 30);
  });

  it('weights move the quantiles: 5 of 8 people at 10 min make the median 10', () => {
    assert.equal(weightedQuantile([10, 20, 30, 40], [5, 1, 1, 1], 0.5), 10);
    assert.equal(weightedQuantile([10, 20, 30, 40], [5, 1, 1, 1], 0.9), 40);
    assert.equal(weightedQuantile([10, 20, 30, 40], [1, 1, 1, 7], 0.5), 40);
  });

  it('meets p exactly at the boundary: 27 of 30 people is 90 %', () => {
    const values = Array.from({ length: 10 }, (_, k) => k + 1);
    const weights = values.map(() => 3);
    assert.equal(weightedQuantile(values, weights, 0.9), 9);
    assert.equal(weightedQuantile(values, weights, 0.5), 5);
  });

  it('ignores points without people and gives NaN for a group without any', () => {
    assert.equal(weightedQuantile([5, 10], [0, 1], 0.5), 10);
    assert.ok(Number.isNaN(weightedQuantile([5, 10], [0, 0], 0.5)));
  });

  it('computes every group in one pass, equal to each group on its own', () => {
    const values = [50, 10, 30, 20, 40, 60];
    const weights = [1, 2, 3, 4, 5, 6];
    const group = Int32Array.from([0, 1, 0, 1, 0, 2]);
    const q = groupedWeightedQuantiles(ascendingOrder(values), values, weights, group, 4, [0.5, 0.9]);
    for (let g = 0; g < 3; g++) {
      const v = values.filter((_, i) => group[i] === g);
      const w = weights.filter((_, i) => group[i] === g);
      assert.equal(q[g * 2], weightedQuantile(v, w, 0.5));
      assert.equal(q[g * 2 + 1], weightedQuantile(v, w, 0.9));
    }
    assert.deepEqual([...q.slice(0, 6)], [40, 50, 20, 20, 60, 60]);
    assert.ok(Number.isNaN(q[6]) && Number.isNaN(q[7]));
  });

  it('refuses p outside (0, 1]', () => {
    assert.throws(() => weightedQuantile([1], [1], 0), RangeError);
    assert.throws(() => weightedQuantile([1], [1], 1.5), RangeError);
  });
});
