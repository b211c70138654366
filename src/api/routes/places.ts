import Type from 'typebox';
import { OFFICE_KINDS } from '../../domain/entities.js';
import { greatCircleKm } from '../../shared/great-circle.js';
import { entityOr404 } from '../../services/views/lookup.js';
import { Municipality, MunicipalityDetail, Office, OfficeDetail } from '../../contract/directory.js';
import { geoJsonResponse } from '../../contract/geojson.js';
import { MunicipalityNumberString, ref, slugParam } from '../../contract/schema-helpers.js';
import { municipalityDetailView, municipalityView, officeDetailView, officeView } from '../../services/views/directory.js';
import { municipalityFeatures, officeFeatures } from '../../services/views/geojson.js';
import { sendFeature, sendFeatureCollection } from './geojson-reply.js';
import { IdParams, NumberParams, PROBLEM_RESPONSES, atQuery, directoryAt, parseNear, resolutionQuery, type Api, type RouteOptions } from './params.js';
import { FiniteInteger } from '../../contract/finite-number.js';

/** Offices (service locations) and municipalities. */

const tags = ['directory'];
const AtQuery = Type.Object(atQuery);
const GeoQuery = Type.Object({ ...atQuery, ...resolutionQuery });

const OfficeQuery = Type.Object({
  ...atQuery,
  district: Type.Optional(slugParam('Only offices in this district (id)')),
  stationDistrict: Type.Optional(slugParam('Only offices in this station district (id)')),
  kind: Type.Optional(Type.Enum(OFFICE_KINDS)),
  municipality: Type.Optional(Type.String({ pattern: '^\\d{4}$', description: 'Only offices located in this municipality (number)' })),
  open: Type.Optional(Type.Boolean({ description: 'true: only offices staffed on the date (seasonal offices in season)' })),
  near: Type.Optional(Type.String({ description: '"lat,lon": sort by great-circle distance from this point and give `distanceKm`', examples: ['59.91,10.75'] })),
  limit: Type.Optional(FiniteInteger({ minimum: 1, maximum: 1000, description: 'At most this many (default: all)' })),
});

const MunicipalityQuery = Type.Object({
  ...atQuery,
  district: Type.Optional(slugParam('Only municipalities in this district (id)')),
  stationDistrict: Type.Optional(slugParam('Only municipalities served by this station district (id)')),
  county: Type.Optional(Type.String({ pattern: '^\\d{2}$', description: 'Only municipalities in this county (2-digit number)' })),
});

