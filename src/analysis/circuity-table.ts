import { DomainError } from '../domain/errors.js';

/**
 * Road distance over straight-line distance by distance band, as measured on a road network
 * (`road-travel/measure-circuity.ts`, written to `data/roads/circuity.json`), for the estimated model
 * to use instead of one national factor.
 *
 * A band covers straight-line distances [fromKm, toKm) and gives its factor (the band's median ratio).
 * Bands are contiguous from 0; the last may be open (`toKm` null).
 */
export interface CircuityBand {
  readonly fromKm: number;
  /** Upper end, km (exclusive); null for the open last band. */
  readonly toKm: number | null;
  /** Road km ÷ straight km typical of the band (≥ 1). */
  readonly factor: number;
}

export interface CircuityTable {
  /** Where the table comes from, shown in the model's params (e.g. `data/roads/circuity.json, network 2026-08-22`). */
  readonly source: string;
  readonly bands: readonly CircuityBand[];
}

/**
 * Road km for a straight-line distance, from a table: piecewise linear through (0, 0) and each band's
 * representative point (its middle; 1.5 × the start for the open band) at `distance × factor`, and
 * beyond the last point at the last band's factor. Interpolating the road distance rather than
 * stepping the factor keeps it continuous and, as `compileCircuity` checks, increasing with distance —
 * so a farther office never comes out nearer in time just because it fell into the next band.
 */
export interface CompiledCircuity {
  readonly source: string;
  /** Straight km of the knots (ascending, the first 0). */
  readonly knotKm: Float64Array;
  /** Road km at the knots. */
  readonly knotRoadKm: Float64Array;
  /** Factor beyond the last knot. */
  readonly tailFactor: number;
}

export function compileCircuity(table: CircuityTable): CompiledCircuity {
  const fail = (message: string): never => {
    throw new DomainError('analysis.circuity-table', `circuity table (${table.source}): ${message}`);
  };
  if (table.bands.length === 0) fail('has no bands');
  let expectFrom = 0;
  const knotKm = [0];
  const knotRoadKm = [0];
  table.bands.forEach((band, k) => {
    if (band.fromKm !== expectFrom) fail(`band ${k + 1} starts at ${band.fromKm} km, expected ${expectFrom} (bands must be contiguous from 0)`);
    if (!(Number.isFinite(band.factor) && band.factor >= 1 && band.factor <= 10)) fail(`band ${k + 1} has factor ${band.factor} (must be 1…10)`);
    const last = k === table.bands.length - 1;
    if (band.toKm === null && !last) fail(`band ${k + 1} is open but not the last`);
    if (band.toKm !== null && !(band.toKm > band.fromKm)) fail(`band ${k + 1} ends at ${band.toKm} km, not after its start ${band.fromKm}`);
    const mid = band.toKm === null ? Math.max(1.5 * band.fromKm, band.fromKm + 1) : (band.fromKm + band.toKm) / 2;
    const road = mid * band.factor;
    if (!(road > knotRoadKm[knotRoadKm.length - 1])) fail(`band ${k + 1}: road distance ${road.toFixed(2)} km at ${mid} km is not above the previous band's — the factors fall too fast`);
    knotKm.push(mid);
    knotRoadKm.push(road);
    expectFrom = band.toKm ?? Infinity;
  });
  return { source: table.source, knotKm: Float64Array.from(knotKm), knotRoadKm: Float64Array.from(knotRoadKm), tailFactor: table.bands[table.bands.length - 1].factor };
}

/** Road km for `straightKm` ≥ 0 by the compiled table. */
export function circuityRoadKm(c: CompiledCircuity, straightKm: number): number {
  const last = c.knotKm.length - 1;
  if (straightKm >= c.knotKm[last]) return c.knotRoadKm[last] + (straightKm - c.knotKm[last]) * c.tailFactor;
  // Few knots (≤ 10): a linear scan is as fast as a search.
  let k = 1;
  while (c.knotKm[k] <= straightKm) k++;
  const x0 = c.knotKm[k - 1];
  const x1 = c.knotKm[k];
  return c.knotRoadKm[k - 1] + ((straightKm - x0) / (x1 - x0)) * (c.knotRoadKm[k] - c.knotRoadKm[k - 1]);
}
