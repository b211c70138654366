import { parse } from 'csv-parse/sync';
import type { IssueList } from './file-issues.js';

/**
 * The one CSV reader: every file the project reads as CSV goes through here, so quoting, BOM, line
 * ends, header checks and the wording of what went wrong are the same everywhere. Pure: the caller
 * has read the file and passes its text and a label for messages.
 *
 * Format read: UTF-8 (a BOM is dropped), a header row, comma-separated — or semicolon when the header
 * has semicolons and no commas (Excel in a Norwegian locale saves so). Quoting is RFC 4180; cells are
 * trimmed, quoted ones too; empty lines are skipped; CRLF, LF and CR line ends may be mixed (some
 * reference files do).
 * Column names are matched trimmed and in lower case.
 */
export interface CsvHeader {
  /** Column index by (trimmed, lower-cased) name. */
  readonly index: ReadonlyMap<string, number>;
  /** The header's names as written (trimmed). */
  readonly names: readonly string[];
}

export interface CsvColumns {
  readonly required: readonly string[];
  readonly optional?: readonly string[];
  /**
   * 'strict': a row with more or fewer cells than the header is an issue (reference data, where a
   * missing cell means a shifted row). 'relaxed' (default): short rows read as empty cells and extra
   * cells are ignored (exports from routing tools add trailing columns).
   */
  readonly cellCount?: 'strict' | 'relaxed';
}

/** Longest record accepted, in characters: bounds the memory one broken quote can make csv-parse hold. */
const MAX_RECORD_CHARS = 1_000_000;

/**
 * Streams the records of a CSV text to `onRecord` with the row number a spreadsheet would show (the
 * line the record ends on), after checking the header against `columns`. Every problem goes to
 * `issues`. Returns the header, or null when the file cannot be used at all (unreadable, empty, or a
 * required column missing) — then `onRecord` has not been called, or was stopped.
 */
export function forEachCsvRecord(
  text: string,
  issues: IssueList,
  columns: CsvColumns,
  onRecord: (values: readonly string[], row: number, header: CsvHeader) => void,
): CsvHeader | null {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  let header: CsvHeader | null = null;
  let headerOk = false;
  try {
    parse(text, {
      bom: true,
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      max_record_size: MAX_RECORD_CHARS,
      // Returning null keeps csv-parse from collecting records: a national travel matrix has millions.
      on_record: (record, info) => {
        if (header === null) {
          header = headerOf(record);
          headerOk = checkHeader(header, columns, issues, info.lines);
          return null;
        }
        if (!headerOk) return null;
        if (columns.cellCount === 'strict' && record.length !== header.names.length) {
          issues.add('column-count', { row: info.lines }, `raden har ${record.length} felt, men overskriftsraden har ${header.names.length}`);
          return null;
        }
        // csv-parse's trim stops at quotes; a quoted cell's inner spaces are no more meaningful here.
        onRecord(record.map((v) => v.trim()), info.lines, header);
        return null;
      },
    });
  } catch (e) {
    issues.add('unreadable', { row: errorNumber(e, 'lines'), field: fieldAt(header, errorNumber(e, 'index')) }, csvErrorNb(e));
    return null;
  }
  if (header === null) {
    issues.add('empty', {}, 'filen er tom (ingen overskriftsrad)');
    return null;
  }
  return headerOk ? header : null;
}

function headerOf(record: readonly string[]): CsvHeader {
  const index = new Map<string, number>();
  record.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  return { index, names: record.map((n) => n.trim()) };
}

function checkHeader(header: CsvHeader, columns: CsvColumns, issues: IssueList, row: number): boolean {
  let ok = true;
  for (const name of columns.required) {
    if (!header.index.has(name)) {
      issues.add('missing-column', { row, field: name }, `overskriftsraden mangler kolonnen «${name}» (fant: ${header.names.join(', ')})`);
      ok = false;
    }
  }
  return ok;
}

function errorNumber(e: unknown, key: 'lines' | 'index'): number | null {
  if (typeof e !== 'object' || e === null || !(key in e)) return null;
  const value: unknown = (e as Record<string, unknown>)[key]; // checked just above that the key is there
  return typeof value === 'number' ? value : null;
}

function fieldAt(header: CsvHeader | null, index: number | null): string | null {
  if (index === null) return null;
  return header?.names[index] ?? `kolonne ${index + 1}`;
}

/** csv-parse's error codes in Norwegian; its own messages are English and name lines its own way. */
function csvErrorNb(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'et anførselstegn åpner et felt som aldri lukkes (filen slutter inne i feltet)';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'tegn etter et avsluttende anførselstegn; et " inne i et sitert felt skrives ""';
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
      return 'anførselstegn midt i et felt som ikke er sitert; sett hele feltet i anførselstegn og skriv " som ""';
    case 'CSV_MAX_RECORD_SIZE':
      return `en rad er lengre enn ${MAX_RECORD_CHARS.toLocaleString('nb-NO')} tegn (mangler det et avsluttende anførselstegn?)`;
    default:
      return `kan ikke leses som CSV (${code || 'ukjent feil'})`;
  }
}

/** The value of a named column in a record ('' when the column or the cell is absent). */
export function cell(values: readonly string[], header: CsvHeader, name: string): string {
  const i = header.index.get(name);
  return i === undefined ? '' : (values[i] ?? '');
}

/** One record of a small file, kept with its row number. */
export interface CsvRow {
  readonly row: number;
  readonly values: readonly string[];
}

/**
 * All records of a small file (reference data, an optimiser's weights): the same reading as
 * `forEachCsvRecord`, collected. Null when the file cannot be used; the reasons are in `issues`.
 */
export function readCsvRows(text: string, issues: IssueList, columns: CsvColumns): { header: CsvHeader; rows: CsvRow[] } | null {
  const rows: CsvRow[] = [];
  const header = forEachCsvRecord(text, issues, columns, (values, row) => rows.push({ row, values }));
  return header === null ? null : { header, rows };
}
