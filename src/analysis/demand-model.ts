import { DomainError } from '../domain/errors.js';
import type { Snapshot } from '../domain/snapshot.js';
import { formatCountNb, type DemandPoints } from './demand-points.js';

/** A municipality as the demand model needs it: 2024 number, population and a point inside it. */
export interface MunicipalityDemandInput {
  readonly number: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
}

/** One postcode from the postal register. Categories: G street, B street and boxes, P boxes, S service. */
export interface PostcodePoint {
  readonly postcode: string;
  readonly municipalityNumber: string;
  readonly category: string;
  readonly lat: number | null;
  readonly lon: number | null;
}

/** Postcode categories that stand for places people live (street addresses). */
const RESIDENTIAL_POSTCODE_CATEGORIES: readonly string[] = ['G', 'B'];

/** The municipalities of a snapshot as demand input (a municipality's id is its number). */
export function municipalityDemandInputs(snapshot: Snapshot): MunicipalityDemandInput[] {
  return [...snapshot.municipalities.values()].map((m) => ({
    number: m.id,
    population: m.population,
    lat: m.point.lat,
    lon: m.point.lon,
  }));
}

/**
 * Population spread over street-address postcode points.
 *
 * Method: each municipality's population is divided in equal shares over its postcodes of category G
 * or B that have a coordinate. Equal shares is the honest default: nothing finer than municipality
 * totals is available, and weighting by anything else (e.g. area) would invent precision. Shares are
 * whole persons: with P people and k points each gets ⌊P/k⌋ and the first P mod k points in postcode
 * order get one more, so every municipality's points sum to exactly P and the national total is
 * exactly the sum of municipality populations (integer sums are exact in float64). A municipality
 * without such a postcode is represented by its representative point (an interior point, not a
 * population centre). Postcodes in numbers not among `municipalities` (Svalbard, Jan Mayen) are left
 * out and counted.
 *
 * Points are ordered by municipality number, then postcode; ids are `postcode:NNNN` and
 * `municipality:NNNN` for the fallback points.
 */
export function demandFromPostcodes(
  municipalities: readonly MunicipalityDemandInput[],
  postcodes: readonly PostcodePoint[],
): DemandPoints {
  const byNumber = new Map<string, MunicipalityDemandInput>();
  for (const m of municipalities) {
    if (byNumber.has(m.number)) {
      throw new DomainError('analysis.demand-input', `municipality ${m.number} is given twice`, { number: m.number });
    }
    if (!Number.isSafeInteger(m.population) || m.population < 0) {
      throw new DomainError('analysis.demand-input', `municipality ${m.number}: population ${m.population} is not a whole number ≥ 0`, {
        number: m.number,
      });
    }
    if (!validLatLon(m.lat, m.lon)) {
      throw new DomainError('analysis.demand-input', `municipality ${m.number}: point (${m.lat}, ${m.lon}) is not a WGS84 position`);
    }
    byNumber.set(m.number, m);
  }

  const ignored = { notStreetAddress: 0, noCoordinates: 0, unknownMunicipality: 0 };
  const residential = new Map<string, PostcodePoint[]>();
  for (const p of postcodes) {
    if (!byNumber.has(p.municipalityNumber)) ignored.unknownMunicipality++;
    else if (!RESIDENTIAL_POSTCODE_CATEGORIES.includes(p.category)) ignored.notStreetAddress++;
    else if (p.lat === null || p.lon === null || !validLatLon(p.lat, p.lon)) ignored.noCoordinates++;
    else {
      let list = residential.get(p.municipalityNumber);
      if (!list) residential.set(p.municipalityNumber, (list = []));
      list.push(p);
    }
  }

  const numbers = [...byNumber.keys()].sort();
  let count = 0;
  for (const n of numbers) count += residential.get(n)?.length || 1;

  const ids: string[] = new Array<string>(count);
  const municipalityIndex = new Int32Array(count);
  const lat = new Float64Array(count);
  const lon = new Float64Array(count);
  const population = new Float64Array(count);
  const fallback: string[] = [];
  let total = 0;
  let i = 0;
  numbers.forEach((number, mi) => {
    // byNumber holds every key of `numbers`.
    const m = byNumber.get(number) as MunicipalityDemandInput;
    total += m.population;
    const points = residential.get(number);
    if (!points) {
      fallback.push(number);
      ids[i] = `municipality:${number}`;
      municipalityIndex[i] = mi;
      lat[i] = m.lat;
      lon[i] = m.lon;
      population[i] = m.population;
      i++;
      return;
    }
    points.sort((a, b) => (a.postcode < b.postcode ? -1 : a.postcode > b.postcode ? 1 : 0));
    const k = points.length;
    const share = Math.floor(m.population / k);
    const extra = m.population - share * k;
    points.forEach((p, r) => {
      ids[i] = `postcode:${p.postcode}`;
      municipalityIndex[i] = mi;
      // Filtered above: both are numbers.
      lat[i] = p.lat as number;
      lon[i] = p.lon as number;
      population[i] = share + (r < extra ? 1 : 0);
      i++;
    });
  });

  const postcodePoints = count - fallback.length;
  return {
    ids,
    municipalityIndex,
    lat,
    lon,
    population,
    municipalityNumbers: numbers,
    method: {
      id: 'postcode-equal-shares',
      nb:
        'Befolkningen i hver kommune er fordelt i like store deler (hele personer) på kommunens postnumre for gateadresser ' +
        '(kategori G og B) med koordinat; kommuner uten slike postnumre er representert med ett punkt inne i kommunen. ' +
        'Postnummerpunktene er plasserte punkter, ikke befolkningstyngdepunkter, og like deler ser bort fra at postnumre har ulikt folketall. ' +
        `${formatCountNb(postcodePoints)} postnummerpunkter i ${formatCountNb(numbers.length - fallback.length)} kommuner; ` +
        `${formatCountNb(fallback.length)} kommuner på representativt punkt.`,
      en:
        "Each municipality's population is split into equal shares (whole persons) over its street-address postcodes " +
        '(categories G and B) that have a coordinate; municipalities without such postcodes are represented by one point inside the municipality. ' +
        'Postcode points are placed points, not population centroids, and equal shares ignore that postcodes differ in population. ' +
        `${postcodePoints} postcode points in ${numbers.length - fallback.length} municipalities; ` +
        `${fallback.length} municipalities at their representative point.`,
    },
    summary: {
      points: count,
      municipalities: numbers.length,
      population: total,
      fallbackMunicipalities: fallback,
      ignoredPostcodes: ignored,
    },
  };
}

export function validLatLon(lat: number, lon: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}
