import { type IsoDate } from '../../../src/shared/dates.js';

/** The dates people ask about: the day before the reform, its first day, the final local structure. */
export interface QuickPick {
  label: string;
  /** null = today */
  date: IsoDate | null;
}

// The literal dates below are real calendar dates, so they are IsoDates as written.
export const BEFORE_REFORM = '2015-12-31' as IsoDate;

export const QUICK_PICKS: readonly QuickPick[] = [
  { label: 'Før reformen (31.12.2015)', date: BEFORE_REFORM },
  { label: 'Reformen starter (1.1.2016)', date: '2016-01-01' as IsoDate },
  { label: 'Endelig lokal struktur (1.7.2018)', date: '2018-07-01' as IsoDate },
  { label: 'I dag', date: null },
];
