import Type from 'typebox';
import { FiniteInteger, FiniteNumber } from './finite-number.js';

/**
 * The criteria a structure is judged by, as data: a JSON rule set (data/criteria/default.json, or a
 * planner's own file) with one schema per rule kind. Labels are Norwegian (they are shown as they
 * are); ids and kinds English. Every threshold carries where it comes from, and whether that source
 * is an official requirement or a planning choice the file states openly.
 *
 * Kinds:
 * - district-share-within: in every police district at least `minShare` of the inhabitants live
 *   at most `thresholdMinutes` from the nearest office (the 2015 settlement's 90 % within 45 min).
 * - municipality-travel-time: no municipality's travel time to the nearest office exceeds
 *   `maxMinutes`, measured as `measure`: "mean" (population-weighted mean over its demand points)
 *   or "max" (its inhabited demand point farthest from an office).
 * - district-min-offices: every police district has at least `minOffices` offices.
 * - municipality-served: every municipality is served by exactly one station district, or divided
 *   between several the way the register allows (sub-municipal units: Oslo, Bergen) — the
 *   register's own invariant, reported per municipality.
 * - population-per-office: inhabitants per office in every police district lie within [min, max].
 * - min-total-offices: at least `minOffices` offices nationally (the settlement's "more than 210").
 */

const RuleId = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 });

const CriterionSource = Type.Object(
  {
    /** Where the threshold comes from, in Norwegian or English prose. */
    text: Type.String({ minLength: 1 }),
    urls: Type.Array(Type.String({ minLength: 1 })),
    /** True when a decision requires it; false for a planning choice made here (the text says why). */
    official: Type.Boolean(),
  },
  { additionalProperties: false },
);

const common = {
  id: RuleId,
  /** Norwegian label shown next to the result. */
  label: Type.String({ minLength: 1 }),
  source: CriterionSource,
};

const DistrictShareWithinRule = Type.Object(
  {
    kind: Type.Literal('district-share-within'),
    ...common,
    thresholdMinutes: FiniteNumber({ exclusiveMinimum: 0, maximum: 1440 }),
    minShare: FiniteNumber({ exclusiveMinimum: 0, maximum: 1 }),
  },
  { additionalProperties: false },
);

const MunicipalityTravelTimeRule = Type.Object(
  {
    kind: Type.Literal('municipality-travel-time'),
    ...common,
    measure: Type.Union([Type.Literal('mean'), Type.Literal('max')]),
    maxMinutes: FiniteNumber({ exclusiveMinimum: 0, maximum: 1440 }),
  },
  { additionalProperties: false },
);

const DistrictMinOfficesRule = Type.Object(
  {
    kind: Type.Literal('district-min-offices'),
    ...common,
    minOffices: FiniteInteger({ minimum: 0 }),
  },
  { additionalProperties: false },
);

const MunicipalityServedRule = Type.Object(
  {
    kind: Type.Literal('municipality-served'),
    ...common,
  },
  { additionalProperties: false },
);

const PopulationPerOfficeRule = Type.Object(
  {
    kind: Type.Literal('population-per-office'),
    ...common,
    min: FiniteNumber({ minimum: 0 }),
    max: FiniteNumber({ exclusiveMinimum: 0 }),
  },
  { additionalProperties: false },
);

const MinTotalOfficesRule = Type.Object(
  {
    kind: Type.Literal('min-total-offices'),
    ...common,
    minOffices: FiniteInteger({ minimum: 0 }),
  },
  { additionalProperties: false },
);

export const Criterion = Type.Union([DistrictShareWithinRule, MunicipalityTravelTimeRule, DistrictMinOfficesRule, MunicipalityServedRule, PopulationPerOfficeRule, MinTotalOfficesRule]);
export type Criterion = Type.Static<typeof Criterion>;

export const RuleSet = Type.Object(
  {
    format: Type.Literal('naerpoliti-criteria'),
    version: Type.Literal(1),
    id: RuleId,
    label: Type.String({ minLength: 1 }),
    description: Type.Optional(Type.String()),
    rules: Type.Array(Criterion, { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type RuleSet = Type.Static<typeof RuleSet>;
