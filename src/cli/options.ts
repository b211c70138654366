import { InvalidArgumentError } from 'commander';
import { REGISTER_START, parseIsoDate, todayInNorway, type IsoDate } from '../shared/dates.js';

/** Commander parser for date options: refuses anything but a real YYYY-MM-DD date, naming the value. */
export function dateOption(value: string): IsoDate {
  const parsed = parseIsoDate(value);
  if (parsed.ok) return parsed.value;
  const why = /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'datoen finnes ikke i kalenderen' : 'skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2018-07-01';
  throw new InvalidArgumentError(`ugyldig dato «${value}»: ${why}`);
}

export function today(): IsoDate {
  return todayInNorway();
}

export function intOption(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${name} må være et heltall fra ${min} til ${max}, ikke «${value}»`);
    return n;
  };
}

/** How far ahead a date may lie: plans are dated years ahead, never centuries (a typo such as 2999). */
const FUTURE_YEARS = 50;

/** The last date the CLI accepts: FUTURE_YEARS after today. */
function latestAcceptedDate(now: IsoDate = today()): IsoDate {
  return `${String(Number(now.slice(0, 4)) + FUTURE_YEARS).padStart(4, '0')}${now.slice(4)}`.replace(/-02-29$/, '-02-28') as IsoDate;
}

/**
 * The one check of "a date the register can answer for" in the CLI: from REGISTER_START (nothing is
 * recorded before it, so an earlier date would show an empty or made-up structure) to a horizon.
 */
export function registerDateOption(value: string): IsoDate {
  const date = dateOption(value);
  const last = latestAcceptedDate();
  if (date < REGISTER_START) throw new InvalidArgumentError(`datoen ${date} er før registeret begynner ${REGISTER_START}; velg en dato fra ${REGISTER_START} til ${last}`);
  if (date > last) throw new InvalidArgumentError(`datoen ${date} er for langt fram i tid; velg en dato fra ${REGISTER_START} til ${last}`);
  return date;
}
