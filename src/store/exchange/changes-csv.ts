import { parse, CsvError } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ChangeOp, type RecordedChange } from '../../domain/changes.js';
import { canonicalChange } from '../canonical-change.js';
import { recordedChangeIssue, showValue } from '../validate-change.js';
import { invalidFile } from './exchange-error.js';
import { jsonErrorReason, jsonSyntaxErrorOffset } from './json-syntax.js';
import { logOrderProblem } from './log-order.js';

/**
 * changes.csv: one change per row under a header row, RFC 4180 (comma, double quotes doubled, CRLF
 * between records; a cell holding a comma, quote, CR or LF is quoted). attrs, successor_ids and
 * sources are JSON text. Null and the empty string are told apart by quoting: an empty cell is
 * null, `""` is the empty string (a note may be either). The decision is spread over the four
 * decision_* columns; an empty decision_by means "no decision" and the other three must be empty.
 */
export const CHANGES_CSV_FILE = 'changes.csv';

export const CSV_COLUMNS = [
  'seq',
  'id',
  'effective',
  'date_precision',
  'recorded_at',
  'entity',
  'op',
  'entity_id',
  'attrs',
  'successor_ids',
  'decision_by',
  'decision_date',
  'decision_reference',
  'decision_url',
  'sources',
  'certainty',
  'note',
  'supersedes',
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];
type Cell = string | null;

const REQUIRED: ReadonlySet<CsvColumn> = new Set([
  'seq',
  'id',
  'effective',
  'date_precision',
  'recorded_at',
  'entity',
  'op',
  'entity_id',
  'sources',
  'certainty',
]);

function cellsOf(c: RecordedChange): Cell[] {
  const { op, decision } = c;
  const byColumn: Record<CsvColumn, Cell> = {
    seq: String(c.seq),
    id: c.id,
    effective: c.effective,
    date_precision: c.datePrecision,
    recorded_at: c.recordedAt,
    entity: op.entity,
    op: op.type,
    entity_id: op.id,
    attrs: 'attrs' in op ? JSON.stringify(op.attrs) : null,
    successor_ids: 'successorIds' in op ? JSON.stringify(op.successorIds) : null,
    decision_by: decision?.by ?? null,
    decision_date: decision?.date ?? null,
    decision_reference: decision?.reference ?? null,
    decision_url: decision?.url ?? null,
    sources: JSON.stringify(c.sources),
    certainty: c.certainty,
    note: c.note,
    supersedes: c.supersedes,
  };
  return CSV_COLUMNS.map((column) => byColumn[column]);
}

export function formatChangesCsv(changes: readonly RecordedChange[]): string {
  const ordered = [...changes].sort((a, b) => a.seq - b.seq).map(canonicalChange);
  return stringify([[...CSV_COLUMNS], ...ordered.map(cellsOf)], {
    record_delimiter: '\r\n',
    // csv-stringify quotes a cell holding the record delimiter (CRLF) but not a lone CR or LF.
    quoted_match: /[\r\n]/,
    // null stays an empty cell; the empty string is written as "" so it reads back as itself.
    cast: { string: (value) => (value === '' ? { value: '', quoted_empty: true } : value) },
  });
}

/** The cells that carry an op's payload, and the op field each becomes. */
const PAYLOAD_COLUMNS = [
  ['attrs', 'attrs'],
  ['successor_ids', 'successorIds'],
] as const satisfies readonly (readonly [CsvColumn, string])[];

/**
 * For each op type, the payload cell it fills (null: none, as for confirm), read from the domain's
 * op schemas so a new op type with a known payload needs no change here — and one with a payload
 * this format cannot hold fails loudly when the module loads.
 */
const PAYLOAD_COLUMN_BY_OP: ReadonlyMap<string, CsvColumn | null> = (() => {
  const out = new Map<string, CsvColumn | null>();
  // Safe: TypeBox schemas are plain JSON Schema; only the documented keywords are read.
  const variants = (ChangeOp as unknown as { anyOf: readonly { properties: Record<string, { const?: unknown }> }[] }).anyOf;
  for (const variant of variants) {
    const type = String(variant.properties['type']?.const);
    const extra = Object.keys(variant.properties).filter((k) => !['type', 'entity', 'id'].includes(k));
    const columns = extra.map((key) => PAYLOAD_COLUMNS.find(([, field]) => field === key)?.[0]);
    if (columns.length > 1 || columns.some((c) => c === undefined)) {
      throw new Error(`changes.csv cannot hold the payload of op "${type}" (${extra.join(', ')}); extend PAYLOAD_COLUMNS`);
    }
    out.set(type, columns[0] ?? null);
  }
  return out;
})();

