import Type from 'typebox';
import { entityOr404, historyOr404, latestName } from '../../services/views/lookup.js';
import { DistrictRef } from '../../contract/common.js';
import { District, DistrictDetail, Municipality, Office, OperatingUnit, StationDistrict } from '../../contract/directory.js';
import { geoJsonResponse } from '../../contract/geojson.js';
import { DistrictChangeList } from '../../contract/register.js';
import { ref } from '../../contract/schema-helpers.js';
import { changeListView, districtAffiliatedChanges } from '../../services/views/changes.js';
import { districtDetailView, districtRef, districtView, municipalityView, officeView, operatingUnitView, stationDistrictView } from '../../services/views/directory.js';
import { districtFeatures } from '../../services/views/geojson.js';
import { sendFeature, sendFeatureCollection } from './geojson-reply.js';
import { changeRangeQuery, resolveChangeRange } from './changes.js';
import { IdParams, PROBLEM_RESPONSES, atQuery, directoryAt, resolutionQuery, type Api, type RouteOptions } from './params.js';

const tags = ['directory'];
const AtQuery = Type.Object(atQuery);
const GeoQuery = Type.Object({ ...atQuery, ...resolutionQuery });
const inDistrict = { at: Type.String(), district: ref(DistrictRef) };
const DistrictUnits = Type.Object({ ...inDistrict, units: Type.Array(ref(OperatingUnit)) });
const DistrictOffices = Type.Object({ ...inDistrict, offices: Type.Array(ref(Office)) });
const DistrictMunicipalities = Type.Object({ ...inDistrict, municipalities: Type.Array(ref(Municipality)) });
const DistrictStationDistricts = Type.Object({ ...inDistrict, stationDistricts: Type.Array(ref(StationDistrict)) });

export async function districtRoutes(app: Api, { services }: RouteOptions): Promise<void> {
  app.get(
    '/districts',
    {
      schema: { tags, summary: 'The police districts on the date, with counts', querystring: AtQuery, response: { 200: Type.Object({ at: Type.String(), districts: Type.Array(ref(District)) }), ...PROBLEM_RESPONSES } },
      config: { cache: 'public', negotiated: true },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const s = dir.snapshot;
      return { at: dir.at, districts: [...s.districts.values()].map((d) => districtView(s, d)) };
    },
  );

  app.get(
    '/districts.geojson',
    {
      schema: {
        tags: ['geojson'],
        summary: 'District boundaries on the date (dissolved from member municipalities; web or full resolution)',
        querystring: GeoQuery,
        response: { 200: geoJsonResponse('GeoJsonFeatureCollection', 'A MultiPolygon per district, RFC 7946'), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public', negotiated: true },
    },
    async (request, reply) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const resolution = request.query.resolution ?? 'web';
      return sendFeatureCollection(reply, dir, 'districts', resolution, () => districtFeatures(dir, resolution));
    },
  );

  app.get(
    '/districts/:id',
    {
      schema: {
        tags,
        summary: 'One district: counts, operations centre, operating units',
        params: IdParams,
        querystring: AtQuery,
        response: { 200: Type.Object({ at: Type.String(), district: ref(DistrictDetail) }), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public', negotiated: true },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      return { at: dir.at, district: districtDetailView(dir.snapshot, entityOr404(dir, 'district', request.params.id)) };
    },
  );

  app.get(
    '/districts/:id.geojson',
    {
      schema: { tags: ['geojson'], summary: "One district's boundary on the date", params: IdParams, querystring: GeoQuery, response: { 200: geoJsonResponse('GeoJsonFeature', 'A MultiPolygon, RFC 7946'), ...PROBLEM_RESPONSES } },
      config: { cache: 'public', negotiated: true },
    },
    async (request, reply) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const d = entityOr404(dir, 'district', request.params.id);
      const resolution = request.query.resolution ?? 'web';
      return sendFeature(reply, dir, 'districts', d.id, resolution, () => districtFeatures(dir, resolution));
    },
  );

  app.get(
    '/districts/:id/units',
    {
      schema: { tags, summary: "A district's operating units (geographic and functional) with their station districts", params: IdParams, querystring: AtQuery, response: { 200: DistrictUnits, ...PROBLEM_RESPONSES } },
      config: { cache: 'public' },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const s = dir.snapshot;
      const d = entityOr404(dir, 'district', request.params.id);
      return { at: dir.at, district: districtRef(s, d.id), units: (s.operatingUnitsByDistrict.get(d.id) ?? []).map((u) => operatingUnitView(s, u)) };
    },
  );

  app.get(
    '/districts/:id/offices',
    {
      schema: { tags, summary: "A district's offices on the date", params: IdParams, querystring: AtQuery, response: { 200: DistrictOffices, ...PROBLEM_RESPONSES } },
      config: { cache: 'public' },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const s = dir.snapshot;
      const d = entityOr404(dir, 'district', request.params.id);
      return { at: dir.at, district: districtRef(s, d.id), offices: (s.officesByDistrict.get(d.id) ?? []).map((o) => officeView(dir, o)) };
    },
  );

  app.get(
    '/districts/:id/municipalities',
    {
      schema: { tags, summary: "A district's municipalities on the date", params: IdParams, querystring: AtQuery, response: { 200: DistrictMunicipalities, ...PROBLEM_RESPONSES } },
      config: { cache: 'public' },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const s = dir.snapshot;
      const d = entityOr404(dir, 'district', request.params.id);
      return { at: dir.at, district: districtRef(s, d.id), municipalities: (s.municipalitiesByDistrict.get(d.id) ?? []).map((m) => municipalityView(s, m)) };
    },
  );

  app.get(
    '/districts/:id/station-districts',
    {
      schema: { tags, summary: "A district's station districts on the date", params: IdParams, querystring: AtQuery, response: { 200: DistrictStationDistricts, ...PROBLEM_RESPONSES } },
      config: { cache: 'public' },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const s = dir.snapshot;
      const d = entityOr404(dir, 'district', request.params.id);
      return { at: dir.at, district: districtRef(s, d.id), stationDistricts: (s.stationDistrictsByDistrict.get(d.id) ?? []).map((sd) => stationDistrictView(s, sd)) };
    },
  );

  app.get(
    '/districts/:id/changes',
    {
      schema: {
        tags: ['history'],
        summary: 'Changes to a district and to everything that belonged to it before or after the change, with decision references',
        description: 'Works for districts no longer in force too (e.g. the 27 districts before 2016). `from` is exclusive, `to` inclusive.',
        params: IdParams,
        querystring: Type.Object(changeRangeQuery),
        response: { 200: ref(DistrictChangeList), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public' },
    },
    async (request) => {
      const register = await services.directory.register();
      const range = resolveChangeRange(register, request.query);
      const history = historyOr404(register, 'district', request.params.id);
      const changes = districtAffiliatedChanges(register, history.id, range.from, range.to);
      return { ...changeListView(changes, range), district: { id: history.id, name: latestName(history) } };
    },
  );
}
