import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { isRfc7946Wound, rewindRfc7946, ringSignedArea2 } from '../../src/geo/rewind-rfc7946.js';

// A 4×4 square (counter-clockwise) with a 2×2 hole (clockwise), in lon/lat near Oslo.
const ccwOuter: Position[] = [[10, 59], [14, 59], [14, 63], [10, 63], [10, 59]];
const cwHole: Position[] = [[11, 60], [11, 62], [13, 62], [13, 60], [11, 60]];
const reversed = (r: Position[]) => r.slice().reverse();

test('signed area is positive counter-clockwise, negative clockwise, zero when degenerate', () => {
  assert.equal(ringSignedArea2(ccwOuter), 32);
  assert.equal(ringSignedArea2(cwHole), -8);
  assert.equal(ringSignedArea2([[10, 60], [11, 60], [12, 60], [10, 60]]), 0);
});

test('a clockwise exterior and a counter-clockwise hole are both reversed', () => {
  const input: Polygon = { type: 'Polygon', coordinates: [reversed(ccwOuter), reversed(cwHole)] };
  const out = rewindRfc7946(input);
  assert.deepEqual(out.coordinates, [ccwOuter, cwHole]);
  assert.ok(isRfc7946Wound(out));
  assert.ok(!isRfc7946Wound(input));
});

test('rings already wound right come out equal, and the input is never modified', () => {
  const input: Polygon = { type: 'Polygon', coordinates: [reversed(ccwOuter)] };
  const before = structuredClone(input);
  const right = rewindRfc7946({ type: 'Polygon', coordinates: [ccwOuter, cwHole] });
  rewindRfc7946(input);
  assert.deepEqual(input, before);
  assert.deepEqual(right.coordinates, [ccwOuter, cwHole]);
});

test('every polygon of a MultiPolygon is wound on its own', () => {
  const second: Position[] = [[20, 65], [20, 66], [21, 66], [21, 65], [20, 65]]; // clockwise
  const out = rewindRfc7946<MultiPolygon>({ type: 'MultiPolygon', coordinates: [[ccwOuter, reversed(cwHole)], [second]] });
  assert.deepEqual(out.coordinates, [[ccwOuter, cwHole], [reversed(second)]]);
  assert.ok(isRfc7946Wound(out));
});

test('orientation of tiny rings far from the origin is still read right', () => {
  // 1 m × 1 m at 70° N: products of raw degrees would lose it in rounding; the shoelace is taken relative to the first vertex.
  const e = 1e-5;
  const tiny: Position[] = [[25.1, 70.1], [25.1, 70.1 + e], [25.1 + e, 70.1 + e], [25.1 + e, 70.1], [25.1, 70.1]];
  assert.ok(ringSignedArea2(tiny) < 0);
  assert.deepEqual(rewindRfc7946({ type: 'Polygon', coordinates: [tiny] }).coordinates[0], reversed(tiny));
});
