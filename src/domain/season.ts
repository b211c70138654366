import type { Season } from './entities.js';

/**
 * Whether a seasonal office is staffed on a date. Seasons are MM-DD windows, inclusive at both ends,
 * and may wrap the new year (a winter season from 12-01 to 04-15). A season whose days are unknown
 * counts as in season: the register then keeps the office in the structure all year and says so.
 */
export function isInSeason(season: Season | null, date: string): boolean {
  if (!season || !season.from || !season.to) return true;
  const md = date.slice(5);
  return season.from <= season.to ? md >= season.from && md <= season.to : md >= season.from || md <= season.to;
}
