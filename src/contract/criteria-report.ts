import Type from 'typebox';
import { Criterion } from './criteria-rule-set.js';

/**
 * What a rule set says about one structure (a date or a scenario), as a schema for the API. Every
 * rule: pass/fail, the headline number, and the numbers per district or municipality behind it.
 * Shares are fractions (0.9 = 90 %); minutes are rounded to 0.01.
 */
const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);

const CriterionItemSchema = Type.Object({
  /** District id or municipality number. */
  id: Type.String(),
  name: Type.String(),
  /** The police district it belongs to (for a district: itself). */
  districtId: Nullable(Type.String()),
  /** The measured value the rule compares (share, minutes, offices, inhabitants per office, units). */
  value: Nullable(Type.Number()),
  passed: Type.Boolean(),
  /** The numbers behind the value (population, within threshold, offices …). */
  numbers: Type.Record(Type.String(), Nullable(Type.Number())),
  /** English: why it fails, where a number does not say it (municipality-served). */
  note: Nullable(Type.String()),
});
export type CriterionItem = Type.Static<typeof CriterionItemSchema>;

const CriterionResultSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  label: Type.String(),
  /** The rule as given (its thresholds and source). */
  rule: Criterion,
  /** English statement of what is required, with the numbers. */
  requirement: Type.String(),
  passed: Type.Boolean(),
  /**
   * The headline: the worst district's share (district-share-within), the worst municipality's
   * minutes (municipality-travel-time), the fewest offices in a district (district-min-offices), the
   * number of municipalities not served (municipality-served), the highest inhabitants per office
   * (population-per-office), the number of offices (min-total-offices). Null when nothing was measured.
   */
  value: Nullable(Type.Number()),
  /** Districts or municipalities judged (0 for a national rule). */
  total: Type.Integer(),
  failing: Type.Integer(),
  items: Type.Array(CriterionItemSchema),
});
export type CriterionResult = Type.Static<typeof CriterionResultSchema>;

export const CriteriaReportSchema = Type.Object({
  /** The date evaluated, or a scenario's label. */
  at: Type.String(),
  ruleSet: Type.Object({ id: Type.String(), label: Type.String() }),
  passed: Type.Boolean(),
  passedCount: Type.Integer(),
  failedCount: Type.Integer(),
  rules: Type.Array(CriterionResultSchema),
});
export type CriteriaReport = Type.Static<typeof CriteriaReportSchema>;