/** Where a validation path (from recordedChangeIssue) lives in a row: its column and the rest of the path inside a JSON cell. */
const PATH_COLUMNS: readonly (readonly [string, CsvColumn])[] = [
  ['/op/attrs', 'attrs'],
  ['/op/successorIds', 'successor_ids'],
  ['/op/type', 'op'],
  ['/op/entity', 'entity'],
  ['/op/id', 'entity_id'],
  ['/op', 'op'],
  ['/decision/by', 'decision_by'],
  ['/decision/date', 'decision_date'],
  ['/decision/reference', 'decision_reference'],
  ['/decision/url', 'decision_url'],
  ['/decision', 'decision_by'],
  ['/seq', 'seq'],
  ['/id', 'id'],
  ['/effective', 'effective'],
  ['/datePrecision', 'date_precision'],
  ['/recordedAt', 'recorded_at'],
  ['/sources', 'sources'],
  ['/certainty', 'certainty'],
  ['/note', 'note'],
  ['/supersedes', 'supersedes'],
];

function columnOf(path: string): { column: CsvColumn | null; inner: string } {
  for (const [prefix, column] of PATH_COLUMNS) {
    if (path === prefix || path.startsWith(`${prefix}/`)) return { column, inner: path.slice(prefix.length) };
  }
  return { column: null, inner: path };
}

interface RowPlace {
  readonly row: number;
  readonly line: number;
}

function rowLabel(place: RowPlace): string {
  return place.line === place.row ? `row ${place.row}` : `row ${place.row} (line ${place.line})`;
}

/** Parses and validates a changes.csv text; `file` names it in errors. Throws on the first problem. */
export function parseChangesCsv(text: string, file: string = CHANGES_CSV_FILE): RecordedChange[] {
  let records: { record: Cell[]; info: { bytes: number } }[];
  try {
    const parsed: unknown = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      cast: (value, context) => (value === '' && !context.quoting ? null : value),
    });
    // Safe: with info: true csv-parse returns { record, info } per record, and the cast above makes
    // every cell a string or null; its typings model neither option.
    records = parsed as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      // `records` counts the complete records before the failure (the header included), so the
      // broken one is the next row. csv-parse's own message names a line; see rowPlaces on its lines.
      const row = Number(error['records'] ?? 0) + 1;
      throw invalidFile(file, `row ${row}`, `not valid CSV: ${error.message}`, { row });
    }
    throw error;
  }
  if (records.length === 0) throw invalidFile(file, null, `is empty; expected a header row (${CSV_COLUMNS.join(',')})`);

  const places = rowPlaces(text, records);
  const header = records[0]!.record;
  const indexOf = headerIndex(file, header);

  const changes: RecordedChange[] = [];
  for (let i = 1; i < records.length; i++) {
    const place = places[i]!;
    const cells = records[i]!.record;
    if (cells.length !== header.length) {
      throw invalidFile(file, rowLabel(place), `has ${cells.length} cells, but the header has ${header.length}`, { row: place.row });
    }
    const cell = (column: CsvColumn): Cell => cells[indexOf.get(column)!] ?? null;
    const fail = (column: CsvColumn, why: string, inner = ''): never => {
      throw invalidFile(file, `${rowLabel(place)}, column ${column}${inner ? ` at ${inner}` : ''}`, why, {
        row: place.row,
        field: column,
      });
    };
    const candidate = rowToCandidate(cell, fail);
    const issue = recordedChangeIssue(candidate);
    if (issue) {
      const { column, inner } = columnOf(issue.path);
      if (column) fail(column, issue.message, inner);
      throw invalidFile(file, rowLabel(place), `${issue.path} ${issue.message}`, { row: place.row });
    }
    // Safe: recordedChangeIssue found nothing wrong, so the candidate is a valid RecordedChange.
    changes.push(canonicalChange(candidate as RecordedChange));
  }

  const order = logOrderProblem(changes);
  if (order) {
    const place = places[order.index + 1]!;
    throw invalidFile(file, `${rowLabel(place)}, column ${order.field}`, order.message, { row: place.row, field: order.field });
  }
  return changes;
}

