import Type from 'typebox';
import { Decision } from '../changes.js';
import { Proposal } from './proposals.js';

/**
 * A scenario: a base date plus an ordered list of proposed changes, worked on by planners and, once
 * decided, published into the register. Evaluating it folds the official history up to the base date
 * and then its proposals, giving a structure that was never published (see check-scenario.ts).
 *
 * Life: draft → in-consultation (municipalities comment; back to draft to rework) → decided →
 * published. Only a draft can be edited; only a decided scenario can be published; a published one
 * never changes again. `revision` counts stored versions, so two editors cannot overwrite each other.
 */

const SCENARIO_STATUSES = ['draft', 'in-consultation', 'decided', 'published'] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Timestamp = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$' });

export const Publication = Type.Object(
  {
    decision: Decision,
    /** The date the changes took effect in the register. */
    effective: IsoDate,
    publishedAt: Timestamp,
    publishedBy: Type.String({ minLength: 1 }),
    /** Ids of the changes appended to the register, in order. */
    changeIds: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
export type Publication = Type.Static<typeof Publication>;

export const Scenario = Type.Object(
  {
    id: Type.Integer({ minimum: 1 }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.String({ maxLength: 10_000 }),
    baseDate: IsoDate,
    status: Type.Enum(SCENARIO_STATUSES),
    createdAt: Timestamp,
    createdBy: Type.String({ minLength: 1 }),
    updatedAt: Timestamp,
    revision: Type.Integer({ minimum: 1 }),
    /** In order: proposal 1 is applied first. Positions shown to people count from 1. */
    changes: Type.Array(Proposal),
    publication: Type.Union([Publication, Type.Null()]),
  },
  { additionalProperties: false },
);
export type Scenario = Type.Static<typeof Scenario>;

/** A scenario without its proposals, for lists. */
export const ScenarioSummary = Type.Object(
  {
    id: Type.Integer({ minimum: 1 }),
    name: Type.String(),
    baseDate: IsoDate,
    status: Type.Enum(SCENARIO_STATUSES),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    revision: Type.Integer({ minimum: 1 }),
    changeCount: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type ScenarioSummary = Type.Static<typeof ScenarioSummary>;

const NEXT: Record<ScenarioStatus, readonly ScenarioStatus[]> = {
  draft: ['in-consultation'],
  'in-consultation': ['draft', 'decided'],
  // A decision that cannot be published as it stands (the register moved on) goes back to work.
  decided: ['draft'],
  // Reached only by publishing; final.
  published: [],
};

/** The statuses a scenario may be moved to by hand from `from` (publishing is its own step). */
export function nextStatuses(from: ScenarioStatus): readonly ScenarioStatus[] {
  return NEXT[from];
}
