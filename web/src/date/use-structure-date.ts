import { useSearchParams } from 'react-router';
import { DATE_PARAM } from './date-url.js';
import { isoDateOrNull, todayInNorway, type IsoDate } from '../../../src/shared/dates.js';

export { DATE_PARAM, withDate } from './date-url.js';

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
  const urlDate = isoDateOrNull(raw);
  return {
    date: urlDate ?? todayInNorway(),
    urlDate,
    invalid: raw !== null && raw.length > 0 && !urlDate ? raw : null,
  };
}
