/**
 * The one model for problems found in a file someone gave us (CSV or GeoJSON: population points,
 * postcodes, travel-time matrices, optimiser problems, road networks, reference data). They are
 * expected failures, returned as values: each names the file, where in it (CSV row or GeoJSON
 * feature), the field, and says why in Norwegian, so a planner can fix the file without guessing.
 * `code` is stable for programs; `message` is what a person reads (CLI line, API problem detail).
 */
export type InputIssueCode =
  | 'unreadable'
  | 'column-count'
  | 'missing-column'
  | 'missing-value'
  | 'not-a-number'
  | 'out-of-range'
  | 'invalid-value'
  | 'duplicate-id'
  | 'duplicate-pair'
  | 'unknown-id'
  | 'missing-pairs'
  | 'empty'
  | 'too-many-issues';

export interface InputIssue {
  readonly code: InputIssueCode;
  readonly file: string;
  /**
   * CSV: the row number as a spreadsheet shows it (the header is row 1), i.e. the line the record ends
   * on. Null for GeoJSON and for issues about the file as a whole.
   */
  readonly row: number | null;
  /** GeoJSON: 1-based index of the feature in `features`. Null otherwise. */
  readonly feature: number | null;
  readonly field: string | null;
  /** Norwegian (bokmål): file, place, field, then why. */
  readonly message: string;
}

/** Past this many, one summary issue stands for the rest: a wrong file should not produce a million lines. */
const MAX_ISSUES = 50;

export interface IssueWhere {
  row?: number | null;
  feature?: number | null;
  field?: string | null;
}

/** "fil.csv, rad 3, felt «minutes»": the place an issue points at, as the messages write it. */
function issuePlace(file: string, where: IssueWhere): string {
  const { row = null, feature = null, field = null } = where;
  return [file, row !== null ? `rad ${row}` : null, feature !== null ? `objekt ${feature}` : null, field !== null ? `felt «${field}»` : null]
    .filter((p) => p !== null)
    .join(', ');
}

/** Collects issues for one file, capping the list and keeping a count of what was left out. */
export class IssueList {
  readonly issues: InputIssue[] = [];
  private dropped = 0;

  constructor(readonly file: string) {}

  /** `reason` is Norwegian and says what is wrong; the place is put in front of it here. */
  add(code: InputIssueCode, where: IssueWhere, reason: string): void {
    if (this.issues.length >= MAX_ISSUES) {
      this.dropped++;
      return;
    }
    const row = where.row ?? null;
    const feature = where.feature ?? null;
    const field = where.field ?? null;
    this.issues.push({ code, file: this.file, row, feature, field, message: `${issuePlace(this.file, { row, feature, field })}: ${reason}` });
  }

  get count(): number {
    return this.issues.length + this.dropped;
  }

  /** The issues, with a closing summary when some were left out. */
  result(): InputIssue[] {
    if (this.dropped === 0) return this.issues;
    return [
      ...this.issues,
      {
        code: 'too-many-issues',
        file: this.file,
        row: null,
        feature: null,
        field: null,
        message: `${this.file}: ${this.dropped} problem(er) til er ikke vist (viser de ${MAX_ISSUES} første)`,
      },
    ];
  }
}

/** At most `limit` issues as one line of text, with a count of the rest. */
export function issuesLine(issues: readonly InputIssue[], limit = 10): string {
  const shown = issues.slice(0, limit).map((i) => i.message);
  return shown.join('; ') + (issues.length > limit ? ` (og ${issues.length - limit} til)` : '');
}
