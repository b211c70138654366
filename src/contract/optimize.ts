import Type from 'typebox';
import { Proposal } from '../domain/scenario/proposals.js';
import { Scenario } from '../domain/scenario/scenario.js';
import { RegisterOptimizeReportSchema } from './optimize-report.js';
import './analysis.js';
import { Problem } from './common.js';
import { named, nameSchemas } from './named.js';
import { IsoDateString, Nullable, Slug, ref } from './schema-helpers.js';
import { FiniteInteger, FiniteNumber } from './finite-number.js';
import { TRAVEL_MODES } from './accessibility-options.js';

/**
 * Optimiser jobs: the request (the service's RegisterOptimizeRequest without server files), the job
 * as it runs and ends, and saving its answer as a draft scenario.
 */

const MAX_TIME_LIMIT_SECONDS = 120;

const OptimizeJobRequest = Type.Object(
  {
    at: Type.Optional(IsoDateString),
    objective: Type.Optional(Type.Union([Type.Literal('mclp'), Type.Literal('p-median')], { description: 'mclp (default): most people within the threshold; p-median: least total travel' })),
    keep: Type.Optional(FiniteInteger({ minimum: 1, maximum: 2000, description: 'K (default: the offices open on `at`)' })),
    thresholdMinutes: Type.Optional(FiniteNumber({ exclusiveMinimum: 0, maximum: 1440, description: 'Default 45' })),
    officesFrom: Type.Optional(Type.Array(IsoDateString, { maxItems: 20, description: 'Also candidates: every office in the structure on these dates' })),
    allHistoricOffices: Type.Optional(Type.Boolean({ description: 'Also candidates: every office in the register’s history' })),
    addedCandidates: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Slug,
            lat: FiniteNumber({ minimum: -90, maximum: 90 }),
            lon: FiniteNumber({ minimum: -180, maximum: 180 }),
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            districtId: Type.Optional(Nullable(Slug)),
          },
          { additionalProperties: false },
        ),
        { maxItems: 500, description: 'Proposed new sites' },
      ),
    ),
    mustKeep: Type.Optional(Type.Array(Slug, { maxItems: 2000 })),
    mustNot: Type.Optional(Type.Array(Slug, { maxItems: 2000 })),
    minPerDistrict: Type.Optional(FiniteInteger({ minimum: 0, maximum: 1000 })),
    districtMin: Type.Optional(Type.Record(Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }), FiniteInteger({ minimum: 0, maximum: 1000 }))),
    travel: Type.Optional(
      Type.Object(
        {
          model: Type.Optional(Type.Union(TRAVEL_MODES.map((m) => Type.Literal(m)), { description: 'road (default when a network is loaded; © OpenStreetMap contributors) or estimated' })),
          circuityFactor: Type.Optional(FiniteNumber({ minimum: 1, maximum: 5 })),
          speedKmh: Type.Optional(FiniteNumber({ exclusiveMinimum: 0, maximum: 200 })),
        },
        { additionalProperties: false },
      ),
    ),
    timeLimitSeconds: Type.Optional(FiniteNumber({ exclusiveMinimum: 0, maximum: MAX_TIME_LIMIT_SECONDS, description: 'Budget of the exact phase (default 60)' })),
    heuristicOnly: Type.Optional(Type.Boolean({ description: 'Greedy + swap only (well under a second), no bound' })),
  },
  { additionalProperties: false },
);

const SaveScenarioBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200, description: 'The draft scenario’s name (its description says which optimisation it came from)' }) },
  { additionalProperties: false },
);

const OPTIMIZE_BODIES = nameSchemas({ OptimizeJobRequest, SaveScenarioBody });
export { OptimizeJobRequest, SaveScenarioBody };

const OptimizeProgressSchema = Type.Object(
  {
    phase: Type.Union([Type.Literal('greedy'), Type.Literal('swap'), Type.Literal('exact'), Type.Literal('bound')]),
    iteration: Type.Integer({ minimum: 0 }),
    objective: Nullable(Type.Number({ description: 'Best value so far (covered people, or person-minutes for p-median)' })),
    bound: Nullable(Type.Number({ description: 'Proven bound so far' })),
    gap: Nullable(Type.Number({ description: 'Relative distance between objective and bound' })),
    elapsedSeconds: Type.Number(),
  },
  { additionalProperties: false },
);

const JOB_STATUSES = ['running', 'done', 'cancelled', 'failed'] as const;

export const OptimizeJob = Type.Object(
  {
    id: Type.String(),
    status: Type.Enum(JOB_STATUSES),
    createdAt: Type.String(),
    finishedAt: Nullable(Type.String()),
    /** When the job is forgotten (an hour after it finished; running jobs do not expire). */
    expiresAt: Nullable(Type.String()),
    request: named(OptimizeJobRequest),
    progress: Nullable(Type.Object(OptimizeProgressSchema.properties, { additionalProperties: false })),
    result: Nullable(named(RegisterOptimizeReportSchema)),
    problem: Nullable(ref(Problem)),
  },
  { $id: 'OptimizeJob', additionalProperties: false, description: 'An optimisation running in the background, or its answer' },
);

export const SavedOptimizeScenario = Type.Object(
  { scenario: named(Scenario), proposals: Type.Array(named(Proposal)) },
  { $id: 'SavedOptimizeScenario', additionalProperties: false },
);

export const OPTIMIZE_SCHEMAS = [...OPTIMIZE_BODIES, OptimizeJob, SavedOptimizeScenario];
