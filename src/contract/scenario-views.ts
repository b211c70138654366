import Type from 'typebox';
import { ComparisonReportSchema } from './comparison-report.js';
import { CriteriaReportSchema } from './criteria-report.js';
import { AccessibilityReportSchema } from './accessibility-report.js';
import { ChangeOp, Decision, RecordedChange, type ChangeOp as ChangeOpType } from '../domain/changes.js';
import { Proposal } from '../domain/scenario/proposals.js';
import { Scenario, ScenarioSummary } from '../domain/scenario/scenario.js';

// The domain's scenario and proposal types, as the browser sees them in answers.
export type { Scenario,  ScenarioSummary } from '../domain/scenario/scenario.js';
export type { Proposal } from '../domain/scenario/proposals.js';

/**
 * The scenario service's inputs and outputs as schemas, for the HTTP API (request validation,
 * response schemas, OpenAPI) and for tests that hold the outputs to them. Imports only schema
 * modules, so the web app can check answers with them without bundling the analysis.
 */
const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

// --- Inputs ---------------------------------------------------------------------------------------

export const CreateScenarioInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: 10_000 })),
    baseDate: IsoDate,
  },
  { additionalProperties: false },
);
export type CreateScenarioInput = Type.Static<typeof CreateScenarioInput>;

export const UpdateScenarioInput = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    description: Type.Optional(Type.String({ maxLength: 10_000 })),
  },
  { additionalProperties: false },
);
export type UpdateScenarioInput = Type.Static<typeof UpdateScenarioInput>;

export const PublishInput = Type.Object(
  {
    decision: Decision,
    /** Default: the scenario's base date. Not before it. */
    effective: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type PublishInput = Type.Static<typeof PublishInput>;

// --- Outputs --------------------------------------------------------------------------------------

export const ScenarioIssueSchema = Type.Object({
  position: Type.Integer({ minimum: 1 }),
  code: Type.String(),
  subject: Type.String(),
  message: Type.String(),
  reason: Type.String(),
  details: Type.Record(Type.String(), Type.Unknown()),
  proposal: Proposal,
  /** Names of the things the proposal mentions, by id. */
  names: Type.Record(Type.String(), Type.String()),
});

const ScenarioStepSchema = Type.Object({
  position: Type.Integer({ minimum: 1 }),
  proposal: Proposal,
  /** English label ("close office Alta politistasjon"). */
  label: Type.String(),
  /** Names of the things the proposal and its ops mention, by id, on the base structure or as created. */
  names: Type.Record(Type.String(), Type.String()),
  ops: Type.Array(ChangeOp),
  issues: Type.Array(ScenarioIssueSchema),
});

const BaseViolationSchema = Type.Object({ rule: Type.String(), subject: Type.String(), message: Type.String() });

/** A scenario with each proposal expanded on its base date, and whatever breaks. */
export const ScenarioViewSchema = Type.Object({
  scenario: Scenario,
  steps: Type.Array(ScenarioStepSchema),
  issues: Type.Array(ScenarioIssueSchema),
  /** What already breaks the rules in the official structure on the base date (not the scenario's doing). */
  baseViolations: Type.Array(BaseViolationSchema),
});

export const ScenarioEvaluationSchema = Type.Object({
  scenario: ScenarioSummary,
  at: IsoDate,
  issues: Type.Array(ScenarioIssueSchema),
  criteria: CriteriaReportSchema,
  accessibility: AccessibilityReportSchema,
});

const OfficeRefSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  districtId: Type.String(),
  stationDistrictId: Nullable(Type.String()),
  municipalityNumber: Type.String(),
});

const MunicipalityFartherSchema = Type.Object({
  number: Type.String(),
  name: Type.String(),
  districtId: Type.String(),
  population: Type.Number(),
  populationFarther: Type.Number(),
  meanMinutesBefore: Nullable(Type.Number()),
  meanMinutesAfter: Nullable(Type.Number()),
  meanIncreaseForFarther: Nullable(Type.Number()),
  personMinutesAdded: Type.Number(),
  populationMovedBeyondThreshold: Type.Number(),
  nearestOfficeBefore: Type.String(),
  nearestOfficeAfter: Type.String(),
  /** The offices' names, for readers (null when the municipality had no nearest office). */
  nearestOfficeBeforeName: Nullable(Type.String()),
  nearestOfficeAfterName: Nullable(Type.String()),
});

const CriterionChangeSchema = Type.Object({
  id: Type.String(),
  label: Type.String(),
  passedBefore: Type.Boolean(),
  passedAfter: Type.Boolean(),
  valueBefore: Nullable(Type.Number()),
  valueAfter: Nullable(Type.Number()),
  failingBefore: Type.Integer(),
  failingAfter: Type.Integer(),
});

const DiffItemSchema = Type.Object({
  id: Type.String(),
  entity: Type.String(),
  name: Type.String(),
  kind: Nullable(Type.String()),
  districtId: Nullable(Type.String()),
  fields: Type.Optional(Type.Record(Type.String(), Type.Object({ from: Type.Unknown(), to: Type.Unknown() }))),
  changes: Type.Array(Type.Unknown()),
});

export const ScenarioComparisonSchema = Type.Object({
  scenario: ScenarioSummary,
  at: IsoDate,
  issues: Type.Array(ScenarioIssueSchema),
  criteria: Type.Object({ before: CriteriaReportSchema, after: CriteriaReportSchema, rules: Type.Array(CriterionChangeSchema) }),
  accessibility: ComparisonReportSchema,
  officesRemoved: Type.Array(OfficeRefSchema),
  officesAdded: Type.Array(OfficeRefSchema),
  /** Municipalities where someone gets farther from an office, most person-minutes added first. */
  municipalitiesFarther: Type.Array(MunicipalityFartherSchema),
  /** Everything that differs between the base and the scenario's structure. */
  structure: Type.Object({ added: Type.Array(DiffItemSchema), removed: Type.Array(DiffItemSchema), changed: Type.Array(DiffItemSchema) }),
});

export const PublishResultSchema = Type.Object({
  scenario: Scenario,
  changes: Type.Array(RecordedChange),
});

// TypeBox cannot spell the 35-way op union as a static type (it collapses to never), so the ops are
// typed with the domain's hand-written ChangeOp.
export type ScenarioStep = Omit<Type.Static<typeof ScenarioStepSchema>, 'ops'> & { ops: ChangeOpType[] };
export type ScenarioView = Omit<Type.Static<typeof ScenarioViewSchema>, 'steps'> & { steps: ScenarioStep[] };
export type ScenarioEvaluation = Type.Static<typeof ScenarioEvaluationSchema>;
export type ScenarioComparison = Type.Static<typeof ScenarioComparisonSchema>;
export type OfficeRef = Type.Static<typeof OfficeRefSchema>;
export type MunicipalityFarther = Type.Static<typeof MunicipalityFartherSchema>;
export type CriterionChange = Type.Static<typeof CriterionChangeSchema>;
