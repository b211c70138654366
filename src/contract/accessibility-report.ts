import Type from 'typebox';

/**
 * The accessibility report as a schema: one source for the TypeScript type, the API's response
 * schema (OpenAPI) and a test that every report produced validates. Minutes are rounded to 0.01;
 * shares are fractions (0.9 = 90 %), null where there is no population to divide by. A point is
 * "within" a threshold when its minutes are ≤ the threshold ("høyst 45 minutter").
 */
const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Minutes = Type.Number({ minimum: 0 });
const Share = Nullable(Type.Number({ minimum: 0, maximum: 1 }));

const ThresholdCoverageSchema = Type.Object({
  minutes: Type.Number(),
  population: Type.Number(),
  share: Share,
});

export const TravelModelInfoSchema = Type.Object({
  id: Type.String(),
  label: Type.String(),
  labelEn: Type.String(),
  estimated: Type.Boolean(),
  params: Type.Record(Type.String(), Type.Union([Type.Number(), Type.String()])),
  /** Where a routed model's data comes from (network, version). */
  source: Type.Optional(Type.String()),
  /** The data's terms, shown with every result computed from it (road: the OpenStreetMap credit). */
  terms: Type.Optional(Type.String()),
  /** Points the road model could not route; their minutes are the fallback model's. Never dropped. */
  unrouted: Type.Optional(
    Type.Array(
      Type.Object({
        id: Type.String(),
        role: Type.Union([Type.Literal('origin'), Type.Literal('destination')]),
        reason: Type.Union([Type.Literal('no-road-nearby'), Type.Literal('separate-road-network')]),
        nearestRoadKm: Nullable(Type.Number()),
        fallbackModel: Type.String(),
      }),
    ),
  ),
});

export const DemandModelInfoSchema = Type.Object({
  method: Type.Object({ id: Type.String(), nb: Type.String(), en: Type.String() }),
  points: Type.Integer(),
});

const AreaSummarySchema = Type.Object({
  population: Type.Number(),
  withinThreshold: Type.Number(),
  share: Share,
  meanMinutes: Nullable(Minutes),
  medianMinutes: Nullable(Minutes),
  p90Minutes: Nullable(Minutes),
  /** Open service locations in the area (for a district: those registered in it). */
  offices: Type.Integer(),
  populationPerOffice: Nullable(Type.Number()),
  thresholds: Type.Array(ThresholdCoverageSchema),
});

const DistrictSummarySchema = Type.Intersect([
  Type.Object({ id: Type.String(), name: Type.String(), meetsTarget: Type.Boolean() }),
  AreaSummarySchema,
]);

const MunicipalitySummarySchema = Type.Object({
  number: Type.String(),
  name: Type.String(),
  districtId: Type.String(),
  population: Type.Number(),
  meanMinutes: Nullable(Minutes),
  maxMinutes: Minutes,
  /** The office nearest to most of the municipality's population. */
  nearestOfficeId: Type.String(),
  withinThreshold: Type.Number(),
  share: Share,
});

const WorstServedPointSchema = Type.Object({
  id: Type.String(),
  municipalityNumber: Type.String(),
  municipalityName: Type.String(),
  districtId: Type.String(),
  lat: Type.Number(),
  lon: Type.Number(),
  population: Type.Number(),
  minutes: Minutes,
  nearestOfficeId: Type.String(),
  nearestOfficeName: Type.String(),
});

export const ShortfallSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  population: Type.Number(),
  withinThreshold: Type.Number(),
  share: Share,
  /** Fewest more people within the threshold that would make the district meet the target. */
  populationShort: Type.Number(),
});

export const AccessibilityReportSchema = Type.Object({
  /** The date evaluated, or a scenario's label. */
  at: Type.String(),
  thresholdMinutes: Type.Number(),
  targetShare: Type.Number(),
  travelModel: TravelModelInfoSchema,
  demandModel: DemandModelInfoSchema,
  /** Set when only the offices offering this service count (e.g. `pass-id`); absent: every open office. */
  service: Type.Optional(Type.String()),
  national: AreaSummarySchema,
  districts: Type.Array(DistrictSummarySchema),
  /** Districts whose share within the threshold is below the target, worst first. */
  districtsBelowTarget: Type.Array(ShortfallSchema),
  municipalities: Type.Array(MunicipalitySummarySchema),
  /** Inhabited demand points with the longest times, longest first. */
  worstServed: Type.Array(WorstServedPointSchema),
  /** Municipalities with the longest mean time, longest first. */
  worstMunicipalities: Type.Array(Type.String()),
});

export type AreaSummary = Type.Static<typeof AreaSummarySchema>;
export type DistrictSummary = Type.Static<typeof DistrictSummarySchema>;
export type MunicipalitySummary = Type.Static<typeof MunicipalitySummarySchema>;
export type WorstServedPoint = Type.Static<typeof WorstServedPointSchema>;
export type Shortfall = Type.Static<typeof ShortfallSchema>;
export type AccessibilityReport = Type.Static<typeof AccessibilityReportSchema>;
