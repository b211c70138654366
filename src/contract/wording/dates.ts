import { FUTURE_HORIZON_YEARS, REGISTER_START, parseIsoDate, type DateOutOfRange } from '../../shared/dates.js';

const LONG = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as Norwegian prose writes it: "2018-07-01" → "1. juli 2018". Anything that is not a date is returned as it is. */
export function formatLongDate(date: string): string {
  const parsed = parseIsoDate(date);
  if (!parsed.ok) return date;
  const [y, m, d] = parsed.value.split('-').map(Number);
  return LONG.format(new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)));
}

/**
 * What a date outside the register's range must be instead, to follow a subject ("Datoen …",
 * "Spørreparameteren «at» …"): the API and the CLI both say it this way.
 */
export function dateOutOfRangeNb(problem: DateOutOfRange): string {
  if (problem.bound === 'after-horizon') return `kan ligge høyst ${FUTURE_HORIZON_YEARS} år fram i tid, altså senest ${formatLongDate(problem.limit)}`;
  const why = problem.limit === REGISTER_START ? 'da registeret begynner' : 'dagen før registeret begynner';
  return `kan tidligst være ${formatLongDate(problem.limit)}, ${why}`;
}
