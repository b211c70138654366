import { parse } from 'csv-parse/sync';
import { err, ok, type Result } from '../../shared/result.js';
import type { LocationProblem } from './types.js';

/**
 * A standalone problem from CSV files (comma-separated, '.' decimals, a header row, UTF-8, optional BOM):
 * - matrix  `origin,destination,value`: minutes (or any cost) from demand point to candidate site. It must
 *   hold every (demand point, candidate) pair that is used, once.
 * - weights `id,weight` (optional): the demand points and their weights; without it every matrix origin
 *   is a demand point with weight 1. Origins the file does not list are not used.
 * - candidates `id[,group]` (optional): the candidate sites and their group (police district id); without
 *   it every matrix destination is a candidate, in no group.
 * Parsing is pure (text in, problem out); reading the files is the caller's business.
 * Errors name the file, the line (1 = header) and the field, and say why.
 */
export interface TextFile {
  readonly name: string;
  readonly text: string;
}

type ProblemFileErrorCode = 'optimize.file.csv' | 'optimize.file.header' | 'optimize.file.value' | 'optimize.file.duplicate' | 'optimize.file.unknown-id' | 'optimize.file.missing-pair' | 'optimize.file.empty';

export interface ProblemFileError {
  readonly code: ProblemFileErrorCode;
  /** English; the parts below let a UI or the CLI say the same in Norwegian. */
  readonly message: string;
  readonly file: string;
  readonly line?: number;
  readonly field?: string;
  /** The offending text (a value, an id, a pair "origin → destination"). */
  readonly value?: string;
  /** optimize.file.value: what is wrong with `value`. */
  readonly reason?: 'not-a-number' | 'negative' | 'empty';
  /** optimize.file.duplicate: the line it was first given on. */
  readonly firstLine?: number;
  /** optimize.file.header: the columns expected; optimize.file.missing-pair: the first pairs missing. */
  readonly expected?: readonly string[];
  readonly examples?: readonly string[];
  /** optimize.file.missing-pair: how many pairs are missing. */
  readonly count?: number;
  /** optimize.file.unknown-id: the matrix file the id is not in. */
  readonly matrixFile?: string;
}

type Parsed<T> = Result<T, ProblemFileError>;

const fail = (e: ProblemFileError): Parsed<never> => err(e);
const where = (file: string, line?: number, field?: string) =>
  `${file}${line === undefined ? '' : `, line ${line}`}${field === undefined ? '' : `, field "${field}"`}`;

/** Records with their line numbers. csv-parse's sync API returns string[][] for these options. */
function readCsv(file: TextFile): Parsed<{ header: string[]; records: string[][]; lines: number[] }> {
  const lines: number[] = [];
  let records: string[][];
  try {
    records = parse(file.text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        lines.push(context.lines);
        return record;
      },
    });
  } catch (error) {
    const line = typeof error === 'object' && error !== null && 'lines' in error && typeof error.lines === 'number' ? error.lines : undefined;
    const reason = error instanceof Error ? error.message : String(error);
    return fail({ code: 'optimize.file.csv', message: `${where(file.name, line)}: not valid CSV: ${reason}`, file: file.name, line });
  }
  if (records.length === 0) {
    return fail({ code: 'optimize.file.empty', message: `${file.name}: the file is empty; expected a header row`, file: file.name });
  }
  return ok({ header: records[0].map((h) => h.toLowerCase()), records: records.slice(1), lines: lines.slice(1) });
}

