import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Feature, Polygon } from 'geojson';
import { adjacentColourIndexes, groupColourIndexes } from '../../web/src/map/adjacent-colours.js';

/** A unit square with its lower-left corner at (x, y), counter-clockwise. */
function square(x: number, y: number): Feature<Polygon> {
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] },
  };
}

test('neighbours sharing an edge get different colours; with enough colours every area gets its own', () => {
  // A 3×3 grid: every square has 2–4 edge neighbours.
  const grid = [0, 1, 2].flatMap((y) => [0, 1, 2].map((x) => square(x, y)));
  const colours = adjacentColourIndexes(grid, 12);
  assert.equal(new Set(colours).size, 9, 'nine areas, twelve colours: all different');
  const few = adjacentColourIndexes(grid, 3);
  const at = (x: number, y: number) => few[y * 3 + x] as number;
  for (let y = 0; y < 3; y++) {
    for (let x = 0; x < 3; x++) {
      if (x < 2) assert.notEqual(at(x, y), at(x + 1, y), `(${x},${y}) and its east neighbour`);
      if (y < 2) assert.notEqual(at(x, y), at(x, y + 1), `(${x},${y}) and its north neighbour`);
    }
  }
  assert.ok(few.every((c) => c >= 0 && c < 3));
});

test('areas touching at one corner only are not neighbours', () => {
  const colours = adjacentColourIndexes([square(0, 0), square(1, 1)], 1);
  assert.deepEqual(colours, [0, 0]);
});

test('groups are coloured as wholes: squares of one group share a colour, touching groups differ', () => {
  // Groups: A = two squares side by side, B = the square east of them, C = a square far away.
  const features = [square(0, 0), square(1, 0), square(2, 0), square(10, 10)];
  const colours = groupColourIndexes(features, [0, 0, 1, 2], 2);
  assert.equal(colours.length, 3);
  assert.notEqual(colours[0], colours[1], 'A and B touch');
});
