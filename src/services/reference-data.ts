import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Type from 'typebox';
import { Compile } from 'typebox/compile';
import { DomainError } from '../domain/errors.js';
import { issuesLine, IssueList } from '../shared/csv/file-issues.js';
import { cell, readCsvRows } from '../shared/csv/read-csv.js';
import { parseDecimal } from '../shared/csv/decimal.js';
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

/** The shipped file refused: the first issues, in Norwegian, naming file, row and field. */
function refused(issues: IssueList): DomainError {
  return new DomainError('reference.invalid', issuesLine(issues.result(), 5), { file: issues.file, issues: issues.result() });
}

/**
 * Parses postcodes.csv (postcode,place,municipality_number,category,lat,lon) with the shared CSV reader;
 * a bad file throws, naming file, row and field, since the program cannot run without it.
 */
export function parsePostcodesCsv(text: string, file: string): Postcode[] {
  const issues = new IssueList(file);
  const csv = readCsvRows(text, issues, { required: POSTCODE_COLUMNS, cellCount: 'strict' });
  if (csv === null) throw refused(issues);
  const seen = new Map<string, number>();
  const out: Postcode[] = [];
  for (const { row: line, values } of csv.rows) {
    const [postcode, place, municipalityNumber, category, lat, lon] = POSTCODE_COLUMNS.map((c) => cell(values, csv.header, c));
    const num = (field: string, text: string): number | null => {
      if (text === '') return null;
      const parsed = parseDecimal(text);
      if (!parsed.ok) issues.add('not-a-number', { row: line, field }, parsed.reason);
      return parsed.ok ? parsed.value : null;
    };
    const row: unknown = { postcode, place, municipalityNumber, category, lat: num('lat', lat), lon: num('lon', lon) };
    if (!checkPostcode.Check(row)) {
      const e = checkPostcode.Errors(row)[0];
      const key = e?.instancePath.slice(1) ?? '';
      const field = key === 'municipalityNumber' ? 'municipality_number' : key || null;
      issues.add('invalid-value', { row: line, field }, field === null ? 'raden er ugyldig' : `«${cell(values, csv.header, field)}» er ikke en gyldig verdi her`);
      continue;
    }
    if ((row.lat === null) !== (row.lon === null)) {
      issues.add('missing-value', { row: line, field: row.lat === null ? 'lat' : 'lon' }, 'lat og lon må gis sammen (eller begge stå tomme)');
      continue;
    }
    const first = seen.get(row.postcode);
    if (first !== undefined) {
      issues.add('duplicate-id', { row: line, field: 'postcode' }, `postnummeret ${row.postcode} står allerede i rad ${first}`);
      continue;
    }
    seen.set(row.postcode, line);
    out.push(row);
  }
  if (issues.count > 0) throw refused(issues);
  return out;
}

function parseFunctionsJson(text: string, file: string): PrioritisedFunction[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw invalid(file, '', `er ikke gyldig JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!checkFunctions.Check(json)) {
    const e = checkFunctions.Errors(json)[0];
    throw invalid(file, '', `${e?.instancePath || '/'} er ugyldig (${e?.message ?? 'ukjent feil'})`);
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