export async function placeRoutes(app: Api, { services }: RouteOptions): Promise<void> {
  app.get(
    '/offices',
    {
      schema: {
        tags,
        summary: 'Offices (politistasjon, lensmannskontor, politikontor) on the date, filtered, optionally sorted by distance',
        querystring: OfficeQuery,
        response: { 200: Type.Object({ at: Type.String(), offices: Type.Array(ref(Office)) }), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public', negotiated: true },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const s = dir.snapshot;
      const q = request.query;
      const near = q.near === undefined ? null : parseNear(q.near);
      const offices = [...s.offices.values()].filter(
        (o) =>
          (!q.district || o.districtId === q.district) &&
          (!q.stationDistrict || o.stationDistrictId === q.stationDistrict) &&
          (!q.kind || o.kind === q.kind) &&
          (!q.municipality || o.municipalityNumber === q.municipality) &&
          (q.open === undefined || s.isOfficeOpen(o) === q.open),
      );
      const views = near
        ? offices
            .map((o) => ({ o, km: greatCircleKm(near.lat, near.lon, o.position.lat, o.position.lon) }))
            .sort((a, b) => a.km - b.km || (a.o.id < b.o.id ? -1 : 1))
            .map(({ o, km }) => officeView(dir, o, km))
        : offices.map((o) => officeView(dir, o));
      return { at: dir.at, offices: q.limit === undefined ? views : views.slice(0, q.limit) };
    },
  );

  app.get(
    '/offices.geojson',
    {
      schema: { tags: ['geojson'], summary: 'Offices on the date as Point features', querystring: AtQuery, response: { 200: geoJsonResponse('GeoJsonFeatureCollection', 'A Point per office, RFC 7946'), ...PROBLEM_RESPONSES } },
      config: { cache: 'public', negotiated: true },
    },
    async (request, reply) => {
      const dir = await directoryAt(services.directory, request.query.at);
      return sendFeatureCollection(reply, dir, 'offices', null, () => officeFeatures(dir.snapshot));
    },
  );

  app.get(
    '/offices/:id',
    {
      schema: {
        tags,
        summary: 'One office with the municipalities it serves and the nearest other offices',
        params: IdParams,
        querystring: AtQuery,
        response: { 200: Type.Object({ at: Type.String(), office: ref(OfficeDetail) }), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public', negotiated: true },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      return { at: dir.at, office: officeDetailView(dir, entityOr404(dir, 'office', request.params.id)) };
    },
  );

  app.get(
    '/offices/:id.geojson',
    {
      schema: { tags: ['geojson'], summary: 'One office as a Point feature', params: IdParams, querystring: AtQuery, response: { 200: geoJsonResponse('GeoJsonFeature', 'A Point, RFC 7946'), ...PROBLEM_RESPONSES } },
      config: { cache: 'public', negotiated: true },
    },
    async (request, reply) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const o = entityOr404(dir, 'office', request.params.id);
      return sendFeature(reply, dir, 'offices', o.id, null, () => officeFeatures(dir.snapshot));
    },
  );

  app.get(
    '/municipalities',
    {
      schema: {
        tags,
        summary: 'Municipalities (2024 numbering) with their district and station district(s) on the date',
        querystring: MunicipalityQuery,
        response: { 200: Type.Object({ at: Type.String(), municipalities: Type.Array(ref(Municipality)) }), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public', negotiated: true },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const s = dir.snapshot;
      const q = request.query;
      const list = [...s.municipalities.values()].filter(
        (m) => (!q.district || m.districtId === q.district) && (!q.stationDistrict || m.stationDistrictIds.includes(q.stationDistrict)) && (!q.county || m.countyNumber === q.county),
      );
      return { at: dir.at, municipalities: list.map((m) => municipalityView(s, m)) };
    },
  );

  app.get(
    '/municipalities.geojson',
    {
      schema: {
        tags: ['geojson'],
        summary: 'Municipality boundaries with their district on the date',
        description: 'Geometry from the project layer (2024 municipalities, © Kartverket CC BY 4.0): `web` simplified, `full` the layer locate uses.',
        querystring: GeoQuery,
        response: { 200: geoJsonResponse('GeoJsonFeatureCollection', 'A Polygon or MultiPolygon per municipality, RFC 7946'), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public', negotiated: true },
    },
    async (request, reply) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const resolution = request.query.resolution ?? 'web';
      return sendFeatureCollection(reply, dir, 'municipalities', resolution, () => municipalityFeatures(dir, resolution));
    },
  );

  app.get(
    '/municipalities/:number',
    {
      schema: {
        tags,
        summary: 'One municipality: district, station district(s), serving offices, population, nearest office',
        params: NumberParams,
        querystring: AtQuery,
        response: { 200: Type.Object({ at: Type.String(), municipality: ref(MunicipalityDetail) }), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public', negotiated: true },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      return { at: dir.at, municipality: municipalityDetailView(dir, entityOr404(dir, 'municipality', request.params.number)) };
    },
  );

  app.get(
    '/municipalities/:number.geojson',
    {
      schema: {
        tags: ['geojson'],
        summary: "One municipality's boundary",
        params: Type.Object({ number: MunicipalityNumberString }),
        querystring: GeoQuery,
        response: { 200: geoJsonResponse('GeoJsonFeature', 'A Polygon or MultiPolygon, RFC 7946'), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public', negotiated: true },
    },
    async (request, reply) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const m = entityOr404(dir, 'municipality', request.params.number);
      const resolution = request.query.resolution ?? 'web';
      return sendFeature(reply, dir, 'municipalities', m.id, resolution, () => municipalityFeatures(dir, resolution));
    },
  );
}
