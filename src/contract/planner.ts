import Type from 'typebox';
import { RuleSet } from './criteria-rule-set.js';
import { DemandModelInfoSchema, TravelModelInfoSchema } from './accessibility-report.js';
import { TRAVEL_MODES } from './accessibility-options.js';
import { Decision } from '../domain/changes.js';
import { Proposal } from '../domain/scenario/proposals.js';
import { ScenarioSummary } from '../domain/scenario/scenario.js';
import './analysis.js';
import { named, nameSchemas } from './named.js';
import { IsoDateString, MunicipalityNumberString, Nullable, Slug } from './schema-helpers.js';
import { AuditEntry } from './audit-entry.js';
import { FiniteInteger, FiniteNumber } from './finite-number.js';

/**
 * The planner's request bodies and the answers the API composes itself (lists, history,
 * consultations, the live preview). The scenario service's own outputs are named in analysis.ts.
 * Bodies are named with nameSchemas so they are validated, as defined, by the domain's precise
 * walker (the first wrong field as a JSON path) and documented with `$ref`s.
 */

const Revision = FiniteInteger({ minimum: 1, description: 'The revision this edit was made on (as If-Match); a stale one is refused with 409' });
const Name = Type.String({ minLength: 1, maxLength: 200 });

const CriteriaEvaluateBody = Type.Object(
  {
    at: Type.Optional(IsoDateString),
    ruleSet: RuleSet,
  },
  { additionalProperties: false, description: 'A rule set to judge the structure on `at` (default today) by' },
);

const UpdateScenarioBody = Type.Object(
  {
    name: Type.Optional(Name),
    description: Type.Optional(Type.String({ maxLength: 10_000 })),
    expectedRevision: Type.Optional(Revision),
  },
  { additionalProperties: false },
);

const AddChangeBody = Type.Object(
  {
    proposal: Proposal,
    position: Type.Optional(FiniteInteger({ minimum: 1, description: 'Where to insert it, from 1 (default: last)' })),
    expectedRevision: Type.Optional(Revision),
  },
  { additionalProperties: false },
);

const MoveChangeBody = Type.Object(
  {
    to: FiniteInteger({ minimum: 1, description: 'The new position, from 1' }),
    expectedRevision: Type.Optional(Revision),
  },
  { additionalProperties: false },
);

const StatusBody = Type.Object(
  {
    status: Type.Union([Type.Literal('draft'), Type.Literal('in-consultation'), Type.Literal('decided')], {
      description: 'draft → in-consultation (⇄ draft) → decided (→ draft); publishing is its own route',
    }),
    expectedRevision: Type.Optional(Revision),
  },
  { additionalProperties: false },
);

const PublishBody = Type.Object(
  {
    decision: Decision,
    effective: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'When the changes take effect (default: the base date; not before it)' })),
    expectedRevision: Type.Optional(Revision),
  },
  { additionalProperties: false },
);

