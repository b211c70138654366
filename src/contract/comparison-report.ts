import Type from 'typebox';
import { ShortfallSchema, TravelModelInfoSchema } from './accessibility-report.js';

/**
 * Two evaluations of the same demand side by side (two dates, or a date and a scenario). "Farther" and
 * "closer" compare each demand point's nearest-office minutes; person-minutes are population ×
 * minutes. Minutes and person-minutes are rounded to 0.01; shares are fractions.
 */
const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);

const ChangeSummarySchema = Type.Object({
  population: Type.Number(),
  shareBefore: Nullable(Type.Number()),
  shareAfter: Nullable(Type.Number()),
  shareChange: Nullable(Type.Number()),
  meanMinutesBefore: Nullable(Type.Number()),
  meanMinutesAfter: Nullable(Type.Number()),
  meanMinutesChange: Nullable(Type.Number()),
  /** People whose nearest office got farther away (more minutes). */
  populationFarther: Type.Number(),
  populationCloser: Type.Number(),
  /** Σ population × added minutes over those farther away. */
  personMinutesAdded: Type.Number(),
  /** Σ population × saved minutes over those closer. */
  personMinutesSaved: Type.Number(),
  /** personMinutesAdded ÷ populationFarther. */
  meanIncreaseForFarther: Nullable(Type.Number()),
  /** Within the threshold before, beyond it after. */
  populationMovedBeyondThreshold: Type.Number(),
  populationMovedWithinThreshold: Type.Number(),
});

const PointIncreaseSchema = Type.Object({
  id: Type.String(),
  municipalityNumber: Type.String(),
  municipalityName: Type.String(),
  districtId: Type.String(),
  population: Type.Number(),
  minutesBefore: Type.Number(),
  minutesAfter: Type.Number(),
  increase: Type.Number(),
  officeBefore: Type.String(),
  officeAfter: Type.String(),
});

const Side = Type.Object({ at: Type.String(), offices: Type.Integer(), travelModel: TravelModelInfoSchema });

export const ComparisonReportSchema = Type.Object({
  before: Side,
  after: Side,
  thresholdMinutes: Type.Number(),
  /** Office ids open before and not after, and the other way round. */
  officesClosed: Type.Array(Type.String()),
  officesOpened: Type.Array(Type.String()),
  national: ChangeSummarySchema,
  /** Grouped by the later evaluation's districts; "before" figures are for the same people. */
  districts: Type.Array(Type.Intersect([Type.Object({ id: Type.String(), name: Type.String() }), ChangeSummarySchema])),
  municipalities: Type.Array(
    Type.Intersect([
      Type.Object({
        number: Type.String(),
        name: Type.String(),
        districtId: Type.String(),
        nearestOfficeBefore: Type.String(),
        nearestOfficeAfter: Type.String(),
      }),
      ChangeSummarySchema,
    ]),
  ),
  /** Inhabited points whose time grew most, largest first. */
  largestIncreases: Type.Array(PointIncreaseSchema),
});

const ByDate = <T extends Type.TSchema>(t: T) => Type.Object({ before: t, after: t, today: t });

export const ReformReportSchema = Type.Object({
  thresholdMinutes: Type.Number(),
  targetShare: Type.Number(),
  dates: ByDate(Type.String()),
  offices: ByDate(Type.Integer()),
  national: ByDate(
    Type.Object({
      population: Type.Number(),
      share: Nullable(Type.Number()),
      meanMinutes: Nullable(Type.Number()),
      medianMinutes: Nullable(Type.Number()),
      p90Minutes: Nullable(Type.Number()),
      populationPerOffice: Nullable(Type.Number()),
    }),
  ),
  /** Today's districts, with the same people's share and mean minutes on each date. */
  districts: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      population: Type.Number(),
      share: ByDate(Nullable(Type.Number())),
      meetsTarget: ByDate(Type.Boolean()),
      meanMinutes: ByDate(Nullable(Type.Number())),
    }),
  ),
  /** Each date's own districts below the target (27 districts before 2016, 12 after). */
  belowTarget: ByDate(Type.Array(ShortfallSchema)),
  reform: ComparisonReportSchema,
  sinceReform: ComparisonReportSchema,
  headline: Type.Object({ nb: Type.Array(Type.String()), en: Type.Array(Type.String()) }),
});

export type ChangeSummary = Type.Static<typeof ChangeSummarySchema>;
export type PointIncrease = Type.Static<typeof PointIncreaseSchema>;
export type ComparisonReport = Type.Static<typeof ComparisonReportSchema>;
export type ReformReport = Type.Static<typeof ReformReportSchema>;
