import { err, ok, type Result } from '../shared/result.js';
import { validLatLon } from './demand-model.js';
import { formatCountNb, type DemandPoints } from './demand-points.js';
import { IssueList, type InputIssue } from '../shared/csv/file-issues.js';

/**
 * A finer population layer than postcodes (e.g. SSB's 250 m grid, or address counts): points that
 * carry their own population. `municipalityNumber` is needed to place a point in a police district;
 * a file without it must be run through point-in-polygon (geo layer) before `demandFromPoints`.
 */
export interface PopulationPoint {
  readonly id: string;
  readonly municipalityNumber: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
}

export interface DemandFromPointsOptions {
  /** Names the origin in issues and in the method text (a file name). */
  readonly source?: string;
  /** When given, every point's municipality must be one of these. */
  readonly knownMunicipalities?: Iterable<string>;
}

const MUNICIPALITY_NUMBER = /^\d{4}$/;

/**
 * Demand from points that carry their own population, validated: ids unique and non-empty, WGS84
 * positions, population finite and ≥ 0, a four-digit (and, if a list is given, known) municipality.
 * Order is kept; the total is the sum of the points.
 */
export function demandFromPoints(
  points: readonly PopulationPoint[],
  options: DemandFromPointsOptions = {},
): Result<DemandPoints, InputIssue[]> {
  const source = options.source ?? 'befolkningspunkter';
  const issues = new IssueList(source);
  const known = options.knownMunicipalities ? new Set(options.knownMunicipalities) : null;
  const seen = new Set<string>();
  points.forEach((p, k) => {
    const at = `punkt ${k + 1}${p.id ? ` (id «${p.id}»)` : ''}`;
    if (typeof p.id !== 'string' || p.id.trim() === '') issues.add('missing-value', { field: 'id' }, `${at}: id-en mangler`);
    else if (seen.has(p.id)) issues.add('duplicate-id', { field: 'id' }, `${at}: id-en «${p.id}» forekommer mer enn én gang`);
    else seen.add(p.id);
    if (!validLatLon(p.lat, p.lon)) issues.add('out-of-range', { field: 'lat/lon' }, `${at}: (${p.lat}, ${p.lon}) er ikke en WGS84-posisjon`);
    if (!Number.isFinite(p.population) || p.population < 0) {
      issues.add('out-of-range', { field: 'population' }, `${at}: folketallet ${p.population} er ikke et endelig tall ≥ 0`);
    }
    if (typeof p.municipalityNumber !== 'string' || !MUNICIPALITY_NUMBER.test(p.municipalityNumber)) {
      issues.add('invalid-value', { field: 'municipality_number' }, `${at}: kommunenummeret «${p.municipalityNumber}» er ikke fire sifre`);
    } else if (known && !known.has(p.municipalityNumber)) {
      issues.add('unknown-id', { field: 'municipality_number' }, `${at}: kommune ${p.municipalityNumber} finnes ikke i registeret`);
    }
  });
  if (points.length === 0) issues.add('empty', {}, 'det er ingen punkter');
  if (issues.count > 0) return err(issues.result());

  const numbers = [...new Set(points.map((p) => p.municipalityNumber))].sort();
  const indexOf = new Map(numbers.map((n, i) => [n, i]));
  const n = points.length;
  const municipalityIndex = new Int32Array(n);
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  const population = new Float64Array(n);
  let total = 0;
  points.forEach((p, i) => {
    // Every number was put in indexOf above.
    municipalityIndex[i] = indexOf.get(p.municipalityNumber) as number;
    lat[i] = p.lat;
    lon[i] = p.lon;
    population[i] = p.population;
    total += p.population;
  });
  return ok({
    ids: points.map((p) => p.id),
    municipalityIndex,
    lat,
    lon,
    population,
    municipalityNumbers: numbers,
    method: {
      id: 'population-points',
      nb:
        `Befolkningen er hentet fra ${source}: ${formatCountNb(n)} punkter med eget folketall i ${formatCountNb(numbers.length)} kommuner. ` +
        'Hvert punkt står for alle som bor der; presisjonen er punktenes.',
      en:
        `Population taken from ${source}: ${n} points with their own population in ${numbers.length} municipalities. ` +
        'Each point stands for everyone living there; precision is that of the points.',
    },
    summary: {
      points: n,
      municipalities: numbers.length,
      population: total,
      fallbackMunicipalities: [],
      ignoredPostcodes: { notStreetAddress: 0, noCoordinates: 0, unknownMunicipality: 0 },
    },
  });
}
