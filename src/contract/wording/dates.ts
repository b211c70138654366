import { parseIsoDate } from '../../shared/dates.js';

const LONG = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as Norwegian prose writes it: "2018-07-01" → "1. juli 2018". Anything that is not a date is returned as it is. */
export function formatLongDate(date: string): string {
  const parsed = parseIsoDate(date);
  if (!parsed.ok) return date;
  const [y, m, d] = parsed.value.split('-').map(Number);
  return LONG.format(new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)));
}
