import { readFileSync, existsSync } from 'node:fs';
import { IssueList, issuesLine } from '../../src/shared/csv/file-issues.js';
import { readCsvRows } from '../../src/shared/csv/read-csv.js';

/** One parsed CSV row with the file and 1-based line it came from, for error messages. */
export interface Row {
  readonly file: string;
  readonly line: number;
  get(column: string): string;
  /** The value, or null when the cell is empty. */
  opt(column: string): string | null;
}

export class DataError extends Error {
  constructor(file: string, line: number | null, message: string) {
    super(`${file}${line === null ? '' : `, row ${line}`}: ${message}`);
    this.name = 'DataError';
  }
}

/**
 * Reads a UTF-8 CSV with a header row through the project's one CSV reader (src/shared/csv). Every row
 * must have exactly the header's columns; asking for a column the header lacks is an error naming the
 * file, so a renamed column in the reference data fails the build loudly instead of producing empty
 * values.
 */
export function readCsv(path: string, label = path): Row[] {
  const issues = new IssueList(label);
  const csv = readCsvRows(readFileSync(path, 'utf8'), issues, { required: [], cellCount: 'strict' });
  if (csv === null || issues.count > 0) throw new Error(issuesLine(issues.result(), 5));
  const { header } = csv;
  return csv.rows.map(({ row: line, values }) => {
    const get = (column: string) => {
      const at = header.index.get(column.toLowerCase());
      if (at === undefined) throw new DataError(label, null, `has no column "${column}" (columns: ${header.names.join(', ')})`);
      return values[at] ?? '';
    };
    return { file: label, line, get, opt: (c: string) => get(c) || null };
  });
}

/** Reads an optional overlay file; a missing file means no overlay. */
export function readCsvIfExists(path: string, label = path): Row[] {
  return existsSync(path) ? readCsv(path, label) : [];
}
