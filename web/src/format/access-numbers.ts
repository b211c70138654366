/**
 * Shares, minutes and signed changes as the accessibility page shows them (nb-NO). Units follow a
 * no-break space, so a narrow table column never puts "min" on a line of its own.
 */

const PERCENT = new Intl.NumberFormat('nb-NO', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const MINUTES = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const ONE_DECIMAL = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const SIGNED_INTEGER = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });

/** "99,0 %", or "–" where there is nobody to divide by. */
export function formatShare(share: number | null): string {
  return share === null ? '–' : PERCENT.format(share);
}

/** "9,3 min", or "–". */
export function formatMinutes(minutes: number | null): string {
  return minutes === null ? '–' : `${MINUTES.format(minutes)}\u00a0min`;
}

/** A change in share as percentage points: "+0,4 p.p.", "−1,2 p.p.", "0,0 p.p.". */
export function formatSharePoints(change: number | null): string {
  return change === null ? '–' : `${ONE_DECIMAL.format(change * 100)}\u00a0p.p.`;
}

/** A change in minutes: "+1,6 min". */
export function formatMinutesChange(change: number | null): string {
  return change === null ? '–' : `${ONE_DECIMAL.format(change)}\u00a0min`;
}

/** A change in a count: "+17", "−110", "0". */
export function formatCountChange(change: number): string {
  return SIGNED_INTEGER.format(change);
}

/** A target share as whole percent: "90 %". */
export function formatTargetPercent(share: number): string {
  return `${Math.round(share * 100)}\u00a0%`;
}
