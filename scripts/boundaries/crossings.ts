import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon } from 'geojson';

/**
 * Counts pairs of boundary edges that properly cross (each strictly separates the other's ends), a
 * measure of how far a layer is from valid polygons: a clean partition has none. `withinOne` are
 * those where both edges belong to the same municipality (self-intersecting rings, overlapping parts).
 */
export function properCrossings(geometries: readonly (Polygon | MultiPolygon)[]): { total: number; withinOne: number } {
  const seg: number[] = [];
  const owner: number[] = [];
  geometries.forEach((g, m) => {
    for (const rings of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
      for (const r of rings) {
        for (let i = 0; i + 1 < r.length; i++) {
          seg.push(r[i]![0]!, r[i]![1]!, r[i + 1]![0]!, r[i + 1]![1]!);
          owner.push(m);
        }
      }
    }
  });
  const n = owner.length;
  const tree = new Flatbush(Math.max(1, n));
  for (let i = 0; i < n; i++) {
    tree.add(Math.min(seg[4 * i]!, seg[4 * i + 2]!), Math.min(seg[4 * i + 1]!, seg[4 * i + 3]!), Math.max(seg[4 * i]!, seg[4 * i + 2]!), Math.max(seg[4 * i + 1]!, seg[4 * i + 3]!));
  }
  if (n === 0) tree.add(0, 0);
  tree.finish();
  const side = (i: number, x: number, y: number) => {
    const ax = seg[4 * i]!, ay = seg[4 * i + 1]!;
    return Math.sign((seg[4 * i + 2]! - ax) * (y - ay) - (seg[4 * i + 3]! - ay) * (x - ax));
  };
  let total = 0;
  let withinOne = 0;
  for (let i = 0; i < n; i++) {
    const [x1, y1, x2, y2] = [seg[4 * i]!, seg[4 * i + 1]!, seg[4 * i + 2]!, seg[4 * i + 3]!];
    for (const j of tree.search(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2))) {
      if (j <= i || j >= n) continue;
      const crosses = side(i, seg[4 * j]!, seg[4 * j + 1]!) * side(i, seg[4 * j + 2]!, seg[4 * j + 3]!) < 0 && side(j, x1, y1) * side(j, x2, y2) < 0;
      if (crosses) {
        total++;
        if (owner[i] === owner[j]) withinOne++;
      }
    }
  }
  return { total, withinOne };
}
