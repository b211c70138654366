import {
  DEFAULT_TARGET_SHARE,
  DEFAULT_THRESHOLD_MINUTES,
  DEFAULT_THRESHOLDS,
  DEFAULT_WORST_SERVED,
  type AccessibilityOptions,
} from '../contract/accessibility-options.js';
import { DomainError } from '../domain/errors.js';

export interface ResolvedOptions {
  readonly thresholdMinutes: number;
  readonly targetShare: number;
  /** Ascending, distinct. */
  readonly thresholds: readonly number[];
  readonly worstServedCount: number;
}

export function resolveOptions(options: AccessibilityOptions = {}): ResolvedOptions {
  const thresholdMinutes = options.thresholdMinutes ?? DEFAULT_THRESHOLD_MINUTES;
  const targetShare = options.targetShare ?? DEFAULT_TARGET_SHARE;
  const thresholds = [...new Set(options.thresholds ?? DEFAULT_THRESHOLDS)].sort((a, b) => a - b);
  const worstServedCount = options.worstServedCount ?? DEFAULT_WORST_SERVED;
  const bad = (name: string, value: unknown, why: string) =>
    new DomainError('analysis.options', `${name} ${why}, got ${String(value)}`, { option: name, value });
  if (!(Number.isFinite(thresholdMinutes) && thresholdMinutes > 0)) throw bad('thresholdMinutes', thresholdMinutes, 'must be a number of minutes > 0');
  if (!(targetShare > 0 && targetShare <= 1)) throw bad('targetShare', targetShare, 'must be a share in (0, 1]');
  for (const t of thresholds) if (!(Number.isFinite(t) && t >= 0)) throw bad('thresholds', t, 'must be minutes ≥ 0');
  if (!(Number.isInteger(worstServedCount) && worstServedCount >= 0)) throw bad('worstServedCount', worstServedCount, 'must be a whole number ≥ 0');
  return { thresholdMinutes, targetShare, thresholds, worstServedCount };
}
