import Type from 'typebox';
import { TravelModelInfoSchema } from './accessibility-report.js';
import { OptimizeResultSchema } from './optimize-result.js';

/**
 * The answer of an optimisation over the register, as a schema so the CLI's --json and the API serve
 * and document the same object. It is the solver's `OptimizeResult` (with `baselineCoveredShare`
 * filled in) plus what a planner needs to read it: the base date's actual structure measured on the
 * same candidates and model, the changes against it, every candidate, and per-district counts.
 */
const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);

export type CandidateOrigin = 'open' | 'register' | 'added';

const OptimizeCandidateSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    /** The district it counts towards for district minimums (the base date's districts); null for none. */
    districtId: Nullable(Type.String()),
    /** open = open on the base date; register = another office of the register; added = a proposed site. */
    origin: Type.Union([Type.Literal('open'), Type.Literal('register'), Type.Literal('added')]),
    lat: Type.Number(),
    lon: Type.Number(),
    selected: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type OptimizeCandidate = Type.Static<typeof OptimizeCandidateSchema>;

const OptimizeBaselineSchema = Type.Object(
  {
    at: Type.String(),
    /** Offices open on the base date: the actual structure. */
    offices: Type.Integer({ minimum: 0 }),
    coveredShare: Nullable(Type.Number()),
    coveredWeight: Nullable(Type.Number()),
    meanMinutes: Type.Number(),
    /** The actual structure's value of the objective (covered weight or weighted minutes). */
    objectiveValue: Type.Number(),
  },
  { additionalProperties: false },
);

const OptimizeDistrictSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    /** The minimum asked for (0 when none). */
    minimum: Type.Integer({ minimum: 0 }),
    baselineOffices: Type.Integer({ minimum: 0 }),
    selectedOffices: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

export const RegisterOptimizeReportSchema = Type.Object(
  {
    ...OptimizeResultSchema.properties,
    /** The base date. */
    at: Type.String(),
    baseline: OptimizeBaselineSchema,
    /** Against the base structure: offices open then but not selected, and selected sites not open then. */
    changes: Type.Object(
      { closed: Type.Array(Type.String()), opened: Type.Array(Type.String()) },
      { additionalProperties: false },
    ),
    candidates: Type.Array(OptimizeCandidateSchema),
    districts: Type.Array(OptimizeDistrictSchema),
    travelModel: TravelModelInfoSchema,
    demand: Type.Object(
      {
        points: Type.Integer({ minimum: 0 }),
        population: Type.Number(),
        method: Type.Object({ id: Type.String(), nb: Type.String(), en: Type.String() }),
      },
      { additionalProperties: false },
    ),
    /** Set by a caller that saved the answer as a draft scenario (`saveOptimizeScenario`). */
    savedScenario: Type.Optional(
      Type.Object(
        { id: Type.Integer({ minimum: 1 }), name: Type.String(), baseDate: Type.String(), status: Type.String(), proposals: Type.Integer({ minimum: 0 }) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type RegisterOptimizeReport = Type.Static<typeof RegisterOptimizeReportSchema>;
