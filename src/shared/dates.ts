import { err, ok, type Result } from './result.js';

/**
 * A calendar date in ISO 8601 form (YYYY-MM-DD), the register's unit of valid time. Branded so a raw
 * string has to pass `parseIsoDate` before it can be used as one. ISO dates compare correctly as
 * strings, which the fold relies on.
 */
export type IsoDate = string & { readonly __isoDate: true };

/**
 * The first date the register covers: the 27 police districts took effect on 2002-01-01. Structure
 * rules are checked from it, and the web app's date pickers start there.
 */
export const REGISTER_START = '2002-01-01' as IsoDate;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The text as an IsoDate when it is a real calendar date (2018-02-30 is not), else why not (English, for logs and errors). */
export function parseIsoDate(text: string): Result<IsoDate> {
  const m = ISO_DATE.exec(text);
  if (!m) return err(`"${text}" is not a date in the form YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
    return err(`"${text}" is not a real calendar date`);
  }
  return ok(text as IsoDate);
}

/** Like parseIsoDate, for optional input (a URL parameter): the date, or null when absent or not a real date. */
export function isoDateOrNull(text: string | null | undefined): IsoDate | null {
  if (!text) return null;
  const parsed = parseIsoDate(text);
  return parsed.ok ? parsed.value : null;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10) as IsoDate;
}

// Built once: constructing an Intl.DateTimeFormat costs ~50× a format() call, and the API asks for
// "today" on every request without `at`. en-CA formats as YYYY-MM-DD.
const OSLO_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date in Norway. The register's dates are Norwegian civil dates, so "today" must not flip at
 * UTC midnight (01:00 or 02:00 in Oslo). Pure layers take the date as an argument instead of calling this.
 */
export function todayInNorway(now: Date = new Date()): IsoDate {
  return OSLO_DATE.format(now) as IsoDate;
}

/**
 * How far past today a date may lie. The register answers future dates from the changes already
 * decided (and scenarios are planned years ahead), but no plan reaches half a century out, and every
 * new date costs the server a snapshot and what is derived from it; so a bound keeps a client from
 * asking for thousands of pointless years (up to 9999) while leaving every real question open.
 */
export const FUTURE_HORIZON_YEARS = 50;

/** The last date answered: FUTURE_HORIZON_YEARS after `today` (29 February falls back to the 28th). */
export function latestDate(today: IsoDate): IsoDate {
  const year = String(Number(today.slice(0, 4)) + FUTURE_HORIZON_YEARS).padStart(4, '0');
  const candidate = `${year}${today.slice(4)}`;
  return parseIsoDate(candidate).ok ? (candidate as IsoDate) : (`${year}-02-28` as IsoDate);
}

/** Why a date lies outside the range the register answers for, with the bound it crossed. */
export type DateOutOfRange = { readonly bound: 'before-start' | 'after-horizon'; readonly limit: IsoDate };

/**
 * The date when it lies in the range the register answers for: from REGISTER_START (or, for an
 * exclusive lower bound such as a diff's `from`, the day before it) to `latestDate(today)`.
 */
export function dateInRange(date: IsoDate, today: IsoDate, options: { exclusiveStart?: boolean } = {}): Result<IsoDate, DateOutOfRange> {
  const earliest = options.exclusiveStart ? addDays(REGISTER_START, -1) : REGISTER_START;
  if (date < earliest) return err({ bound: 'before-start', limit: earliest });
  const latest = latestDate(today);
  if (date > latest) return err({ bound: 'after-horizon', limit: latest });
  return ok(date);
}
