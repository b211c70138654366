/**
 * Problems found in an imported file (population points, postcodes, travel-time matrices). They are
 * expected failures, returned as values: each names the file, where in it (CSV row or GeoJSON
 * feature), the field and why, so a planner can fix the file without guessing.
 */
export type InputIssueCode = 'unreadable' | 'missing-column' | 'missing-value' | 'not-a-number' | 'out-of-range' | 'invalid-value' | 'duplicate-id' | 'duplicate-pair' | 'unknown-id' | 'missing-pairs' | 'empty' | 'too-many-issues';

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
  /** English text naming file, place, field and reason; the UI maps `code` to Norwegian. */
  readonly message: string;
}

/** Past this many, one summary issue stands for the rest: a wrong file should not produce a million lines. */
const MAX_ISSUES = 50;

export interface IssueWhere {
  row?: number | null;
  feature?: number | null;
  field?: string | null;
}

/** Collects issues for one file, capping the list and keeping a count of what was left out. */
export class IssueList {
  readonly issues: InputIssue[] = [];
  private dropped = 0;

  constructor(readonly file: string) {}

  add(code: InputIssueCode, where: IssueWhere, reason: string): void {
    if (this.issues.length >= MAX_ISSUES) {
      this.dropped++;
      return;
    }
    const row = where.row ?? null;
    const feature = where.feature ?? null;
    const field = where.field ?? null;
    const place = [
      this.file,
      row !== null ? `row ${row}` : null,
      feature !== null ? `feature ${feature}` : null,
      field !== null ? `field "${field}"` : null,
    ]
      .filter((p) => p !== null)
      .join(', ');
    this.issues.push({ code, file: this.file, row, feature, field, message: `${place}: ${reason}` });
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
        message: `${this.file}: ${this.dropped} more problem(s) not listed (showing the first ${MAX_ISSUES})`,
      },
    ];
  }
}