/** Column positions of the named fields; an error names the missing one and what the header holds. */
function columns<const N extends string>(
  file: TextFile,
  header: string[],
  required: readonly N[],
  optional: readonly string[] = [],
): Parsed<Record<N, number> & Record<string, number>> {
  const at: Record<string, number> = {};
  const requiredNames: readonly string[] = required;
  for (const name of [...required, ...optional]) {
    const x = header.indexOf(name);
    if (x >= 0) at[name] = x;
    else if (requiredNames.includes(name)) {
      const wanted = [...required, ...optional.map((o) => `[${o}]`)].join(',');
      return fail({
        code: 'optimize.file.header',
        message: `${where(file.name, 1)}: the header has no "${name}" column; expected ${wanted}, got ${header.join(',')}`,
        file: file.name,
        line: 1,
        field: name,
        expected: [...required, ...optional.map((o) => `[${o}]`)],
        value: header.join(','),
      });
    }
  }
  // Every required name was found above, so each has a position.
  return ok(at as Record<N, number> & Record<string, number>);
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A finite number ≥ 0, or an error naming the place and the offending text. */
function nonNegative(file: TextFile, line: number, field: string, text: string): Parsed<number> {
  const value = DECIMAL.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(value)) {
    const shown = text === '' ? 'empty' : `"${text}"`;
    return fail({
      code: 'optimize.file.value',
      message: `${where(file.name, line, field)}: ${shown} is not a number (use '.' for decimals)`,
      file: file.name,
      line,
      field,
      value: text,
      reason: text === '' ? 'empty' : 'not-a-number',
    });
  }
  if (value < 0) {
    return fail({
      code: 'optimize.file.value',
      message: `${where(file.name, line, field)}: ${text} is negative; ${field} must be ≥ 0`,
      file: file.name,
      line,
      field,
      value: text,
      reason: 'negative',
    });
  }
  return ok(value);
}

function nonEmptyId(file: TextFile, line: number, field: string, text: string): Parsed<string> {
  if (text === '') {
    return fail({ code: 'optimize.file.value', message: `${where(file.name, line, field)}: the id is empty`, file: file.name, line, field, value: '', reason: 'empty' });
  }
  return ok(text);
}

interface ParsedMatrix {
  readonly file: string;
  /** Distinct origins and destinations in order of first appearance. */
  readonly origins: readonly string[];
  readonly destinations: readonly string[];
  /** origins × destinations, row-major; NaN where the file has no value. */
  readonly values: Float32Array;
  /** Line of each value, 0 where there is none. */
  readonly lines: Int32Array;
}

/** Parses `origin,destination,value`. A pair given twice is an error naming both lines. */
function parseMatrixCsv(text: string, fileName: string): Parsed<ParsedMatrix> {
  const file = { name: fileName, text };
  const csv = readCsv(file);
  if (!csv.ok) return csv;
  const cols = columns(file, csv.value.header, ['origin', 'destination', 'value'] as const);
  if (!cols.ok) return cols;
  const { origin, destination, value } = cols.value;
  const { records, lines } = csv.value;
  const originIndex = new Map<string, number>();
  const destinationIndex = new Map<string, number>();
  const o = new Int32Array(records.length);
  const d = new Int32Array(records.length);
  const v = new Float64Array(records.length);
  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    const line = lines[r];
    const from = nonEmptyId(file, line, 'origin', rec[origin]);
    if (!from.ok) return from;
    const to = nonEmptyId(file, line, 'destination', rec[destination]);
    if (!to.ok) return to;
    const x = nonNegative(file, line, 'value', rec[value]);
    if (!x.ok) return x;
    let oi = originIndex.get(from.value);
    if (oi === undefined) originIndex.set(from.value, (oi = originIndex.size));
    let di = destinationIndex.get(to.value);
    if (di === undefined) destinationIndex.set(to.value, (di = destinationIndex.size));
    o[r] = oi;
    d[r] = di;
    v[r] = x.value;
  }
  const n = originIndex.size;
  const m = destinationIndex.size;
  const values = new Float32Array(n * m).fill(NaN);
  const valueLines = new Int32Array(n * m);
  for (let r = 0; r < records.length; r++) {
    const cell = o[r] * m + d[r];
    if (valueLines[cell] !== 0) {
      return fail({
        code: 'optimize.file.duplicate',
        message: `${where(fileName, lines[r])}: the pair ${records[r][origin]} → ${records[r][destination]} was already given on line ${valueLines[cell]}`,
        file: fileName,
        line: lines[r],
        value: `${records[r][origin]} → ${records[r][destination]}`,
        firstLine: valueLines[cell],
      });
    }
    values[cell] = v[r];
    valueLines[cell] = lines[r];
  }
  return ok({ file: fileName, origins: [...originIndex.keys()], destinations: [...destinationIndex.keys()], values, lines: valueLines });
}

