import Type from 'typebox';
import { DemandModelInfoSchema, TravelModelInfoSchema } from './accessibility-report.js';
import './analysis.js';
import { named } from './named.js';
import { IsoDateString, Nullable } from './schema-helpers.js';

/**
 * The accessibility answers: the analysis's own reports (named in analysis.ts) and what the API
 * adds for charts and maps — the population-weighted distribution of travel times, and the
 * properties each municipality carries in the choropleth layer. Register ANALYSIS_SCHEMAS
 * (analysis.ts) with these: they refer to its names.
 */

const Bin = Type.Object(
  {
    fromMinutes: Type.Number({ description: 'Lower edge (exclusive, except the first bin, which also holds 0)' }),
    toMinutes: Nullable(Type.Number({ description: 'Upper edge (inclusive); null for the last, open bin' })),
  },
  { additionalProperties: false },
);

const PopulationBin = Type.Object(
  {
    ...Bin.properties,
    population: Type.Number({ description: 'Inhabitants whose nearest open office is within (from, to] minutes' }),
    share: Nullable(Type.Number({ description: 'population / the area’s population' })),
    cumulativeShare: Nullable(Type.Number({ description: 'Share at most `toMinutes` away (this bin and those before it)' })),
  },
  { additionalProperties: false },
);

const DistributionArea = Type.Object(
  { population: Type.Number(), bins: Type.Array(PopulationBin) },
  { additionalProperties: false },
);

export const AccessDistribution = Type.Object(
  {
    at: IsoDateString,
    thresholdMinutes: Type.Number(),
    travelModel: named(TravelModelInfoSchema),
    demandModel: named(DemandModelInfoSchema),
    bins: Type.Array(Bin, { description: 'The bins, in order; minutes are compared as the analysis stores them (Float32)' }),
    national: DistributionArea,
    districts: Type.Array(
      Type.Object({ id: Type.String(), name: Type.String(), ...DistributionArea.properties }, { additionalProperties: false }),
      { description: 'Per police district on the date (with byDistrict=true; else empty)' },
    ),
  },
  { $id: 'AccessDistribution', additionalProperties: false, description: 'Population-weighted distribution of travel times to the nearest open office' },
);

export const AccessMunicipalityProperties = Type.Object(
  {
    number: Type.String(),
    name: Type.String(),
    districtId: Type.String(),
    districtName: Nullable(Type.String()),
    population: Type.Number(),
    meanMinutes: Nullable(Type.Number({ description: 'Population-weighted mean minutes to the nearest open office' })),
    maxMinutes: Nullable(Type.Number({ description: 'The farthest inhabited demand point' })),
    withinThreshold: Nullable(Type.Number()),
    share: Nullable(Type.Number({ description: 'Share within the threshold' })),
    nearestOfficeId: Nullable(Type.String({ description: 'The office nearest to most of its population' })),
    nearestOfficeName: Nullable(Type.String()),
  },
  { $id: 'AccessMunicipalityProperties', additionalProperties: false, description: 'The properties of each feature of /access/municipalities.geojson' },
);

export const ACCESS_SCHEMAS = [AccessDistribution, AccessMunicipalityProperties];
