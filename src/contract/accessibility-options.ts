/** The reform's criterion: 90 % of each district's population within 45 minutes (domain facts §3). */
export const DEFAULT_THRESHOLD_MINUTES = 45;
export const DEFAULT_TARGET_SHARE = 0.9;
export const DEFAULT_THRESHOLDS: readonly number[] = [15, 30, 45, 60];
export const DEFAULT_WORST_SERVED = 20;

/** What an accessibility evaluation is asked for; the analysis checks the values (resolveOptions). */
export interface AccessibilityOptions {
  /** Minutes: a point is within when its travel time is at most this (default 45). */
  readonly thresholdMinutes?: number;
  /** Share within the threshold a district should reach, in (0, 1] (default 0.9). */
  readonly targetShare?: number;
  /** Minutes for the coverage table (default 15, 30, 45, 60). */
  readonly thresholds?: readonly number[];
  /** How many of the worst-served points to list (default 20). */
  readonly worstServedCount?: number;
}

/**
 * The travel models a request can choose: `road` routes on the road network (the default when one is
 * present), `estimated` is straight-line distance × circuity at an average speed.
 */
export const TRAVEL_MODES = ['road', 'estimated'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];