interface ParsedWeights {
  readonly ids: readonly string[];
  readonly weights: Float64Array;
  readonly lines: Int32Array;
}

/** Parses `id,weight`. */
function parseWeightsCsv(text: string, fileName: string): Parsed<ParsedWeights> {
  const file = { name: fileName, text };
  const csv = readCsv(file);
  if (!csv.ok) return csv;
  const cols = columns(file, csv.value.header, ['id', 'weight'] as const);
  if (!cols.ok) return cols;
  const { records, lines } = csv.value;
  const ids: string[] = [];
  const weights = new Float64Array(records.length);
  const firstLine = new Map<string, number>();
  for (let r = 0; r < records.length; r++) {
    const id = nonEmptyId(file, lines[r], 'id', records[r][cols.value.id]);
    if (!id.ok) return id;
    const previous = firstLine.get(id.value);
    if (previous !== undefined) {
      return fail({
        code: 'optimize.file.duplicate',
        message: `${where(fileName, lines[r], 'id')}: "${id.value}" was already given on line ${previous}`,
        file: fileName,
        line: lines[r],
        field: 'id',
        value: id.value,
        firstLine: previous,
      });
    }
    firstLine.set(id.value, lines[r]);
    const w = nonNegative(file, lines[r], 'weight', records[r][cols.value.weight]);
    if (!w.ok) return w;
    ids.push(id.value);
    weights[r] = w.value;
  }
  return ok({ ids, weights, lines: Int32Array.from(lines) });
}

interface ParsedCandidates {
  readonly ids: readonly string[];
  readonly groups: readonly (string | null)[];
  readonly lines: Int32Array;
}

/** Parses `id[,group]`; an empty group means none. */
function parseCandidatesCsv(text: string, fileName: string): Parsed<ParsedCandidates> {
  const file = { name: fileName, text };
  const csv = readCsv(file);
  if (!csv.ok) return csv;
  const cols = columns(file, csv.value.header, ['id'] as const, ['group']);
  if (!cols.ok) return cols;
  const groupAt = cols.value.group;
  const { records, lines } = csv.value;
  const ids: string[] = [];
  const groups: (string | null)[] = [];
  const firstLine = new Map<string, number>();
  for (let r = 0; r < records.length; r++) {
    const id = nonEmptyId(file, lines[r], 'id', records[r][cols.value.id]);
    if (!id.ok) return id;
    const previous = firstLine.get(id.value);
    if (previous !== undefined) {
      return fail({
        code: 'optimize.file.duplicate',
        message: `${where(fileName, lines[r], 'id')}: "${id.value}" was already given on line ${previous}`,
        file: fileName,
        line: lines[r],
        field: 'id',
        value: id.value,
        firstLine: previous,
      });
    }
    firstLine.set(id.value, lines[r]);
    ids.push(id.value);
    const group = groupAt === undefined ? '' : records[r][groupAt];
    groups.push(group === '' ? null : group);
  }
  return ok({ ids, groups, lines: Int32Array.from(lines) });
}

const MISSING_SHOWN = 5;

/**
 * Parses the files and builds the problem: demand = the weights file's ids (or every origin, weight 1),
 * candidates = the candidate file's ids (or every destination). Ids the matrix does not know and pairs it
 * lacks are errors; the missing-pair message counts them and shows the first few.
 */
