import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * RFC 7946 §3.1.6 winding: exterior rings counter-clockwise, holes clockwise, seen on a map with
 * east to the right and north up. Orientation is read from the shoelace sum over [lon, lat] taken as
 * plane coordinates, which is exact for orientation as long as a ring neither crosses the
 * antimeridian nor encloses a pole (never the case for Norwegian municipalities).
 *
 * Beware: d3-geo uses the opposite convention (clockwise exteriors on the sphere). Feeding it this
 * output makes it see the complement of every polygon; reverse the rings first if d3-geo must be used.
 */

/** Twice the signed planar area of a ring: positive when counter-clockwise, 0 when degenerate. */
export function ringSignedArea2(ring: readonly Position[]): number {
  let sum = 0;
  // Relative to the first vertex, so degree-sized coordinates do not swamp small rings in rounding.
  const x0 = ring[0]![0]!;
  const y0 = ring[0]![1]!;
  for (let i = 1; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    sum += (a[0]! - x0) * (b[1]! - y0) - (b[0]! - x0) * (a[1]! - y0);
  }
  return sum;
}

function wound(ring: Position[], counterClockwise: boolean): Position[] {
  const area = ringSignedArea2(ring);
  return area !== 0 && area > 0 !== counterClockwise ? ring.slice().reverse() : ring.slice();
}

function rewindRings(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => wound(ring, i === 0));
}

/** A copy of `geometry` wound as RFC 7946 requires (the input is not modified). Degenerate rings are left as they are. */
export function rewindRfc7946<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: rewindRings(geometry.coordinates) };
  return { ...geometry, coordinates: geometry.coordinates.map(rewindRings) };
}

/** Whether every non-degenerate ring of `geometry` already has RFC 7946 winding. */
export function isRfc7946Wound(geometry: Polygon | MultiPolygon): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.every((rings) =>
    rings.every((ring, i) => {
      const area = ringSignedArea2(ring);
      return area === 0 || area > 0 === (i === 0);
    }),
  );
}
