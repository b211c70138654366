import { err, ok, type Result } from '../../shared/result.js';
import { IssueList, type InputIssue } from '../../shared/csv/file-issues.js';
import { cell, readCsvRows, type CsvHeader, type CsvRow } from '../../shared/csv/read-csv.js';
import { parseDecimal } from '../../shared/csv/decimal.js';
import { forEachMatrixPair } from '../../shared/csv/travel-matrix-csv.js';
import type { LocationProblem } from './types.js';

/**
 * A standalone problem from CSV files, read with the shared CSV reader (shared/csv/read-csv.ts):
 * - matrix: the travel-time matrix file, `origin_id,destination_id,minutes` (the older
 *   `origin,destination,value` is still read); minutes, or any cost, from demand point to candidate
 *   site. It must hold every (demand point, candidate) pair that is used, once.
 * - weights `id,weight` (optional): the demand points and their weights; without it every matrix origin
 *   is a demand point with weight 1. Origins the file does not list are not used.
 * - candidates `id[,group]` (optional): the candidate sites and their group (police district id); without
 *   it every matrix destination is a candidate, in no group.
 * Parsing is pure (text in, problem out); reading the files is the caller's business. Every problem
 * found is returned, each naming the file, the row (1 = header) and the field, in Norwegian.
 */
export interface TextFile {
  readonly name: string;
  readonly text: string;
}

type Parsed<T> = Result<T, InputIssue[]>;

interface ParsedMatrix {
  /** Distinct origins and destinations in order of first appearance. */
  readonly origins: readonly string[];
  readonly destinations: readonly string[];
  /** origins × destinations, row-major; NaN where the file has no value. */
  readonly values: Float32Array;
  /** The column names the file used for origin and destination. */
  readonly fields: readonly [string, string];
}

/** Reads the matrix; a pair given twice is an issue naming both rows. */
function parseMatrixCsv(file: TextFile): Parsed<ParsedMatrix> {
  const issues = new IssueList(file.name);
  const originIndex = new Map<string, number>();
  const destinationIndex = new Map<string, number>();
  const pairs: { o: number; d: number; v: number; row: number }[] = [];
  let fields: readonly [string, string] = ['origin_id', 'destination_id'];
  const format = forEachMatrixPair(file.text, issues, (from, to, minutes, row, names) => {
    fields = [names[0], names[1]];
    if (from === '' || to === '' || minutes === null) return;
    let o = originIndex.get(from);
    if (o === undefined) originIndex.set(from, (o = originIndex.size));
    let d = destinationIndex.get(to);
    if (d === undefined) destinationIndex.set(to, (d = destinationIndex.size));
    pairs.push({ o, d, v: minutes, row });
  });
  if (format === null || issues.count > 0) return err(issues.result());
  if (pairs.length === 0) {
    issues.add('empty', {}, 'matrisen har ingen rader');
    return err(issues.result());
  }
  const origins = [...originIndex.keys()];
  const destinations = [...destinationIndex.keys()];
  const m = destinations.length;
  const values = new Float32Array(origins.length * m).fill(NaN);
  const rowOf = new Int32Array(origins.length * m);
  for (const p of pairs) {
    const k = p.o * m + p.d;
    if (rowOf[k] !== 0) {
      issues.add('duplicate-pair', { row: p.row, field: fields[0] }, `paret ${origins[p.o]} → ${destinations[p.d]} er allerede gitt i rad ${rowOf[k]}`);
      continue;
    }
    values[k] = p.v;
    rowOf[k] = p.row;
  }
  if (issues.count > 0) return err(issues.result());
  return ok({ origins, destinations, values, fields });
}

interface IdRow {
  readonly id: string;
  readonly row: number;
}

/**
 * Reads an id list with its extra columns (`id,weight` or `id[,group]`): ids must be non-empty, given
 * once and known to the matrix (`known`, described as `knownAs` in messages).
 */