export function parseProblemFiles(files: {
  readonly matrix: TextFile;
  readonly weights?: TextFile;
  readonly candidates?: TextFile;
}): Parsed<LocationProblem> {
  const matrix = parseMatrixCsv(files.matrix.text, files.matrix.name);
  if (!matrix.ok) return matrix;
  const mx = matrix.value;
  if (mx.origins.length === 0) {
    return fail({ code: 'optimize.file.empty', message: `${mx.file}: the matrix has no rows`, file: mx.file });
  }
  const originIndex = new Map(mx.origins.map((id, x) => [id, x]));
  const destinationIndex = new Map(mx.destinations.map((id, x) => [id, x]));

  let demandIds: readonly string[] = mx.origins;
  let demandWeights: Float64Array = new Float64Array(mx.origins.length).fill(1);
  if (files.weights) {
    const w = parseWeightsCsv(files.weights.text, files.weights.name);
    if (!w.ok) return w;
    for (let r = 0; r < w.value.ids.length; r++) {
      if (!originIndex.has(w.value.ids[r])) {
        return fail({
          code: 'optimize.file.unknown-id',
          message: `${where(files.weights.name, w.value.lines[r], 'id')}: "${w.value.ids[r]}" is not an origin in ${mx.file}`,
          file: files.weights.name,
          line: w.value.lines[r],
          field: 'id',
          value: w.value.ids[r],
          matrixFile: mx.file,
        });
      }
    }
    if (w.value.ids.length === 0) {
      return fail({ code: 'optimize.file.empty', message: `${files.weights.name}: no demand points`, file: files.weights.name });
    }
    demandIds = w.value.ids;
    demandWeights = w.value.weights;
  }

  let candidateIds: readonly string[] = mx.destinations;
  let candidateGroups: readonly (string | null)[] | undefined;
  if (files.candidates) {
    const c = parseCandidatesCsv(files.candidates.text, files.candidates.name);
    if (!c.ok) return c;
    for (let r = 0; r < c.value.ids.length; r++) {
      if (!destinationIndex.has(c.value.ids[r])) {
        return fail({
          code: 'optimize.file.unknown-id',
          message: `${where(files.candidates.name, c.value.lines[r], 'id')}: "${c.value.ids[r]}" is not a destination in ${mx.file}`,
          file: files.candidates.name,
          line: c.value.lines[r],
          field: 'id',
          value: c.value.ids[r],
          matrixFile: mx.file,
        });
      }
    }
    if (c.value.ids.length === 0) {
      return fail({ code: 'optimize.file.empty', message: `${files.candidates.name}: no candidates`, file: files.candidates.name });
    }
    candidateIds = c.value.ids;
    candidateGroups = c.value.groups;
  }

  const n = demandIds.length;
  const m = candidateIds.length;
  const width = mx.destinations.length;
  const rowOf = Int32Array.from(demandIds, (id) => originIndex.get(id) ?? -1);
  const colOf = Int32Array.from(candidateIds, (id) => destinationIndex.get(id) ?? -1);
  const minutes = new Float32Array(n * m);
  const missing: string[] = [];
  let missingCount = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const v = mx.values[rowOf[i] * width + colOf[j]];
      if (Number.isNaN(v)) {
        if (missing.length < MISSING_SHOWN) missing.push(`${demandIds[i]} → ${candidateIds[j]}`);
        missingCount++;
      }
      minutes[i * m + j] = v;
    }
  }
  if (missingCount > 0) {
    const more = missingCount > missing.length ? ` and ${missingCount - missing.length} more` : '';
    return fail({
      code: 'optimize.file.missing-pair',
      message: `${mx.file}: ${missingCount} used origin → destination pair(s) have no value: ${missing.join(', ')}${more}`,
      file: mx.file,
      count: missingCount,
      examples: missing,
    });
  }
  return ok({ demandIds, demandWeights, candidateIds, candidateGroups, minutes });
}
