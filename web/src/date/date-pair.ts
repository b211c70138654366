import { FUTURE_HORIZON_YEARS, isoDateOrNull, latestDate, REGISTER_START, todayInNorway, type IsoDate } from '../../../src/shared/dates.js';

export type DatePairCheck = { ok: true; from: IsoDate; to: IsoDate } | { ok: false; message: string };

/**
 * Two dates typed into a "fra / til" form: both real calendar dates within the register (from
 * 2002-01-01 to the horizon, FUTURE_HORIZON_YEARS ahead), the first before the second. The message is the visitor's, in Norwegian.
 */
export function checkDatePair(fromText: string, toText: string, today: IsoDate = todayInNorway()): DatePairCheck {
  const from = isoDateOrNull(fromText);
  const to = isoDateOrNull(toText);
  if (!from || !to || from < REGISTER_START || to < REGISTER_START) return { ok: false, message: 'Velg to datoer fra og med 1. januar 2002.' };
  if (to > latestDate(today)) return { ok: false, message: `Velg datoer senest ${FUTURE_HORIZON_YEARS} år fram i tid.` };
  if (from >= to) return { ok: false, message: '«Fra» må være før «til».' };
  return { ok: true, from, to };
}
