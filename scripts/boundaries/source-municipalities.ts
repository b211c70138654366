import Type from 'typebox';
import { Compile } from 'typebox/compile';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { DomainError } from '../../src/domain/errors.js';

/**
 * Reads Kartverket's 2024 municipality polygons as published by robhop/fylker-og-kommuner
 * (`Kommuner-M.geojson`): lon/lat degrees, `kommunenummer` a 4-digit string, `kommunenavn` the
 * official name. Everything is checked before anything is written, and every problem names the
 * feature (index, number and name) so the file can be fixed or the script adapted.
 */

/** Mainland Norway with its islands, Svalbard and Jan Mayen excluded (they are not in this file). */
const NORWAY_LON_RANGE = [4, 31.5] as const;
const NORWAY_LAT_RANGE = [57.5, 71.5] as const;

// TypeBox's Number refuses NaN and ±Infinity, so this also makes every coordinate finite.
const PositionSchema = Type.Array(Type.Number(), { minItems: 2, maxItems: 2 });
const RingSchema = Type.Array(PositionSchema, { minItems: 4 });
const FeatureSchema = Type.Object({
  type: Type.Literal('Feature'),
  properties: Type.Object({
    kommunenummer: Type.String({ pattern: '^\\d{4}$' }),
    kommunenavn: Type.String({ minLength: 1 }),
  }),
  geometry: Type.Union([
    Type.Object({ type: Type.Literal('Polygon'), coordinates: Type.Array(RingSchema, { minItems: 1 }) }),
    Type.Object({
      type: Type.Literal('MultiPolygon'),
      coordinates: Type.Array(Type.Array(RingSchema, { minItems: 1 }), { minItems: 1 }),
    }),
  ]),
});
const EnvelopeSchema = Type.Object({ type: Type.Literal('FeatureCollection'), features: Type.Array(Type.Unknown()) });

const checkFeature = Compile(FeatureSchema);
const checkEnvelope = Compile(EnvelopeSchema);

export interface SourceMunicipality {
  number: string;
  name: string;
  geometry: Polygon | MultiPolygon;
}

/** The label a problem is reported under: `feature #12 (1144 Kvitsøy)`, with whatever is readable. */
function featureLabel(index: number, raw: unknown): string {
  const props = typeof raw === 'object' && raw !== null && 'properties' in raw ? raw.properties : undefined;
  const read = (key: string): string | undefined => {
    if (typeof props !== 'object' || props === null || !(key in props)) return undefined;
    const v: unknown = (props as Record<string, unknown>)[key]; // safe: `key in props` was checked on an object
    return typeof v === 'string' ? v : undefined;
  };
  const tag = [read('kommunenummer'), read('kommunenavn')].filter((x) => x).join(' ');
  return `feature #${index}${tag ? ` (${tag})` : ''}`;
}

function coordinateProblems(rings: Position[][], where: string): string[] {
  const problems: string[] = [];
  rings.forEach((ring, r) => {
    const first = ring[0]!;
    const last = ring[ring.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) problems.push(`${where} ring ${r} is not closed`);
    ring.forEach(([lon, lat], v) => {
      if (!(lon! >= NORWAY_LON_RANGE[0] && lon! <= NORWAY_LON_RANGE[1]) || !(lat! >= NORWAY_LAT_RANGE[0] && lat! <= NORWAY_LAT_RANGE[1])) {
        problems.push(
          `${where} ring ${r} vertex ${v} is [${lon}, ${lat}], outside Norway's lon ${NORWAY_LON_RANGE.join('–')} / lat ` +
            `${NORWAY_LAT_RANGE.join('–')} (is the file lon/lat and WGS84?)`,
        );
      }
    });
  });
  return problems;
}

/**
 * Parses the source file's JSON into municipalities sorted by number. Throws a DomainError
 * (`boundaries.source-invalid`) listing every problem found, each naming its feature.
 */
export function parseSourceMunicipalities(json: unknown, file: string): SourceMunicipality[] {
  if (!checkEnvelope.Check(json)) {
    const first = checkEnvelope.Errors(json)[0];
    throw new DomainError('boundaries.source-invalid', `${file}: not a GeoJSON FeatureCollection (${first?.instancePath} ${first?.message})`);
  }
  const problems: string[] = [];
  const out: SourceMunicipality[] = [];
  const seen = new Map<string, number>();
  json.features.forEach((raw, index) => {
    const label = featureLabel(index, raw);
    if (!checkFeature.Check(raw)) {
      for (const e of checkFeature.Errors(raw).slice(0, 3)) problems.push(`${label}: ${e.instancePath || '/'} ${e.message}`);
      return;
    }
    const { kommunenummer: number, kommunenavn: name } = raw.properties;
    const geometry = raw.geometry as Polygon | MultiPolygon; // safe: the schema above checked this exact shape
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    polygons.forEach((rings, p) => problems.push(...coordinateProblems(rings, `${label}: polygon ${p}`)));
    const earlier = seen.get(number);
    if (earlier !== undefined) problems.push(`${label}: municipality number ${number} also used by feature #${earlier}`);
    seen.set(number, index);
    out.push({ number, name, geometry });
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).join('\n  ');
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : '';
    throw new DomainError('boundaries.source-invalid', `${file}: ${problems.length} problem(s):\n  ${shown}${more}`, {
      file,
      problems,
    });
  }
  return out.sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
}
