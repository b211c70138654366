import Type from 'typebox';
import { AccessibilityReportSchema } from '../../contract/accessibility-report.js';
import { ComparisonReportSchema, ReformReportSchema } from '../../contract/comparison-report.js';
import { invalidParameter } from '../../contract/problem.js';
import { AccessDistribution } from '../../contract/access.js';
import { RoadNetworkCreditsSchema } from '../../contract/road-network.js';
import { geoJsonResponse, GEOJSON_CONTENT_TYPE } from '../../contract/geojson.js';
import { named } from '../../contract/named.js';
import { ISO_DATE_PATTERN, ref } from '../../contract/schema-helpers.js';
import { PROBLEM_RESPONSES, atQuery, dateParam, directoryAt, resolutionQuery, todayCached, type Api, type RouteOptions } from './params.js';
import { accessParams, jsonText, minutesList, problems, reportOptionsQuery, sendJsonText, serviceQuery, travelQuery } from './planning-common.js';
import { FiniteNumber } from '../../contract/finite-number.js';

/**
 * Accessibility over HTTP: the report, a comparison of two dates, the reform report, a choropleth
 * layer and the distribution of travel times — the same figures as `naerpoliti access`. Every
 * answer is a function of the register and the query, so it is cached and has a strong ETag.
 */

const tags = ['accessibility'];
const AccessQuery = Type.Object({ ...atQuery, ...reportOptionsQuery, ...travelQuery, ...serviceQuery });
const RESPONSES = { ...PROBLEM_RESPONSES, ...problems(422) };
const DateQuery = (description: string) => Type.String({ pattern: ISO_DATE_PATTERN, description });

const DEFAULT_BIN_MINUTES = 5;
const DEFAULT_MAX_MINUTES = 120;

/** `bins`: one number = the width (edges width, 2·width … up to `max`); several = the upper edges. */
function binEdges(bins: string | undefined, max: number | undefined): number[] {
  const values = bins === undefined ? [DEFAULT_BIN_MINUTES] : minutesList(bins, 'bins', 100);
  if (values.length > 1) {
    if (max !== undefined) throw invalidParameter('max', '«max» gjelder bare når «bins» er én bredde.');
    for (let i = 1; i < values.length; i++) {
      if (!(values[i]! > values[i - 1]!)) throw invalidParameter('bins', `«bins» må være stigende øvre grenser, men ${values[i]} kommer etter ${values[i - 1]}.`);
    }
    return values;
  }
  const width = values[0]!;
  const top = max ?? DEFAULT_MAX_MINUTES;
  if (!(width > 0)) throw invalidParameter('bins', '«bins» må være en bredde over 0 minutter.');
  if (top / width > 500) throw invalidParameter('bins', `«bins» gir for mange grupper (${Math.ceil(top / width)}); høyst 500.`);
  const edges: number[] = [];
  for (let k = 1; k * width < top + width; k++) edges.push(k * width);
  return edges;
}

