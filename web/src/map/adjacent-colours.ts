import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Gives each area a colour index so that areas sharing a border get different colours (greedy
 * colouring, most-connected first, balancing how often each colour is used). Neighbours are found by shared vertices: the API dissolves
 * every boundary from one quantised topology, so a shared border has identical coordinates on
 * both sides. Returns one index per feature, in input order, below `colours` where possible.
 */
export function adjacentColourIndexes(features: readonly Feature<Polygon | MultiPolygon>[], colours: number): number[] {
  return groupColourIndexes(features, features.map((_, i) => i), colours);
}

/**
 * The same for groups of areas (municipalities grouped by station district): `groupOf[i]` is
 * feature i's group number (0 … groups-1); groups that share a border get different colours.
 * Returns one colour index per group.
 */
export function groupColourIndexes(features: readonly Feature<Polygon | MultiPolygon>[], groupOf: readonly number[], colours: number): number[] {
  const groups = groupOf.reduce((max, g) => Math.max(max, g + 1), 0);
  const owners = new Map<string, number[]>();
  features.forEach((feature, featureIndex) => {
    const index = groupOf[featureIndex] ?? featureIndex;
    const seen = new Set<string>();
    forEachVertex(feature.geometry, (p) => {
      const key = `${p[0]},${p[1]}`;
      if (seen.has(key)) return;
      seen.add(key);
      const list = owners.get(key);
      if (!list) owners.set(key, [index]);
      else if (!list.includes(index)) list.push(index);
    });
  });

  // Two areas touching at a single point are not neighbours; a shared edge has at least two vertices.
  const sharedCount = new Map<string, number>();
  for (const list of owners.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as number;
        const b = list[j] as number;
        const key = a < b ? `${a}|${b}` : `${b}|${a}`;
        sharedCount.set(key, (sharedCount.get(key) ?? 0) + 1);
      }
    }
  }
  const neighbours = Array.from({ length: groups }, () => new Set<number>());
  for (const [key, count] of sharedCount) {
    if (count < 2) continue;
    const [a, b] = key.split('|').map(Number) as [number, number];
    neighbours[a]?.add(b);
    neighbours[b]?.add(a);
  }

  const order = Array.from({ length: groups }, (_, i) => i).sort((a, b) => (neighbours[b]?.size ?? 0) - (neighbours[a]?.size ?? 0) || a - b);
  // Among the colours no neighbour has, take the least used so far: with no more groups than
  // colours every group gets its own (the legend then names each colour once); with more, the
  // colours are spread evenly.
  const colour: number[] = Array.from({ length: groups }, () => -1);
  const used = Array.from({ length: colours }, () => 0);
  for (const index of order) {
    const taken = new Set<number>();
    for (const n of neighbours[index] ?? []) if ((colour[n] ?? -1) >= 0) taken.add(colour[n] as number);
    let pick = -1;
    for (let c = 0; c < colours; c++) {
      if (taken.has(c)) continue;
      if (pick < 0 || (used[c] ?? 0) < (used[pick] ?? 0)) pick = c;
    }
    // More neighbours than colours cannot happen on a map with 12 colours, but stay in range.
    if (pick < 0) pick = index % colours;
    colour[index] = pick;
    used[pick] = (used[pick] ?? 0) + 1;
  }
  return colour;
}

function forEachVertex(geometry: Polygon | MultiPolygon, visit: (p: Position) => void): void {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) for (const ring of polygon) for (const p of ring) visit(p);
}
