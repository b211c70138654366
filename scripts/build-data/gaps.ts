/**
 * What the build could not establish from the sources, collected while compiling and printed in the
 * consistency report. A gap is never filled by guessing; at most by a marked inference.
 */
export interface Gap {
  area: string;
  subject: string;
  message: string;
}

export class Gaps {
  readonly items: Gap[] = [];
  add(area: string, subject: string, message: string): void {
    this.items.push({ area, subject, message });
  }
}
