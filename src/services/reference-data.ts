import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import Type from 'typebox';
import { Compile } from 'typebox/compile';
import { DomainError } from '../domain/errors.js';
import { Postcode, PrioritisedFunction } from '../domain/reference.js';

/** The reference data shipped beside the change log, parsed and checked once at start-up. */
export interface ReferenceData {
  readonly postcodes: readonly Postcode[];
  /** The reform's prioritised functions, in their official order. */
  readonly functions: readonly PrioritisedFunction[];
}

const POSTCODE_COLUMNS = ['postcode', 'place', 'municipality_number', 'category', 'lat', 'lon'] as const;
const checkPostcode = Compile(Postcode);
const checkFunctions = Compile(Type.Array(PrioritisedFunction));

function invalid(file: string, where: string, why: string): DomainError {
  return new DomainError('reference.invalid', `${file}${where}: ${why}`, { file });
}

/** Parses postcodes.csv (header: postcode,place,municipality_number,category,lat,lon), naming file and row on bad input. */
export function parsePostcodesCsv(text: string, file: string): Postcode[] {
  const records = parse(text.replace(/\r\n?/g, '\n'), { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  const [header, ...rows] = records;
  if (!header || header.join(',') !== POSTCODE_COLUMNS.join(',')) {
    throw invalid(file, '', `expected the header ${POSTCODE_COLUMNS.join(',')}, found ${header?.join(',') ?? 'nothing'}`);
  }
  const seen = new Set<string>();
  return rows.map((cells, i) => {
    const line = i + 2;
    const [postcode, place, municipalityNumber, category, lat, lon] = cells.map((c) => c.trim());
    const num = (text: string | undefined) => (text ? Number(text) : null);
    const row: unknown = { postcode, place, municipalityNumber, category, lat: num(lat), lon: num(lon) };
    if (!checkPostcode.Check(row)) {
      const e = checkPostcode.Errors(row)[0];
      throw invalid(file, `, row ${line}`, `${e?.instancePath.slice(1) || 'row'} ${e?.message ?? 'is invalid'}`);
    }
    if ((row.lat === null) !== (row.lon === null)) throw invalid(file, `, row ${line}`, 'has lat without lon or lon without lat');
    if (seen.has(row.postcode)) throw invalid(file, `, row ${line}`, `postcode ${row.postcode} appears twice`);
    seen.add(row.postcode);
    return row;
  });
}

function parseFunctionsJson(text: string, file: string): PrioritisedFunction[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw invalid(file, '', `is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!checkFunctions.Check(json)) {
    const e = checkFunctions.Errors(json)[0];
    throw invalid(file, '', `${e?.instancePath || '/'} ${e?.message ?? 'is invalid'}`);
  }
  return [...json].sort((a, b) => a.order - b.order);
}

/** Reads data/register/postcodes.csv and functions.json from `dir`. */
export function loadReferenceData(dir: string): ReferenceData {
  const postcodesFile = join(dir, 'postcodes.csv');
  const functionsFile = join(dir, 'functions.json');
  return {
    postcodes: parsePostcodesCsv(readFileSync(postcodesFile, 'utf8'), postcodesFile),
    functions: parseFunctionsJson(readFileSync(functionsFile, 'utf8'), functionsFile),
  };
}
