import type { IsoDate } from '../shared/dates.js';
import { isInSeason } from './season.js';
import type { Season } from './entities.js';

/**
 * Epochs: the sets of dates on which the structure is the same. A snapshot depends on its date only
 * through the changes in force (they take effect on a few dozen dates) and through seasons (a summer
 * office is staffed from its first day to its last, every year). So a date's epoch is named by the
 * latest change date on or before it and, where seasonal offices or services exist then, by which
 * of their seasons the date falls in: summer 2030 and summer 2031 after the last change are one
 * epoch. There are at most a few per change date, however many dates (up to year 9999) are asked
 * for, and everything derived from a snapshot can be built once per epoch.
 */

/** Which of `seasons` the date falls in, one character each ('1' in, '0' out). */
export function seasonSignature(seasons: readonly Season[], at: IsoDate): string {
  let out = '';
  for (const season of seasons) out += isInSeason(season, at) ? '1' : '0';
  return out;
}

/** The latest of the sorted `dates` on or before `at`, or null when all are later. */
export function latestOnOrBefore(dates: readonly string[], at: string): string | null {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : dates[lo - 1]!;
}
