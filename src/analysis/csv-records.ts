import { parse } from 'csv-parse/sync';
import type { IssueList } from './input-issues.js';

/**
 * Streams the records of a CSV text to a callback with the row number a spreadsheet would show, after
 * checking the header. Pure: the caller has read the file. Comma is the separator; a header with
 * semicolons and no commas (Excel in a Norwegian locale) switches to semicolon.
 */
export interface CsvHeader {
  /** Column index by (trimmed, lower-cased) name. */
  readonly index: ReadonlyMap<string, number>;
}

export function forEachCsvRecord(
  text: string,
  issues: IssueList,
  columns: { required: readonly string[]; optional?: readonly string[] },
  onRecord: (values: readonly string[], row: number, header: CsvHeader) => void,
): CsvHeader | null {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  let header: CsvHeader | null = null;
  let headerOk = false;
  try {
    parse(text, {
      bom: true,
      delimiter,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // Returning null keeps csv-parse from collecting records: a national travel matrix has millions.
      on_record: (record, info) => {
        if (header === null) {
          const index = new Map<string, number>();
          record.forEach((name, i) => index.set(name.trim().toLowerCase(), i));
          header = { index };
          headerOk = true;
          for (const name of columns.required) {
            if (!index.has(name)) {
              issues.add('missing-column', { row: info.lines, field: name }, `the header has no column "${name}" (found: ${record.join(', ')})`);
              headerOk = false;
            }
          }
          return null;
        }
        if (headerOk) onRecord(record, info.lines, header);
        return null;
      },
    });
  } catch (e) {
    const lines = typeof e === 'object' && e !== null && 'lines' in e && typeof e.lines === 'number' ? e.lines : null;
    issues.add('unreadable', { row: lines }, `not readable as CSV: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
  if (header === null) {
    issues.add('empty', {}, 'the file is empty (no header row)');
    return null;
  }
  return headerOk ? header : null;
}

/** The value of a named column in a record ('' when the column or the cell is absent). */
export function cell(values: readonly string[], header: CsvHeader, name: string): string {
  const i = header.index.get(name);
  return i === undefined ? '' : (values[i] ?? '');
}

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A decimal number written with a point, or the reason it is not one. `Number()` alone would accept
 * '' (as 0), hex and 'Infinity', and would silently misread a decimal comma.
 */
export function parseDecimal(text: string): { ok: true; value: number } | { ok: false; reason: string } {
  if (text === '') return { ok: false, reason: 'is empty' };
  if (DECIMAL.test(text)) return { ok: true, value: Number(text) };
  if (/^[-+]?\d+,\d+$/.test(text)) return { ok: false, reason: `"${text}" uses a decimal comma; write a decimal point` };
  return { ok: false, reason: `"${text}" is not a number` };
}