function parseIdFile(
  file: TextFile,
  columns: { required: readonly string[]; optional?: readonly string[] },
  known: ReadonlyMap<string, number>,
  knownAs: string,
  issues: IssueList,
): { ids: IdRow[]; header: CsvHeader; rows: readonly CsvRow[] } | null {
  const csv = readCsvRows(file.text, issues, columns);
  if (csv === null) return null;
  const ids: IdRow[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, values } of csv.rows) {
    const id = cell(values, csv.header, 'id');
    if (id === '') issues.add('missing-value', { row, field: 'id' }, 'id-en mangler');
    else if (firstRow.has(id)) issues.add('duplicate-id', { row, field: 'id' }, `«${id}» er allerede gitt i rad ${firstRow.get(id)}`);
    else if (!known.has(id)) issues.add('unknown-id', { row, field: 'id' }, `«${id}» er ikke ${knownAs}`);
    else firstRow.set(id, row);
    ids.push({ id, row });
  }
  if (issues.count === 0 && ids.length === 0) issues.add('empty', {}, 'filen har ingen rader under overskriftsraden');
  return { ids, header: csv.header, rows: csv.rows };
}

const MISSING_SHOWN = 5;

/**
 * Parses the files and builds the problem: demand = the weights file's ids (or every origin, weight 1),
 * candidates = the candidate file's ids (or every destination). Ids the matrix does not know and pairs it
 * lacks are issues; the missing-pair issue counts them and shows the first few.
 */
export function parseProblemFiles(files: {
  readonly matrix: TextFile;
  readonly weights?: TextFile;
  readonly candidates?: TextFile;
}): Parsed<LocationProblem> {
  const matrix = parseMatrixCsv(files.matrix);
  if (!matrix.ok) return matrix;
  const mx = matrix.value;
  const originIndex = new Map(mx.origins.map((id, x) => [id, x]));
  const destinationIndex = new Map(mx.destinations.map((id, x) => [id, x]));
  const issues: InputIssue[] = [];

  let demandIds: readonly string[] = mx.origins;
  let demandWeights: Float64Array = new Float64Array(mx.origins.length).fill(1);
  if (files.weights) {
    const list = new IssueList(files.weights.name);
    const read = parseIdFile(files.weights, { required: ['id', 'weight'] }, originIndex, `en opprinnelse (${mx.fields[0]}) i ${files.matrix.name}`, list);
    if (read !== null) {
      const weights = read.rows.map(({ row, values }) => {
        const text = cell(values, read.header, 'weight');
        const parsed = parseDecimal(text);
        if (!parsed.ok) list.add(text === '' ? 'missing-value' : 'not-a-number', { row, field: 'weight' }, parsed.reason);
        else if (parsed.value < 0) list.add('out-of-range', { row, field: 'weight' }, `${text} er negativ; vekten må være 0 eller mer`);
        return parsed.ok ? parsed.value : NaN;
      });
      demandIds = read.ids.map((r) => r.id);
      demandWeights = Float64Array.from(weights);
    }
    issues.push(...list.result());
  }

  let candidateIds: readonly string[] = mx.destinations;
  let candidateGroups: readonly (string | null)[] | undefined;
  if (files.candidates) {
    const list = new IssueList(files.candidates.name);
    const read = parseIdFile(files.candidates, { required: ['id'], optional: ['group'] }, destinationIndex, `et mål (${mx.fields[1]}) i ${files.matrix.name}`, list);
    if (read !== null) {
      candidateIds = read.ids.map((r) => r.id);
      candidateGroups = read.rows.map(({ values }) => cell(values, read.header, 'group') || null);
    }
    issues.push(...list.result());
  }
  if (issues.length > 0) return err(issues);

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
    const list = new IssueList(files.matrix.name);
    const more = missingCount > missing.length ? ` og ${missingCount - missing.length} til` : '';
    list.add('missing-pairs', {}, `${missingCount} par (fra → til) som brukes, har ingen verdi: ${missing.join(', ')}${more}`);
    return err(list.result());
  }
  return ok({ demandIds, demandWeights, candidateIds, candidateGroups, minutes });
}
