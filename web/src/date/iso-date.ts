/** Calendar dates as the API takes them: YYYY-MM-DD strings, compared as strings. */
export type IsoDate = string & { readonly __isoDate: unique symbol };

/** The first date the register covers (the 27 districts of 2002). */
export const REGISTER_START = '2002-01-01';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date as an IsoDate when it is a real calendar date (2018-02-30 is not), else null. */
export function parseIsoDate(text: string | null | undefined): IsoDate | null {
  if (!text) return null;
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  // Checked against the pattern and the calendar just above.
  return text as IsoDate;
}

/** Today's date in Norway (the API's default for `at`), whatever the visitor's own time zone. */
export function todayInNorway(now: Date = new Date()): IsoDate {
  // sv-SE formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now) as IsoDate;
}

const LONG = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "1. juli 2018" */
export function formatLongDate(date: string): string {
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  const [y, m, d] = parsed.split('-').map(Number);
  return LONG.format(new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)));
}
