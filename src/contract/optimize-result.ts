import Type from 'typebox';

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);

/** The answer, as a schema so the API can serve it and document it from one source. */
export const OptimizeResultSchema = Type.Object(
  {
    objective: Type.Union([Type.Literal('mclp'), Type.Literal('p-median')]),
    /** K */
    keep: Type.Integer({ minimum: 0 }),
    thresholdMinutes: Nullable(Type.Number()),
    /** Selected candidate ids, in candidate order. */
    selected: Type.Array(Type.String()),
    status: Type.Union([
      Type.Literal('heuristic'),
      Type.Literal('optimal'),
      Type.Literal('time-limit'),
      Type.Literal('bounded'),
      Type.Literal('cancelled'),
    ]),
    /** The objective's own value: covered weight (mclp, maximised) or weighted minutes (p-median, minimised). */
    objectiveValue: Type.Number(),
    /** Share of total weight within the threshold; null when there is no threshold. */
    coveredShare: Nullable(Type.Number()),
    coveredWeight: Nullable(Type.Number()),
    totalWeight: Type.Number(),
    /** Σ weight × minutes to the nearest selected site. */
    weightedMinutes: Type.Number(),
    /** weightedMinutes / totalWeight */
    meanMinutes: Type.Number(),
    /** Covered share of the actual structure; filled in by the caller, null here. */
    baselineCoveredShare: Nullable(Type.Number()),
    /** Proven bound on the objective value: upper for mclp, lower for p-median. */
    bound: Nullable(Type.Number()),
    /** |bound − objectiveValue| / |objectiveValue|; null without a bound. */
    gap: Nullable(Type.Number()),
    /** What was done, e.g. "greedy+swap → HiGHS 1.15.1 MIP (optimal)". */
    solver: Type.String(),
    seconds: Type.Number(),
    heuristic: Type.Object({ objectiveValue: Type.Number(), seconds: Type.Number() }),
  },
  { additionalProperties: false },
);
export type OptimizeResult = Type.Static<typeof OptimizeResultSchema>;
