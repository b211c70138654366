import { parseDecimal } from './decimal.js';
import type { IssueList } from './file-issues.js';
import { cell, forEachCsvRecord } from './read-csv.js';

/**
 * The travel-time matrix file (docs/travel-time-matrix.md): one row per origin–destination pair,
 * `origin_id,destination_id,minutes`, extra columns ignored — the long format OSRM, Valhalla,
 * GraphHopper and ArcGIS tables export to. Both the accessibility analysis and the standalone
 * optimiser read it.
 *
 * The optimiser's first format, `origin,destination,value`, is still read so files people made for it
 * keep working; it is deprecated (the column names say neither that the ids are ids nor that the value
 * is minutes) and the CLI says so when it meets one.
 */
export type MatrixCsvFormat = 'current' | 'deprecated';

const COLUMNS: Record<MatrixCsvFormat, readonly [string, string, string]> = {
  current: ['origin_id', 'destination_id', 'minutes'],
  deprecated: ['origin', 'destination', 'value'],
};

/** The format a header line names, judged as the reader does (BOM, case, spaces and ; ignored). */
export function matrixCsvFormat(headerLine: string): MatrixCsvFormat {
  const names = new Set(
    headerLine
      .replace(/^\uFEFF/, '')
      .split(/[,;]/)
      .map((n) => n.trim().replace(/^"|"$/g, '').toLowerCase()),
  );
  const has = (format: MatrixCsvFormat) => COLUMNS[format].every((c) => names.has(c));
  return !has('current') && has('deprecated') ? 'deprecated' : 'current';
}

/** What the CLI prints when a matrix file uses the deprecated columns. */
export function matrixFormatDeprecationNb(file: string): string {
  return `${file}: kolonnene origin,destination,value er et eldre matriseformat som fortsatt leses, men som vil bli fjernet; gi kolonnene navnene origin_id,destination_id,minutes (se docs/travel-time-matrix.md)`;
}

/**
 * Reads the matrix rows. Empty ids and minutes that are missing, not a number or negative are issues
 * (named by the column the file uses); `onPair` still sees every row — with `minutes` null when it was
 * refused — so the caller can judge the ids too. Returns the format read, or null when the file cannot
 * be used (unreadable, empty, columns missing).
 */
export function forEachMatrixPair(
  text: string,
  issues: IssueList,
  onPair: (originId: string, destinationId: string, minutes: number | null, row: number, fields: readonly [string, string, string]) => void,
): MatrixCsvFormat | null {
  const format = matrixCsvFormat(text.slice(0, text.search(/\r|\n|$/)));
  const fields = COLUMNS[format];
  const [originField, destinationField, minutesField] = fields;
  const header = forEachCsvRecord(text, issues, { required: fields }, (values, row, h) => {
    const originId = cell(values, h, originField);
    const destinationId = cell(values, h, destinationField);
    if (originId === '') issues.add('missing-value', { row, field: originField }, 'id-en mangler');
    if (destinationId === '') issues.add('missing-value', { row, field: destinationField }, 'id-en mangler');
    const text = cell(values, h, minutesField);
    const parsed = parseDecimal(text);
    let minutes: number | null = null;
    if (!parsed.ok) issues.add(text === '' ? 'missing-value' : 'not-a-number', { row, field: minutesField }, parsed.reason);
    else if (parsed.value < 0) issues.add('out-of-range', { row, field: minutesField }, `${text} er negativ; reisetiden må være 0 eller mer`);
    else minutes = parsed.value;
    onPair(originId, destinationId, minutes, row, fields);
  });
  return header === null ? null : format;
}
