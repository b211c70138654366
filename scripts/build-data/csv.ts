import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

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
 * Reads a UTF-8 CSV with a header row. Every row must have exactly the header's columns; asking for a
 * column the header lacks is an error naming the file, so a renamed column in the reference data
 * fails the build loudly instead of producing empty values.
 */
export function readCsv(path: string, label = path): Row[] {
  // Some reference files mix CRLF and LF line ends, which csv-parse's delimiter detection does not accept.
  const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  const records = parse(text, { bom: true, relax_column_count: false, skip_empty_lines: true }) as string[][];
  const [header, ...rows] = records;
  if (!header) throw new DataError(label, null, 'the file is empty (no header row)');
  const index = new Map(header.map((h, i) => [h.trim(), i]));
  return rows.map((cells, i) => {
    const line = i + 2;
    const get = (column: string) => {
      const at = index.get(column);
      if (at === undefined) throw new DataError(label, null, `has no column "${column}" (columns: ${header.join(', ')})`);
      return (cells[at] ?? '').trim();
    };
    return { file: label, line, get, opt: (c: string) => get(c) || null };
  });
}

/** Reads an optional overlay file; a missing file means no overlay. */
export function readCsvIfExists(path: string, label = path): Row[] {
  return existsSync(path) ? readCsv(path, label) : [];
}