/**
 * The line each record starts on. csv-parse's own info.lines counts a CRLF inside a quoted cell as
 * two lines, so lines are counted here: info.bytes is the UTF-8 offset just past each record.
 */
function rowPlaces(text: string, records: readonly { info: { bytes: number } }[]): RowPlace[] {
  const bytes = Buffer.from(text, 'utf8');
  const places: RowPlace[] = [];
  let line = 1;
  let offset = 0;
  records.forEach((r, i) => {
    places.push({ row: i + 1, line });
    const end = r.info.bytes;
    line += (bytes.subarray(offset, end).toString('utf8').match(/\r\n|\r|\n/g) ?? []).length;
    offset = end;
  });
  return places;
}

function headerIndex(file: string, header: readonly Cell[]): Map<CsvColumn, number> {
  const where = 'row 1 (header)';
  const known = new Set<string>(CSV_COLUMNS);
  const index = new Map<CsvColumn, number>();
  header.forEach((name, i) => {
    if (name === null || !known.has(name)) {
      throw invalidFile(file, where, `cell ${i + 1} is ${showValue(name)}, which is not a column of this format (columns: ${CSV_COLUMNS.join(',')})`, {
        row: 1,
      });
    }
    const column = name as CsvColumn; // Safe: `known` holds exactly the CSV_COLUMNS.
    if (index.has(column)) throw invalidFile(file, where, `column ${JSON.stringify(name)} appears twice`, { row: 1, field: name });
    index.set(column, i);
  });
  for (const column of CSV_COLUMNS) {
    if (!index.has(column)) throw invalidFile(file, where, `missing column ${JSON.stringify(column)} (columns: ${CSV_COLUMNS.join(',')})`, { row: 1, field: column });
  }
  return index;
}

/** The row as a change-shaped value for the schema check; cell-level problems fail right here. */
function rowToCandidate(cell: (column: CsvColumn) => Cell, fail: (column: CsvColumn, why: string) => never): unknown {
  for (const column of REQUIRED) if (cell(column) === null) fail(column, 'must not be empty');

  const seqText = cell('seq')!;
  if (!/^\d+$/.test(seqText)) fail('seq', `must be a whole number (got ${showValue(seqText)})`);

  const json = (column: CsvColumn): unknown => {
    const text = cell(column);
    if (text === null) return null;
    try {
      return JSON.parse(text);
    } catch (error) {
      const offset = jsonSyntaxErrorOffset(text);
      const at = offset === null ? '' : ` at character ${offset + 1}`;
      return fail(column, `must be JSON text (${jsonErrorReason(error)}${at}) (got ${showValue(text)})`);
    }
  };

  const opType = cell('op')!;
  const payload: Record<string, unknown> = {};
  const expected = PAYLOAD_COLUMN_BY_OP.get(opType);
  for (const [column, key] of PAYLOAD_COLUMNS) {
    const given = cell(column) !== null;
    // An unknown op is reported by the schema check (column op); carry what is there meanwhile.
    if (expected !== undefined && expected !== column && given) fail(column, `must be empty when op is ${opType}`);
    if (expected === column && !given) fail(column, `must not be empty when op is ${opType} (use ${column === 'attrs' ? '{}' : '[]'} for none)`);
    if (given) payload[key] = json(column);
  }

  let decision: unknown = null;
  if (cell('decision_by') === null) {
    for (const column of ['decision_date', 'decision_reference', 'decision_url'] as const) {
      if (cell(column) !== null) fail(column, 'must be empty when decision_by is empty (no decision)');
    }
  } else {
    decision = { by: cell('decision_by'), date: cell('decision_date'), reference: cell('decision_reference'), url: cell('decision_url') };
  }

  return {
    seq: Number(seqText),
    id: cell('id'),
    effective: cell('effective'),
    datePrecision: cell('date_precision'),
    recordedAt: cell('recorded_at'),
    op: { type: opType, entity: cell('entity'), id: cell('entity_id'), ...payload },
    decision,
    sources: json('sources'),
    certainty: cell('certainty'),
    note: cell('note'),
    supersedes: cell('supersedes'),
  };
}
