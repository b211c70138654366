import Type from 'typebox';
import { OPERATING_UNIT_KINDS, SPECIAL_AGENCY_KINDS, STATION_DISTRICT_KINDS } from '../../domain/entities.js';
import { entityOr404 } from '../../services/views/lookup.js';
import { notFound } from '../../contract/problem.js';
import { OperatingUnit, SpecialAgency, StationDistrict } from '../../contract/directory.js';
import { geoJsonResponse } from '../../contract/geojson.js';
import { ref, slugParam } from '../../contract/schema-helpers.js';
import { operatingUnitView, specialAgencyView, stationDistrictView } from '../../services/views/directory.js';
import { operatingUnitFeatures, stationDistrictFeatures } from '../../services/views/geojson.js';
import { sendFeature, sendFeatureCollection } from './geojson-reply.js';
import { IdParams, PROBLEM_RESPONSES, atQuery, directoryAt, resolutionQuery, type Api, type RouteOptions } from './params.js';

/** Special agencies, operating units (GDE and functional) and station districts. */

const tags = ['directory'];
const AtQuery = Type.Object(atQuery);
const GeoQuery = Type.Object({ ...atQuery, ...resolutionQuery });
const districtFilter = { district: Type.Optional(slugParam('Only those in this district (id)')) };