export async function accessRoutes(app: Api, { services }: RouteOptions): Promise<void> {
  const access = services.access;

  app.get(
    '/road-networks',
    {
      schema: {
        tags,
        summary: 'The road network the road travel model routes on, and the networks imported into the store, with their source and terms (credits)',
        description: 'Road answers must credit their data: OpenStreetMap data is © OpenStreetMap contributors under the ODbL.',
        response: { 200: RoadNetworkCreditsSchema, ...problems(429) },
      },
      config: { cache: 'revalidate' },
    },
    async () => services.roadNetworkCredits(),
  );

  app.get(
    '/access',
    {
      schema: {
        tags,
        summary: 'How far people live from their nearest open office (or the nearest offering `service`) on the date: nationally, per district and municipality',
        description:
          'The same report as `naerpoliti access --json`: national, districts (share within the threshold, mean, median, p90, offices), districts below the target, ' +
          'municipalities, the worst served demand points, and the demand and travel model texts. Travel times are driving times on the road network by default ' +
          '(`travelModel.id` `road`, with `source` and `terms`: © OpenStreetMap contributors, ODbL; points it cannot route are listed in `travelModel.unrouted` with the estimated minutes used), or estimated with `travel=estimated`.',
        querystring: AccessQuery,
        response: { 200: jsonText(named(AccessibilityReportSchema)), ...RESPONSES },
      },
      config: { cache: 'public' },
    },
    async (request, reply) => {
      const at = dateParam(request.query.at, 'at');
      return sendJsonText(reply, access.report(await services.directory.register(), at, accessParams(request.query)));
    },
  );

  app.get(
    '/access/compare',
    {
      schema: {
        tags,
        summary: 'Accessibility on two dates side by side, for the same people (as `naerpoliti access --compare`)',
        querystring: Type.Object({ from: DateQuery('The earlier date'), to: Type.Optional(DateQuery('The later date (default today)')), ...reportOptionsQuery, ...travelQuery, ...serviceQuery }),
        response: { 200: jsonText(named(ComparisonReportSchema)), ...RESPONSES },
      },
      config: { cache: 'public' },
    },
    async (request, reply) => {
      const from = dateParam(request.query.from, 'from');
      const to = dateParam(request.query.to, 'to');
      return sendJsonText(reply, access.compare(await services.directory.register(), from, to, accessParams(request.query)));
    },
  );

  app.get(
    '/access/reform',
    {
      schema: {
        tags,
        summary: 'The reform report: 2015-12-31 (before) against 2018-07-01 (after) and today (as `naerpoliti access --reform`)',
        querystring: Type.Object({ ...reportOptionsQuery, ...travelQuery, ...serviceQuery }),
        response: { 200: jsonText(named(ReformReportSchema)), ...RESPONSES },
      },
      config: { cache: 'public' },
    },
    async (request, reply) => sendJsonText(reply, access.reform(await services.directory.register(), todayCached(), accessParams(request.query))),
  );

  app.get(
    '/access/municipalities.geojson',
    {
      schema: {
        tags: [...tags, 'geojson'],
        summary: "Municipality boundaries with each municipality's travel figures, for a choropleth",
        description:
          'Feature properties: `AccessMunicipalityProperties`. Foreign members: `at`, `resolution`, `attribution`, `thresholdMinutes`, `targetShare`, `travelModel` (its `terms` credit OpenStreetMap on the road model).',
        querystring: Type.Object({ ...atQuery, ...resolutionQuery, ...reportOptionsQuery, ...travelQuery, ...serviceQuery }),
        response: { 200: geoJsonResponse('GeoJsonFeatureCollection', 'A Polygon or MultiPolygon per municipality with its travel figures, RFC 7946'), ...RESPONSES },
      },
      config: { cache: 'public' },
    },
    async (request, reply) => {
      const dir = await directoryAt(services.directory, request.query.at);
      return sendJsonText(reply, access.municipalitiesGeoJson(dir, accessParams(request.query), request.query.resolution ?? 'web'), GEOJSON_CONTENT_TYPE);
    },
  );

  app.get(
    '/access/distribution',
    {
      schema: {
        tags,
        summary: 'The population-weighted distribution of travel times (histogram bins), nationally and per district',
        description:
          'A bin holds the people whose nearest open office is more than `fromMinutes` and at most `toMinutes` away (the first bin also holds 0; the last is open). ' +
          'So the cumulative share at a bin edge equals the report’s share within that many minutes.',
        querystring: Type.Object({
          ...atQuery,
          ...reportOptionsQuery,
          ...travelQuery, ...serviceQuery,
          bins: Type.Optional(Type.String({ pattern: '^\\d+(\\.\\d+)?(,\\d+(\\.\\d+)?)*$', maxLength: 600, description: 'One number: the bin width in minutes (default 5); several: ascending upper edges', examples: ['5', '15,30,45,60,90'] })),
          max: Type.Optional(FiniteNumber({ exclusiveMinimum: 0, maximum: 1440, description: 'With a width: the highest closed edge (default 120)' })),
          byDistrict: Type.Optional(Type.Boolean({ description: 'Also per police district' })),
        }),
        response: { 200: jsonText(ref(AccessDistribution)), ...RESPONSES },
      },
      config: { cache: 'public' },
    },
    async (request, reply) => {
      const q = request.query;
      const at = dateParam(q.at, 'at');
      const edges = binEdges(q.bins, q.max);
      return sendJsonText(reply, access.distribution(await services.directory.register(), at, accessParams(q), edges, q.byDistrict ?? false));
    },
  );
}
