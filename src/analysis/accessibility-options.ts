import Type from 'typebox';
import { DomainError } from '../domain/errors.js';

/** The reform's criterion: 90 % of each district's population within 45 minutes (domain facts §3). */
export const DEFAULT_THRESHOLD_MINUTES = 45;
export const DEFAULT_TARGET_SHARE = 0.9;
export const DEFAULT_THRESHOLDS: readonly number[] = [15, 30, 45, 60];
export const DEFAULT_WORST_SERVED = 20;

/** Options as an API schema, so the HTTP layer validates them from the same source. */
export const AccessibilityOptionsSchema = Type.Object(
  {
    thresholdMinutes: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1440, default: DEFAULT_THRESHOLD_MINUTES })),
    targetShare: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1, default: DEFAULT_TARGET_SHARE })),
    thresholds: Type.Optional(Type.Array(Type.Number({ minimum: 0, maximum: 1440 }), { maxItems: 20 })),
    worstServedCount: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, default: DEFAULT_WORST_SERVED })),
  },
  { additionalProperties: false },
);
export type AccessibilityOptions = Type.Static<typeof AccessibilityOptionsSchema>;

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
