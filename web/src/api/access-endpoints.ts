import type { Static, TSchema } from 'typebox';
import type { MultiPolygon, Polygon } from 'geojson';
import { Check } from 'typebox/value';
import type { AccessibilityReport, WorstServedPoint } from '../../../src/contract/accessibility-report.js';
import type { ChangeSummary, ComparisonReport, ReformReport } from '../../../src/contract/comparison-report.js';
import { ACCESS_SCHEMAS, type AccessDistribution as AccessDistributionSchema, AccessMunicipalityProperties } from '../../../src/contract/access.js';
import { ANALYSIS_SCHEMAS } from '../../../src/contract/analysis.js';
import { COMMON_SCHEMAS } from '../../../src/contract/common.js';
import { ref } from '../../../src/contract/schema-helpers.js';
import { ApiShapeError } from './decode.js';
import { decodeAreaCollection } from './geojson.js';
import { apiUrl } from './http.js';
import type { ApiRequest } from './use-api.js';

/**
 * The accessibility analysis's requests (`/access*`), checked against the API's own schemas. Kept
 * apart from endpoints.ts because the analysis schemas are large: only the accessibility page (a lazily
 * loaded chunk) imports this module, so the front page's first script does not carry them.
 */

export type { AccessibilityReport, ChangeSummary, ComparisonReport,   ReformReport, WorstServedPoint };
export type AccessDistribution = Static<typeof AccessDistributionSchema>;
type AccessMunicipality = Static<typeof AccessMunicipalityProperties>;

/** One municipality's boundary with its travel figures. */
export interface AccessArea {
  feature: GeoJSON.Feature<Polygon | MultiPolygon, Record<string, unknown>>;
  properties: AccessMunicipality;
}

/** The options every accessibility answer depends on (the API's defaults when left out). */
export interface AccessOptions {
  thresholdMinutes: number;
  targetShare: number;
  /** Only offices offering this service count (`pass-id`: the nearest pass- og ID-kontor); absent: every open office. */
  service?: 'pass-id';
}

const ALL_SCHEMAS: readonly TSchema[] = [...COMMON_SCHEMAS, ...ANALYSIS_SCHEMAS, ...ACCESS_SCHEMAS];

// `$ref`s between the analysis schemas resolve through this context, keyed by each schema's `$id`.
const CONTEXT: Record<string, TSchema> = Object.fromEntries(
  ALL_SCHEMAS.flatMap((schema) => {
    // TSchema does not declare $id; read it as unknown and keep only strings.
    const id = (schema as { $id?: unknown }).$id;
    return typeof id === 'string' ? [[id, schema]] : [];
  }),
);

/** A decoder checking against the API schema registered as `schemaId` (whose static type is T). */
function decodeAs<T>(schemaId: string, what: string): (body: unknown) => T {
  if (!CONTEXT[schemaId]) throw new Error(`access-endpoints: the API has no schema named ${schemaId}`);
  const schema = { $ref: schemaId };
  return (body) => {
    // Checked against the API's schema for T (named by schemaId) with every $ref resolvable.
    if (Check(CONTEXT, schema, body)) return body as T;
    throw new ApiShapeError(`${what}: the answer does not have the shape the API documents`);
  };
}

function optionsQuery({ thresholdMinutes, targetShare, service }: AccessOptions) {
  return { threshold: thresholdMinutes, target: targetShare, ...(service ? { service } : {}) };
}

export const accessReportRequest = (at: string, options: AccessOptions): ApiRequest<AccessibilityReport> => ({
  url: apiUrl('/access', { at, ...optionsQuery(options) }),
  decode: decodeAs<AccessibilityReport>('AccessibilityReport', 'Tilgjengelighetsrapporten'),
});

export const accessReformRequest = (options: AccessOptions): ApiRequest<ReformReport> => ({
  url: apiUrl('/access/reform', optionsQuery(options)),
  decode: decodeAs<ReformReport>('ReformReport', 'Sammenligningen med reformen'),
});

export const accessCompareRequest = (from: string, to: string, options: AccessOptions): ApiRequest<ComparisonReport> => ({
  url: apiUrl('/access/compare', { from, to, ...optionsQuery(options) }),
  decode: decodeAs<ComparisonReport>('ComparisonReport', 'Sammenligningen'),
});

export const accessDistributionRequest = (at: string, options: AccessOptions): ApiRequest<AccessDistribution> => ({
  url: apiUrl('/access/distribution', { at, ...optionsQuery(options) }),
  decode: decodeAs<AccessDistribution>('AccessDistribution', 'Fordelingen av reisetider'),
});

const propertiesSchema = ref(AccessMunicipalityProperties);

/** Every municipality's boundary with its figures; each feature's properties are checked too. */
export const accessMunicipalitiesGeoRequest = (at: string, options: AccessOptions): ApiRequest<AccessArea[]> => ({
  url: apiUrl('/access/municipalities.geojson', { at, ...optionsQuery(options) }),
  decode: (body) => {
    const what = 'Kartet over reisetid';
    return decodeAreaCollection(body, what).features.map((feature, i) => {
      const properties: unknown = feature.properties;
      if (!Check(CONTEXT, propertiesSchema, properties)) throw new ApiShapeError(`${what}: feature ${i} lacks the documented properties`);
      return { feature, properties };
    });
  },
});
