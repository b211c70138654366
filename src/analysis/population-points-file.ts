import Type from 'typebox';
import { Compile } from 'typebox/compile';
import { err, ok, type Result } from '../shared/result.js';
import { cell, forEachCsvRecord } from '../shared/csv/read-csv.js';
import { parseDecimal } from '../shared/csv/decimal.js';
import { validLatLon } from './demand-model.js';
import { IssueList, type InputIssue } from '../shared/csv/file-issues.js';

/** A population point as read from a file; the municipality may be absent (to be located later). */
export interface ParsedPopulationPoint {
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  readonly municipalityNumber: string | null;
}

/**
 * Reads population points from CSV (`id,lat,lon,population[,municipality_number]`) or GeoJSON (a
 * FeatureCollection of Point features with `properties.population`, optional
 * `properties.municipality_number`, id in `feature.id` or `properties.id`). GeoJSON is chosen by the
 * file name (.geojson/.json) or a text starting with `{`. Every problem found is returned, each naming
 * file, row or feature, field and why; nothing is returned half.
 */
export function parsePopulationPoints(text: string, fileName: string): Result<ParsedPopulationPoint[], InputIssue[]> {
  const isJson = /\.(geo)?json$/i.test(fileName) || text.trimStart().startsWith('{');
  const issues = new IssueList(fileName);
  const points = isJson ? readGeoJson(text, issues) : readCsv(text, issues);
  if (issues.count === 0 && points.length === 0) issues.add('empty', {}, 'filen har ingen punkter');
  if (issues.count === 0) {
    const seen = new Set<string>();
    points.forEach((p, k) => {
      if (seen.has(p.id)) issues.add('duplicate-id', isJson ? { feature: k + 1, field: 'id' } : { field: 'id' }, `id-en «${p.id}» forekommer mer enn én gang`);
      seen.add(p.id);
    });
  }
  return issues.count > 0 ? err(issues.result()) : ok(points);
}

const MUNICIPALITY_NUMBER = /^\d{4}$/;

function readCsv(text: string, issues: IssueList): ParsedPopulationPoint[] {
  const out: ParsedPopulationPoint[] = [];
  const seen = new Map<string, number>();
  forEachCsvRecord(text, issues, { required: ['id', 'lat', 'lon', 'population'], optional: ['municipality_number'] }, (values, row, header) => {
    const before = issues.count;
    const id = cell(values, header, 'id');
    if (id === '') issues.add('missing-value', { row, field: 'id' }, 'id-en mangler');
    else if (seen.has(id)) issues.add('duplicate-id', { row, field: 'id' }, `id-en «${id}» er allerede brukt i rad ${seen.get(id)}`);
    else seen.set(id, row);
    const num = (field: string, min: number, max: number): number => {
      const parsed = parseDecimal(cell(values, header, field));
      if (!parsed.ok) issues.add(cell(values, header, field) === '' ? 'missing-value' : 'not-a-number', { row, field }, parsed.reason);
      else if (!(parsed.value >= min && parsed.value <= max)) issues.add('out-of-range', { row, field }, `${parsed.value} er utenfor ${min}…${max}`);
      return parsed.ok ? parsed.value : NaN;
    };
    const lat = num('lat', -90, 90);
    const lon = num('lon', -180, 180);
    const population = num('population', 0, Number.MAX_VALUE);
    const mn = cell(values, header, 'municipality_number');
    if (mn !== '' && !MUNICIPALITY_NUMBER.test(mn)) {
      issues.add('invalid-value', { row, field: 'municipality_number' }, `«${mn}» er ikke et firesifret kommunenummer`);
    }
    if (issues.count === before) out.push({ id, lat, lon, population, municipalityNumber: mn === '' ? null : mn });
  });
  return out;
}

const PointFeature = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.Optional(Type.Union([Type.String(), Type.Number()])),
  geometry: Type.Object({
    type: Type.Literal('Point'),
    coordinates: Type.Array(Type.Number(), { minItems: 2, maxItems: 3 }),
  }),
  properties: Type.Object({
    population: Type.Number({ minimum: 0 }),
    id: Type.Optional(Type.Union([Type.String(), Type.Number()])),
    municipality_number: Type.Optional(Type.String({ pattern: '^\\d{4}$' })),
  }),
});
const checkFeature = Compile(PointFeature);

function readGeoJson(text: string, issues: IssueList): ParsedPopulationPoint[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    issues.add('unreadable', {}, `kan ikke leses som JSON (${e instanceof Error ? e.message : String(e)})`);
    return [];
  }
  if (typeof doc !== 'object' || doc === null || !('type' in doc) || doc.type !== 'FeatureCollection' || !('features' in doc) || !Array.isArray(doc.features)) {
    issues.add('invalid-value', { field: 'type' }, 'forventet en GeoJSON FeatureCollection med en «features»-liste');
    return [];
  }
  const features: unknown[] = doc.features;
  const out: ParsedPopulationPoint[] = [];
  features.forEach((f, k) => {
    const feature = k + 1;
    if (!checkFeature.Check(f)) {
      // The first error only: after a wrong geometry type the rest follow from it and only confuse.
      const [e] = checkFeature.Errors(f);
      const field = e ? e.instancePath.replace(/^\//, '').replaceAll('/', '.') || 'feature' : 'feature';
      issues.add('invalid-value', { feature, field }, 'forventet et Point-objekt med tallet properties.population');
      return;
    }
    const [lon, lat] = f.geometry.coordinates;
    const rawId = f.id ?? f.properties.id;
    const before = issues.count;
    if (rawId === undefined || String(rawId).trim() === '') issues.add('missing-value', { feature, field: 'id' }, 'ingen id i feature.id eller properties.id');
    if (!validLatLon(lat, lon)) issues.add('out-of-range', { feature, field: 'geometry.coordinates' }, `[${lon}, ${lat}] er ikke [lon, lat] i WGS84-grader`);
    if (!Number.isFinite(f.properties.population)) issues.add('out-of-range', { feature, field: 'properties.population' }, 'folketallet er ikke et endelig tall');
    if (issues.count === before) {
      out.push({ id: String(rawId), lat, lon, population: f.properties.population, municipalityNumber: f.properties.municipality_number ?? null });
    }
  });
  return out;
}
