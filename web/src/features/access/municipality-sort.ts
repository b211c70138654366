import type { MunicipalitySummary } from '../../../../src/contract/accessibility-report.js';

/** How the municipality table can be ordered; the default puts the worst served first. */
export type MunicipalitySortKey = 'name' | 'population' | 'share' | 'meanMinutes' | 'maxMinutes';
export type SortDirection = 'ascending' | 'descending';

export interface MunicipalitySort {
  key: MunicipalitySortKey;
  direction: SortDirection;
}

export const WORST_FIRST: MunicipalitySort = { key: 'meanMinutes', direction: 'descending' };

/** The direction a column starts in when chosen: figures where more is worse (or larger) go high first. */
export function firstDirection(key: MunicipalitySortKey): SortDirection {
  return key === 'name' || key === 'share' ? 'ascending' : 'descending';
}

const COLLATOR = new Intl.Collator('nb-NO');

/**
 * A sorted copy. Municipalities without a figure (no inhabitants) go last either way; ties keep
 * the municipality number order, so the order is the same on every visit.
 */
export function sortMunicipalities(list: readonly MunicipalitySummary[], { key, direction }: MunicipalitySort): MunicipalitySummary[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...list].sort((a, b) => {
    if (key === 'name') return sign * COLLATOR.compare(a.name, b.name) || a.number.localeCompare(b.number);
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) return x === y ? a.number.localeCompare(b.number) : x === null ? 1 : -1;
    return sign * (x - y) || a.number.localeCompare(b.number);
  });
}
