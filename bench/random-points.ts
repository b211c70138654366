/**
 * Seeded random points for the locate benchmarks. REUSED BY THE HTTP BENCHMARK (/locate vs /health
 * with autocannon, bench/http.bench.ts): call `randomLatLonPoints` with the same seed and bbox so
 * the in-process and HTTP figures are measured on the same points.
 */

/** Norway's municipality layer bbox is read from the layer; this is the seed every locate bench uses. */
export const LOCATE_BENCH_SEED = 20240101;

/** mulberry32: tiny, fast, good enough for spreading benchmark points; same sequence on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` points uniform in lon/lat inside `bbox` = [minLon, minLat, maxLon, maxLat], as a flat
 * Float64Array [lat0, lon0, lat1, lon1, …] (no per-point objects), reproducible from `seed`.
 */
export function randomLatLonPoints(count: number, seed: number, bbox: readonly [number, number, number, number]): Float64Array {
  if (!Number.isInteger(count) || count < 0) throw new Error(`randomLatLonPoints: count must be a whole number ≥ 0, got ${count}`);
  const [minLon, minLat, maxLon, maxLat] = bbox;
  if (!(minLon < maxLon && minLat < maxLat)) throw new Error(`randomLatLonPoints: bbox ${bbox.join(',')} is empty`);
  const next = seededRandom(seed);
  const out = new Float64Array(2 * count);
  for (let i = 0; i < count; i++) {
    out[2 * i] = minLat + next() * (maxLat - minLat);
    out[2 * i + 1] = minLon + next() * (maxLon - minLon);
  }
  return out;
}
