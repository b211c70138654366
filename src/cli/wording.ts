import { formatNumber } from './output.js';

/** "1 endring", "2 endringer", "12 345 endringer": the count with its noun in the right number. */
export function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
