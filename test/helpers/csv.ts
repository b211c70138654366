import { readFileSync } from 'node:fs';
import { IssueList, issuesLine } from '../../src/shared/csv/file-issues.js';
import { readCsvRows } from '../../src/shared/csv/read-csv.js';

/** A reference CSV's rows as objects keyed by header name, read with the project's one CSV reader; throws its issues. */
export function readCsvObjects(path: string): Record<string, string>[] {
  const issues = new IssueList(path);
  const csv = readCsvRows(readFileSync(path, 'utf8'), issues, { required: [], cellCount: 'strict' });
  if (csv === null || issues.count > 0) throw new Error(issuesLine(issues.result()));
  const { names } = csv.header;
  return csv.rows.map(({ values }) => Object.fromEntries(names.map((name, i) => [name, values[i] ?? ''])));
}
