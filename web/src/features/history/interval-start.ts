import { formatLongDate } from '../../../../src/contract/wording/dates.js';

/**
 * When a period of a history began, as the table shows it. A period whose start the register does not
 * know (`fromKnown` false: in force by `from`, begun earlier — where the register's records start) is
 * said to be unknown, never given `from` as if it were the day it began.
 */
export function intervalStartText(interval: { from: string; fromKnown: boolean }): string {
  return interval.fromKnown ? formatLongDate(interval.from) : `Ukjent (senest ${formatLongDate(interval.from)}, der registeret starter)`;
}
