import type { Season } from './entities.js';

/** A season's days as MM-DD, inclusive, and whether they are the register's approximation. */
export interface SeasonDays {
  readonly from: string;
  readonly to: string;
  /** true when the source names only the season (summer, winter) and the days are the window below. */
  readonly approximate: boolean;
}

/**
 * The window the register uses when a source says only "summer" or "winter". Open all year would
 * make a summer office the nearest police in December (Geiranger for Skjåk), so a label-only season
 * gets the typical window, flagged approximate wherever it is shown:
 *  - summer 1 May – 30 September: the one summer office of the 2023 list whose season a source gives,
 *    Hvaler, is staffed "from May to September" (NRK 2024, via
 *    https://teknomers.com/en/the-need-is-not-there-news-norway-overview-of-news-from-various-parts-of-the-country);
 *  - winter 1 December – 30 April: the ski season of the mountain resorts, whose peak is Easter
 *    (Hemsedal, NRK 2023-08: https://www.nrk.no/osloogviken/mangedoblar-folketalet-i-vintersesongen-_-no-far-hemsedal-eigen_-midlertidig-polititenestestad-1.16507062);
 *    no source gives the days of a winter office.
 */
const APPROXIMATE_SEASON_DAYS: Readonly<Record<Season['label'], { from: string; to: string }>> = {
  summer: { from: '05-01', to: '09-30' },
  winter: { from: '12-01', to: '04-30' },
};

/** The days a season covers: its own when the source gives them, else the label's approximate window. */
export function seasonDays(season: Season): SeasonDays {
  if (season.from && season.to) return { from: season.from, to: season.to, approximate: false };
  const window = APPROXIMATE_SEASON_DAYS[season.label];
  return { from: season.from ?? window.from, to: season.to ?? window.to, approximate: true };
}

/**
 * Whether a seasonal office (or service) is staffed on a date. Seasons are MM-DD windows, inclusive at
 * both ends, and may wrap the new year (a winter season from 12-01 to 04-30). No season: always.
 */
export function isInSeason(season: Season | null, date: string): boolean {
  if (!season) return true;
  const { from, to } = seasonDays(season);
  const md = date.slice(5);
  return from <= to ? md >= from && md <= to : md >= from || md <= to;
}
