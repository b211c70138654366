// Reads the shared reference files (../shared/data, see its SOURCES.md) into the analysis inputs.
// Test and bench code only: the app feeds the same inputs from the register.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MunicipalityDemandInput, PostcodePoint } from '../../../src/analysis/demand-model.js';
import { parsePostcodePoints } from '../../../src/analysis/postcodes-file.js';
import type { ServiceSites } from '../../../src/analysis/sites.js';
import { readCsvObjects } from '../../helpers/csv.js';

/** The shared data folder: $NAERPOLITI_REFERENCE_DATA, or `shared/data` beside a parent of the repository. */
export function referenceDataDir(): string | null {
  const env = process.env.NAERPOLITI_REFERENCE_DATA;
  if (env) return existsSync(env) ? env : null;
  let dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  for (let up = 0; up < 4; up++) {
    const candidate = join(dir, 'shared', 'data');
    if (existsSync(join(candidate, 'municipalities.csv'))) return candidate;
    dir = dirname(dir);
  }
  return null;
}

type Row = Record<string, string>;
const readCsv = (path: string): Row[] => readCsvObjects(path);

export interface ReferenceData {
  readonly municipalities: MunicipalityDemandInput[];
  readonly postcodes: PostcodePoint[];
  /** Municipality number → name and police district (2024 membership). */
  readonly areas: {
    municipalities: Map<string, { name: string; districtId: string }>;
    districts: Map<string, { name: string }>;
  };
  /** Offices kept or new in the 2017 decisions that have coordinates. */
  readonly offices2017: ServiceSites;
  /** Kept/new offices left out for lack of coordinates. */
  readonly officesWithoutPosition: string[];
}

export function loadReferenceData(dir: string): ReferenceData {
  const municipalityRows = readCsv(join(dir, 'municipalities.csv'));
  const municipalities = municipalityRows.map((r) => ({ number: r.municipality_number, population: Number(r.population), lat: Number(r.lat), lon: Number(r.lon) }));

  const postcodeFile = join(dir, 'postal-codes.csv');
  const parsed = parsePostcodePoints(readFileSync(postcodeFile, 'utf8'), 'postal-codes.csv');
  if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('\n'));

  const names = new Map(municipalityRows.map((r) => [r.municipality_number, r.name]));
  const membership = readCsv(join(dir, 'police', 'district_municipalities.csv'));
  const areas = {
    municipalities: new Map(membership.map((r) => [r.municipality_number, { name: names.get(r.municipality_number) ?? r.municipality_name, districtId: r.district_id }])),
    districts: new Map(readCsv(join(dir, 'police', 'districts.csv')).map((r) => [r.id, { name: r.name }])),
  };

  const kept = readCsv(join(dir, 'police', 'service_locations.csv')).filter((r) => r.decision_2017 === 'kept' || r.decision_2017 === 'new');
  const located = kept.filter((r) => r.lat !== '' && r.lon !== '');
  const offices2017: ServiceSites = {
    ids: located.map((r) => r.id),
    names: located.map((r) => r.name),
    districtIds: located.map((r) => r.district_id),
    lat: Float64Array.from(located, (r) => Number(r.lat)),
    lon: Float64Array.from(located, (r) => Number(r.lon)),
  };
  return {
    municipalities,
    postcodes: parsed.value,
    areas,
    offices2017,
    officesWithoutPosition: kept.filter((r) => r.lat === '' || r.lon === '').map((r) => r.id),
  };
}
