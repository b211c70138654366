/**
 * Where people live, as flat arrays: point i has `population[i]` persons at (`lat[i]`, `lon[i]`) in
 * municipality `municipalityNumbers[municipalityIndex[i]]`. Every analysis loop runs over these arrays.
 */
export interface DemandPoints {
  readonly ids: readonly string[];
  readonly municipalityIndex: Int32Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly population: Float64Array;
  /** Distinct municipality numbers, ascending; `municipalityIndex` points into this. */
  readonly municipalityNumbers: readonly string[];
  /** How the points were made and what that leaves out, to be shown next to every figure. */
  readonly method: DemandMethod;
  readonly summary: DemandSummary;
}

export interface DemandMethod {
  readonly id: 'postcode-equal-shares' | 'population-points';
  /** Norwegian (bokmål) description of method and limits. */
  readonly nb: string;
  readonly en: string;
}

interface DemandSummary {
  readonly points: number;
  readonly municipalities: number;
  readonly population: number;
  /** Municipalities represented by their single representative point (no usable postcode point). */
  readonly fallbackMunicipalities: readonly string[];
  /** Postcodes not used, by reason (postcode demand only; zeros otherwise). */
  readonly ignoredPostcodes: {
    readonly notStreetAddress: number;
    readonly noCoordinates: number;
    readonly unknownMunicipality: number;
  };
}

/** The demand part of a report: the method text and the number of points. */
export function demandModelInfo(demand: DemandPoints): { method: DemandMethod; points: number } {
  return { method: demand.method, points: demand.ids.length };
}

/** Formats an integer the Norwegian way (thin spaces), for method texts. */
export function formatCountNb(n: number): string {
  return new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }).format(n);
}
