import Type from 'typebox';

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
