import type { DatePrecision } from '../../src/domain/changes.js';
import { parseIsoDate } from '../../src/shared/dates.js';
import { DataError } from './csv.js';

/**
 * Reads the date forms found in the reference and curation files: YYYY-MM-DD (day), YYYY-MM (month,
 * dated to its first day), YYYY (year, dated to 1 January). Anything else is an error naming where.
 */
export function parseLooseDate(text: string, where: { file: string; line: number; column: string }): { date: string; precision: DatePrecision } {
  const fail = (why: string) => new DataError(where.file, where.line, `${where.column} "${text}" ${why}`);
  let date: string;
  let precision: DatePrecision;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) [date, precision] = [text, 'day'];
  else if (/^\d{4}-\d{2}$/.test(text)) [date, precision] = [`${text}-01`, 'month'];
  else if (/^\d{4}$/.test(text)) [date, precision] = [`${text}-01-01`, 'year'];
  else throw fail('is not a date (YYYY-MM-DD, YYYY-MM or YYYY)');
  if (!parseIsoDate(date).ok) throw fail('is not a real calendar date');
  return { date, precision };
}
