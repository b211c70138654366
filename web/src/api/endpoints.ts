import Type, { type Static, type TSchema } from 'typebox';
import * as D from '../../../src/contract/directory.js';
import * as P from '../../../src/contract/places.js';
import * as R from '../../../src/contract/register.js';
import { ref } from '../../../src/contract/schema-helpers.js';
import { decodeWith } from './decode.js';
import { decodeAreaCollection, decodePointCollection } from './geojson.js';
import { apiUrl } from './http.js';
import type { ApiRequest } from './use-api.js';

/** Every API request the web app makes, typed by the API's own schemas. */

export type StructureCounts = Static<typeof R.StructureCounts>;
export type District = Static<typeof D.District>;
export type DistrictDetail = Static<typeof D.DistrictDetail>;
export type SpecialAgency = Static<typeof D.SpecialAgency>;
export type OperatingUnit = Static<typeof D.OperatingUnit>;
export type StationDistrict = Static<typeof D.StationDistrict>;
export type Office = Static<typeof D.Office>;
export type OfficeDetail = Static<typeof D.OfficeDetail>;
export type Municipality = Static<typeof D.Municipality>;
export type MunicipalityDetail = Static<typeof D.MunicipalityDetail>;
export type Located = Static<typeof P.Located>;
export type SearchHit = Static<typeof P.SearchHit>;
export type Organisation = Static<typeof R.Organisation>;
export type PrioritisedFunction = Static<typeof R.PrioritisedFunction>;
export type ChangeEntry = Static<typeof R.ChangeEntry>;
export type StructureDiff = Static<typeof R.StructureDiff>;
export type DiffItem = Static<typeof R.DiffItem>;
export type EntityHistory = Static<typeof R.EntityHistory>;

function request<T>(path: string, query: Record<string, string | number | undefined>, decode: (body: unknown) => T): ApiRequest<T> {
  return { url: apiUrl(path, query), decode };
}

const seg = encodeURIComponent;

/**
 * Most routes wrap their answer in an envelope with the date ({at, districts: […]}); the
 * envelopes are declared inline in the API's routes, so here they are rebuilt around the API's
 * named schemas, and the request returns what is inside.
 */
function inEnvelope<K extends string, S extends TSchema>(key: K, schema: S, what: string): (body: unknown) => Static<S> {
  // A computed key widens to `string` in TypeScript; the object has exactly `at` and `key`.
  const decode = decodeWith(Type.Object({ at: Type.String(), [key]: schema } as Record<K | 'at', TSchema>), what);
  // The envelope was checked to hold `key` with `schema` just above.
  return (body) => (decode(body) as Record<K, Static<S>>)[key];
}

const listOf = <S extends TSchema>(schema: S) => Type.Array(ref(schema));

export const structureRequest = (at: string): ApiRequest<StructureCounts> =>
  request('/structure', { at }, decodeWith(R.StructureCounts, 'Tallene'));

export const districtsRequest = (at: string) => request('/districts', { at }, inEnvelope('districts', listOf(D.District), 'Politidistriktene'));

export const districtRequest = (id: string, at: string) =>
  request(`/districts/${seg(id)}`, { at }, inEnvelope('district', ref(D.DistrictDetail), 'Politidistriktet'));

export const districtUnitsRequest = (id: string, at: string) =>
  request(`/districts/${seg(id)}/units`, { at }, inEnvelope('units', listOf(D.OperatingUnit), 'Driftsenhetene'));

export const districtOfficesRequest = (id: string, at: string) =>
  request(`/districts/${seg(id)}/offices`, { at }, inEnvelope('offices', listOf(D.Office), 'Tjenestestedene'));

export const districtMunicipalitiesRequest = (id: string, at: string) =>
  request(`/districts/${seg(id)}/municipalities`, { at }, inEnvelope('municipalities', listOf(D.Municipality), 'Kommunene'));

export const districtChangesRequest = (id: string, from: string, to: string) =>
  request(`/districts/${seg(id)}/changes`, { from, to, at: to, limit: 5000 }, decodeWith(ref(R.DistrictChangeList), 'Endringene'));

export const stationDistrictRequest = (id: string, at: string) =>
  request(`/station-districts/${seg(id)}`, { at }, inEnvelope('stationDistrict', ref(D.StationDistrict), 'Tjenesteenheten'));

export const specialAgenciesRequest = (at: string) =>
  request('/special-agencies', { at }, inEnvelope('specialAgencies', listOf(D.SpecialAgency), 'Særorganene'));

export const specialAgencyRequest = (id: string, at: string) =>
  request(`/special-agencies/${seg(id)}`, { at }, inEnvelope('specialAgency', ref(D.SpecialAgency), 'Særorganet'));

export const officeRequest = (id: string, at: string) => request(`/offices/${seg(id)}`, { at }, inEnvelope('office', ref(D.OfficeDetail), 'Tjenestestedet'));

export const municipalityRequest = (number: string, at: string) =>
  request(`/municipalities/${seg(number)}`, { at }, inEnvelope('municipality', ref(D.MunicipalityDetail), 'Kommunen'));

export const historyRequest = (id: string, at: string) => request(`/history/${seg(id)}`, { at }, decodeWith(ref(R.EntityHistory), 'Historikken'));

export const organisationRequest = (at: string) => request('/organisation', { at }, decodeWith(ref(R.Organisation), 'Organiseringen'));

export const functionsRequest = (at: string) =>
  request('/functions', { at }, inEnvelope('functions', listOf(R.PrioritisedFunction), 'De prioriterte funksjonene'));

export const diffRequest = (from: string, to: string) => request('/diff', { from, to }, decodeWith(ref(R.StructureDiff), 'Endringene'));

export const locateRequest = (lat: number, lon: number, at: string, service: 'pass-id' | null = null) =>
  request('/locate', { lat: lat.toFixed(5), lon: lon.toFixed(5), at, service: service ?? undefined }, decodeWith(ref(P.Located), 'Stedet'));

export const searchRequest = (q: string, at: string, limit = 8) =>
  request('/search', { q, at, limit }, decodeWith(ref(P.SearchResult), 'Søket'));

export const districtsGeoRequest = (at: string) =>
  request('/districts.geojson', { at }, (body) => decodeAreaCollection(body, 'Kartet over politidistriktene'));

/** Every municipality on the date with its district and station districts (the map filters by district). */
export const municipalitiesGeoRequest = (at: string) =>
  request('/municipalities.geojson', { at }, (body) => decodeAreaCollection(body, 'Kartet over kommunene'));

export const municipalityGeoRequest = (number: string, at: string) =>
  request(`/municipalities/${seg(number)}.geojson`, { at }, (body) => decodeAreaCollection({ type: 'FeatureCollection', features: [body] }, 'Kartet over kommunen'));

export const officesGeoRequest = (at: string) =>
  request('/offices.geojson', { at }, (body) => decodePointCollection(body, 'Tjenestestedene på kartet'));
