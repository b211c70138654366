import { useSearchParams } from 'react-router';
import { parseIsoDate, todayInNorway, type IsoDate } from './iso-date.js';

/** The URL parameter that carries the date, so a view can be shared: ?dato=2018-07-01 */
export const DATE_PARAM = 'dato';

export interface StructureDate {
  /** The date the page shows: the URL's date, else today in Norway. */
  date: IsoDate;
  /** The date named in the URL (links inside the site carry it on), or null for "today". */
  urlDate: IsoDate | null;
  /** The raw ?dato= value when it is present but not a calendar date (the page says so). */
  invalid: string | null;
}

export function useStructureDate(): StructureDate {
  const [params] = useSearchParams();
  const raw = params.get(DATE_PARAM);
  const urlDate = parseIsoDate(raw);
  return {
    date: urlDate ?? todayInNorway(),
    urlDate,
    invalid: raw !== null && raw.length > 0 && !urlDate ? raw : null,
  };
}

/** `path` with ?dato= set to `date` (or removed when null), keeping its other parameters. */
export function withDate(path: string, date: string | null): string {
  const hashAt = path.indexOf('#');
  const hash = hashAt >= 0 ? path.slice(hashAt) : '';
  const rest = hashAt >= 0 ? path.slice(0, hashAt) : path;
  const queryAt = rest.indexOf('?');
  const base = queryAt >= 0 ? rest.slice(0, queryAt) : rest;
  const params = new URLSearchParams(queryAt >= 0 ? rest.slice(queryAt + 1) : '');
  if (date) params.set(DATE_PARAM, date);
  else params.delete(DATE_PARAM);
  const query = params.toString();
  return `${base}${query ? `?${query}` : ''}${hash}`;
}
