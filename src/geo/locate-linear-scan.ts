import { partContainsOrTouches, type PolygonParts } from './polygon-parts.js';

/**
 * The definition of locate, written as plainly as possible: the first part, in part order, that
 * contains the point or has it on its boundary; its municipality index, or -1. The index in
 * locate-index.ts must answer exactly this (test/geo/locate-index.test.ts checks it on the real
 * layer). The per-part bounding-box reject inside partContainsOrTouches cannot change an answer:
 * a point outside a part's closed bbox is neither inside it nor on its boundary.
 */
export function municipalityIndexByLinearScan(parts: PolygonParts, lat: number, lon: number): number {
  const scratch = [0, 0];
  for (let p = 0; p < parts.partCount; p++) {
    if (partContainsOrTouches(parts, p, lon, lat, scratch)) return parts.owner[p]!;
  }
  return -1;
}