const OpenSite = Type.Object(
  {
    id: Slug,
    lat: FiniteNumber({ minimum: -90, maximum: 90 }),
    lon: FiniteNumber({ minimum: -180, maximum: 180 }),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);

const PreviewRequest = Type.Object(
  {
    base: IsoDateString,
    closeOfficeIds: Type.Optional(Type.Array(Slug, { maxItems: 1000, description: 'Offices open on `base` to close' })),
    openSites: Type.Optional(Type.Array(OpenSite, { maxItems: 200, description: 'New sites to open (their municipality and district are located from the position)' })),
    threshold: Type.Optional(FiniteNumber({ exclusiveMinimum: 0, maximum: 1440, description: 'Minutes (default 45)' })),
    target: Type.Optional(FiniteNumber({ exclusiveMinimum: 0, maximum: 1, description: 'Share within the threshold a district should reach (default 0.9)' })),
    travel: Type.Optional(Type.Union(TRAVEL_MODES.map((m) => Type.Literal(m)), { description: 'Travel model: road (default when a network is loaded; © OpenStreetMap contributors) or estimated' })),
  },
  { additionalProperties: false },
);

const PLANNER_BODIES = nameSchemas({ CriteriaEvaluateBody, UpdateScenarioBody, AddChangeBody, MoveChangeBody, StatusBody, PublishBody, PreviewRequest });
export { AddChangeBody, CriteriaEvaluateBody, MoveChangeBody, PreviewRequest, PublishBody, StatusBody, UpdateScenarioBody };

export const ScenarioList = Type.Object(
  { scenarios: Type.Array(named(ScenarioSummary), { description: 'Newest first' }) },
  { $id: 'ScenarioList', additionalProperties: false },
);

export const ScenarioHistory = Type.Object(
  { id: Type.Integer({ minimum: 1 }), entries: Type.Array(named(AuditEntry), { description: 'Newest first' }) },
  { $id: 'ScenarioHistory', additionalProperties: false },
);

export const MunicipalityConsultations = Type.Object(
  {
    municipality: Type.Object({ number: MunicipalityNumberString, name: Type.String() }, { additionalProperties: false }),
    scenarios: Type.Array(
      Type.Object(
        {
          scenario: named(ScenarioSummary),
          description: Type.String(),
          changes: Type.Array(
            Type.Object(
              {
                position: Type.Integer({ minimum: 1 }),
                /** English label; the names let a UI word it in Norwegian. */
                label: Type.String(),
                proposal: named(Proposal),
                names: Type.Record(Type.String(), Type.String()),
              },
              { additionalProperties: false },
            ),
            { description: 'The proposals that touch the municipality, in order' },
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'MunicipalityConsultations', additionalProperties: false, description: 'Scenarios in consultation whose proposals affect the municipality' },
);

const Figure = Type.Object({ base: Type.Number(), preview: Type.Number(), change: Type.Number() }, { additionalProperties: false });
const NullableFigure = Type.Object({ base: Nullable(Type.Number()), preview: Nullable(Type.Number()), change: Nullable(Type.Number()) }, { additionalProperties: false });

const previewArea = {
  population: Type.Number(),
  offices: Figure,
  populationBeyond: Type.Object(Figure.properties, { additionalProperties: false, description: 'Inhabitants more than the threshold from the nearest open office' }),
  personMinutes: Type.Object(Figure.properties, { additionalProperties: false, description: 'Σ inhabitants × minutes to the nearest open office (0.01)' }),
  shareWithin: Type.Object(NullableFigure.properties, { additionalProperties: false, description: 'Share at most the threshold away' }),
  meanMinutes: Type.Object(NullableFigure.properties, { additionalProperties: false, description: 'Population-weighted mean minutes (0.01)' }),
};

export const PlannerPreview = Type.Object(
  {
    base: IsoDateString,
    thresholdMinutes: Type.Number(),
    targetShare: Type.Number(),
    estimated: Type.Boolean({ description: 'True: travel times are estimated (see travelModel.label)' }),
    travelModel: named(TravelModelInfoSchema),
    demandModel: named(DemandModelInfoSchema),
    closed: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), districtId: Type.String() }, { additionalProperties: false })),
    opened: Type.Array(
      Type.Object(
        { id: Type.String(), name: Type.String(), lat: Type.Number(), lon: Type.Number(), municipalityNumber: Type.String(), districtId: Type.String() },
        { additionalProperties: false },
      ),
    ),
    national: Type.Object(previewArea, { additionalProperties: false }),
    districts: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          name: Type.String(),
          ...previewArea,
          meetsTarget: Type.Object({ base: Type.Boolean(), preview: Type.Boolean() }, { additionalProperties: false }),
        },
        { additionalProperties: false },
      ),
      { description: 'The police districts of the base date, by name' },
    ),
  },
  { $id: 'PlannerPreview', additionalProperties: false, description: 'What closing and opening offices would do, against the base date (on the travel model named in `travelModel`)' },
);

export const PLANNER_SCHEMAS = [...PLANNER_BODIES, ScenarioList, ScenarioHistory, MunicipalityConsultations, PlannerPreview];
