import { formatInteger } from '../../format/numbers.js';

/**
 * Before the reform (1 January 2016) the register holds no geographic operating units or station
 * districts: that is a gap in the data, not a count of none, so such a zero is shown as «ukjent».
 */
const REFORM_START = '2016-01-01';

/** The value a fact tile shows: the count, or «ukjent» where a zero is only the register's gap. */
export function factValue(value: number, at: string, gapBeforeReform: boolean): string {
  return gapBeforeReform && value === 0 && at < REFORM_START ? 'ukjent' : formatInteger(value);
}
