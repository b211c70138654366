import { DomainError } from './errors.js';
import { err, ok, type Result } from './result.js';

/**
 * A calendar date in ISO 8601 form (YYYY-MM-DD), the register's unit of valid time. Branded so a raw
 * string has to pass `parseIsoDate` before it can be used as one. ISO dates compare correctly as
 * strings, which the fold relies on.
 */
export type IsoDate = string & { readonly __isoDate: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

/** Like parseIsoDate but throws a DomainError naming `what` (a field, option or column). */
export function toIsoDate(text: string, what = 'date'): IsoDate {
  const parsed = parseIsoDate(text);
  if (!parsed.ok) throw new DomainError('date.invalid', `${what}: ${parsed.error}`, { what, value: text });
  return parsed.value;
}

export function isIsoDate(text: unknown): text is IsoDate {
  return typeof text === 'string' && parseIsoDate(text).ok;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10) as IsoDate;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

// Built once: constructing an Intl.DateTimeFormat costs ~50× a format() call, and the API asks for
// "today" on every request without `at`. en-CA formats as YYYY-MM-DD.
const OSLO_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date in Norway. The register's dates are Norwegian civil dates, so "today" must not flip at
 * UTC midnight (01:00 or 02:00 in Oslo).
 */
export function todayInNorway(now: Date = new Date()): IsoDate {
  return OSLO_DATE.format(now) as IsoDate;
}

/** Every date from `from` to `to` inclusive, stepping `stepDays` (used by validation sweeps). */
export function* dateRange(from: IsoDate, to: IsoDate, stepDays = 1): Generator<IsoDate> {
  for (let d = from; d <= to; d = addDays(d, stepDays)) yield d;
}
