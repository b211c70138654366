import { err, ok, type Result } from '../../shared/result.js';
import { cell, forEachCsvRecord } from '../../shared/csv/read-csv.js';
import { parseDecimal } from '../../shared/csv/decimal.js';
import { IssueList, type InputIssue } from '../../shared/csv/file-issues.js';

/**
 * Published driving times between towns, each with its source, for calibrating and judging the road
 * model (`data/roads/published-driving-times.csv`). One row per pair; a pair without a citable figure
 * is left out, never estimated.
 *
 * Columns: `from,to,minutes,source_url,source_says` (+ optional `note`). `source_says` quotes the
 * figure as the source gives it (e.g. "4:03 h"), so a reader can check the conversion to minutes.
 */
export interface PublishedDrivingTime {
  readonly from: string;
  readonly to: string;
  readonly minutes: number;
  readonly sourceUrl: string;
  readonly sourceSays: string;
  readonly note: string;
}

/** The calibration towns and the register office that stands for each (its police station). */
export interface CalibrationTown {
  readonly town: string;
  readonly officeId: string;
}

export function parsePublishedDrivingTimes(text: string, fileName: string, towns: ReadonlySet<string>): Result<PublishedDrivingTime[], InputIssue[]> {
  const issues = new IssueList(fileName);
  const out: PublishedDrivingTime[] = [];
  const seen = new Map<string, number>();
  forEachCsvRecord(text, issues, { required: ['from', 'to', 'minutes', 'source_url', 'source_says'], optional: ['note'] }, (values, row, h) => {
    const before = issues.count;
    const from = cell(values, h, 'from');
    const to = cell(values, h, 'to');
    for (const [field, town] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!towns.has(town)) issues.add('unknown-id', { row, field }, `«${town}» er ikke blant kalibreringsbyene (${[...towns].join(', ')})`);
    }
    if (from === to) issues.add('invalid-value', { row, field: 'to' }, 'et par trenger to ulike byer');
    const key = [from, to].sort().join('|');
    if (seen.has(key)) issues.add('duplicate-pair', { row, field: 'from' }, `${from}–${to} står allerede i rad ${seen.get(key)}`);
    const minutesText = cell(values, h, 'minutes');
    const parsed = parseDecimal(minutesText);
    if (!parsed.ok) issues.add(minutesText === '' ? 'missing-value' : 'not-a-number', { row, field: 'minutes' }, parsed.reason);
    else if (!(parsed.value > 0 && parsed.value < 3000)) issues.add('out-of-range', { row, field: 'minutes' }, `${minutesText} er ikke en kjøretid i minutter (0…3000)`);
    const sourceUrl = cell(values, h, 'source_url');
    if (!/^https?:\/\/\S+$/.test(sourceUrl)) issues.add('invalid-value', { row, field: 'source_url' }, `«${sourceUrl}» er ikke en URL: hvert tall trenger kilden sin`);
    const sourceSays = cell(values, h, 'source_says');
    if (sourceSays === '') issues.add('missing-value', { row, field: 'source_says' }, 'siter tallet slik kilden oppgir det');
    if (issues.count > before || !parsed.ok) return;
    seen.set(key, row);
    out.push({ from, to, minutes: parsed.value, sourceUrl, sourceSays, note: cell(values, h, 'note') });
  });
  if (issues.count > 0) return err(issues.result());
  return ok(out);
}

export function parseCalibrationTowns(text: string, fileName: string): Result<CalibrationTown[], InputIssue[]> {
  const issues = new IssueList(fileName);
  const out: CalibrationTown[] = [];
  const seen = new Set<string>();
  forEachCsvRecord(text, issues, { required: ['town', 'office_id'] }, (values, row, h) => {
    const town = cell(values, h, 'town');
    const officeId = cell(values, h, 'office_id');
    if (town === '') issues.add('missing-value', { row, field: 'town' }, 'byen mangler');
    else if (seen.has(town)) issues.add('duplicate-id', { row, field: 'town' }, `${town} står to ganger`);
    if (officeId === '') issues.add('missing-value', { row, field: 'office_id' }, 'office_id mangler');
    if (town === '' || officeId === '' || seen.has(town)) return;
    seen.add(town);
    out.push({ town, officeId });
  });
  if (issues.count > 0) return err(issues.result());
  return ok(out);
}
