import Type from 'typebox';

/**
 * One office's closing cost as a schema, apart from the computation (closing-costs.ts) so the API's
 * schema modules, and the web app that checks answers with them, do not pull in the evaluator.
 */

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);

const ClosingCostDistrictSchema = Type.Object({
  districtId: Type.String(),
  districtName: Type.String(),
  shareBefore: Nullable(Type.Number()),
  shareAfter: Nullable(Type.Number()),
  meetsTargetBefore: Type.Boolean(),
  meetsTargetAfter: Type.Boolean(),
});

export const ClosingCostSchema = Type.Object({
  /** 1 = the most costly closure. */
  rank: Type.Integer({ minimum: 1 }),
  officeId: Type.String(),
  officeName: Type.String(),
  /** The police district the office is registered in. */
  districtId: Nullable(Type.String()),
  districtName: Nullable(Type.String()),
  /** People whose nearest office it is. */
  populationAffected: Type.Number(),
  /** Of those, the people who would then be beyond the threshold. */
  populationMovedBeyond: Type.Number(),
  personMinutesAdded: Type.Number(),
  /** personMinutesAdded / populationAffected. */
  meanIncreaseMinutes: Nullable(Type.Number()),
  /** True when a police district meeting the target would no longer meet it. */
  breaksTarget: Type.Boolean(),
  /** Every police district where someone's nearest office changes. */
  districts: Type.Array(ClosingCostDistrictSchema),
});
