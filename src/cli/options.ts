import { InvalidArgumentError } from 'commander';
import { parseIsoDate, todayInNorway, type IsoDate } from '../shared/dates.js';

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