export async function unitRoutes(app: Api, { services }: RouteOptions): Promise<void> {
  app.get(
    '/special-agencies',
    {
      schema: {
        tags,
        summary: 'Særorgan and the other national units under the directorate',
        querystring: Type.Object({ ...atQuery, kind: Type.Optional(Type.Enum(SPECIAL_AGENCY_KINDS)) }),
        response: { 200: Type.Object({ at: Type.String(), specialAgencies: Type.Array(ref(SpecialAgency)) }), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public' },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const { kind } = request.query;
      return { at: dir.at, specialAgencies: [...dir.snapshot.specialAgencies.values()].filter((a) => !kind || a.kind === kind).map(specialAgencyView) };
    },
  );

  app.get(
    '/special-agencies/:id',
    {
      schema: { tags, summary: 'One special agency', params: IdParams, querystring: AtQuery, response: { 200: Type.Object({ at: Type.String(), specialAgency: ref(SpecialAgency) }), ...PROBLEM_RESPONSES } },
      config: { cache: 'public' },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      return { at: dir.at, specialAgency: specialAgencyView(entityOr404(dir, 'specialAgency', request.params.id)) };
    },
  );

  app.get(
    '/operating-units',
    {
      schema: {
        tags,
        summary: 'Operating units: geographic (GDE) with their station districts, and functional (e.g. the operations centre)',
        querystring: Type.Object({ ...atQuery, ...districtFilter, kind: Type.Optional(Type.Enum(OPERATING_UNIT_KINDS)) }),
        response: { 200: Type.Object({ at: Type.String(), operatingUnits: Type.Array(ref(OperatingUnit)) }), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public', negotiated: true },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const s = dir.snapshot;
      const { district, kind } = request.query;
      const units = [...s.operatingUnits.values()].filter((u) => (!district || u.districtId === district) && (!kind || u.kind === kind));
      return { at: dir.at, operatingUnits: units.map((u) => operatingUnitView(s, u)) };
    },
  );

  app.get(
    '/operating-units.geojson',
    {
      schema: {
        tags: ['geojson'],
        summary: 'Geographic operating units (GDE) on the date, dissolved from their station districts’ municipalities',
        querystring: GeoQuery,
        response: { 200: geoJsonResponse('GeoJsonFeatureCollection', 'A MultiPolygon per geographic unit, RFC 7946'), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public', negotiated: true },
    },
    async (request, reply) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const resolution = request.query.resolution ?? 'web';
      return sendFeatureCollection(reply, dir, 'operating-units', resolution, () => operatingUnitFeatures(dir, resolution));
    },
  );

  app.get(
    '/operating-units/:id',
    {
      schema: { tags, summary: 'One operating unit', params: IdParams, querystring: AtQuery, response: { 200: Type.Object({ at: Type.String(), operatingUnit: ref(OperatingUnit) }), ...PROBLEM_RESPONSES } },
      config: { cache: 'public', negotiated: true },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      return { at: dir.at, operatingUnit: operatingUnitView(dir.snapshot, entityOr404(dir, 'operatingUnit', request.params.id)) };
    },
  );

  app.get(
    '/operating-units/:id.geojson',
    {
      schema: { tags: ['geojson'], summary: "One geographic operating unit's area", params: IdParams, querystring: GeoQuery, response: { 200: geoJsonResponse('GeoJsonFeature', 'A MultiPolygon, RFC 7946'), ...PROBLEM_RESPONSES } },
      config: { cache: 'public', negotiated: true },
    },
    async (request, reply) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const unit = entityOr404(dir, 'operatingUnit', request.params.id);
      const resolution = request.query.resolution ?? 'web';
      if (unit.kind !== 'geographic') throw notGeographic(unit.name, unit.id);
      return sendFeature(reply, dir, 'operating-units', unit.id, resolution, () => operatingUnitFeatures(dir, resolution));
    },
  );

  app.get(
    '/station-districts',
    {
      schema: {
        tags,
        summary: 'Station districts (politistasjonsdistrikt / lensmannsdistrikt) with their municipalities and offices',
        querystring: Type.Object({ ...atQuery, ...districtFilter, kind: Type.Optional(Type.Enum(STATION_DISTRICT_KINDS)) }),
        response: { 200: Type.Object({ at: Type.String(), stationDistricts: Type.Array(ref(StationDistrict)) }), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public', negotiated: true },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const s = dir.snapshot;
      const { district, kind } = request.query;
      const list = [...s.stationDistricts.values()].filter((sd) => (!district || sd.districtId === district) && (!kind || sd.kind === kind));
      return { at: dir.at, stationDistricts: list.map((sd) => stationDistrictView(s, sd)) };
    },
  );

  app.get(
    '/station-districts.geojson',
    {
      schema: {
        tags: ['geojson'],
        summary: 'Station-district areas on the date, dissolved from their municipalities',
        description: 'A municipality divided between station districts (Oslo, Bergen …) is drawn whole in each; `sharedMunicipalities` names them.',
        querystring: GeoQuery,
        response: { 200: geoJsonResponse('GeoJsonFeatureCollection', 'A MultiPolygon per station district, RFC 7946'), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public', negotiated: true },
    },
    async (request, reply) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const resolution = request.query.resolution ?? 'web';
      return sendFeatureCollection(reply, dir, 'station-districts', resolution, () => stationDistrictFeatures(dir, resolution));
    },
  );

  app.get(
    '/station-districts/:id',
    {
      schema: { tags, summary: 'One station district', params: IdParams, querystring: AtQuery, response: { 200: Type.Object({ at: Type.String(), stationDistrict: ref(StationDistrict) }), ...PROBLEM_RESPONSES } },
      config: { cache: 'public', negotiated: true },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      return { at: dir.at, stationDistrict: stationDistrictView(dir.snapshot, entityOr404(dir, 'stationDistrict', request.params.id)) };
    },
  );

  app.get(
    '/station-districts/:id.geojson',
    {
      schema: { tags: ['geojson'], summary: "One station district's area", params: IdParams, querystring: GeoQuery, response: { 200: geoJsonResponse('GeoJsonFeature', 'A MultiPolygon, RFC 7946'), ...PROBLEM_RESPONSES } },
      config: { cache: 'public', negotiated: true },
    },
    async (request, reply) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const sd = entityOr404(dir, 'stationDistrict', request.params.id);
      const resolution = request.query.resolution ?? 'web';
      return sendFeature(reply, dir, 'station-districts', sd.id, resolution, () => stationDistrictFeatures(dir, resolution));
    },
  );
}

function notGeographic(name: string, id: string) {
  return notFound(`${name} («${id}») er en felles driftsenhet uten eget område; bare geografiske driftsenheter finnes som GeoJSON.`, { id });
}
