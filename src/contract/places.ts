import Type from 'typebox';
import { SERVICE_KINDS } from '../domain/entities.js';
import { MATCH_CLASSES, SearchDocument } from './search-document.js';
import { DistrictRef, MunicipalityRef, StationDistrictRef } from './common.js';
import { NearestOffice } from './directory.js';
import { IsoDateString, Nullable, ref } from './schema-helpers.js';

/** "Find my police": locate a point, and search names, numbers and postcodes. */

export const Located = Type.Object(
  {
    at: IsoDateString,
    lat: Type.Number(),
    lon: Type.Number(),
    municipality: ref(MunicipalityRef),
    district: ref(DistrictRef),
    stationDistrict: Nullable(ref(StationDistrictRef)),
    stationDistricts: Type.Array(ref(StationDistrictRef), {
      description:
        "All station districts serving the municipality. Where several divide it (Oslo, Bergen …) the register has no boundary between them, so `stationDistrict` is null and this lists them all",
    }),
    service: Nullable(Type.Enum(SERVICE_KINDS, { description: 'The service asked for (`service=`): then `nearestOffices` are the nearest offices offering it' })),
    servingOffices: Type.Array(ref(NearestOffice), {
      description:
        "The offices of the municipality's station district(s) on the date (before the local structure: the offices in the municipality), with their distance from the point, nearest first. The office that serves you, which need not be the nearest",
    }),
    nearestOffices: Type.Array(ref(NearestOffice), { description: 'The nearest offices open on the date (offering `service` when asked), nearest first' }),
    snapped: Type.Boolean({ description: 'True when the point lies off the coast-clipped polygons and was given the nearest municipality' }),
    snapDistanceKm: Type.Number({ description: 'Distance to the municipality boundary when snapped, else 0' }),
  },
  { $id: 'Located', additionalProperties: false },
);

export const SearchHit = Type.Object(
  {
    ...SearchDocument.properties,
    match: Type.Enum(MATCH_CLASSES, { description: 'exact, prefix, fuzzy (small typos), or related (the municipality of a postcode found)' }),
    score: Type.Number({ description: '0–1, higher is better; never rises down the list' }),
  },
  { $id: 'SearchHit', additionalProperties: false },
);

export const SearchResult = Type.Object(
  { at: IsoDateString, query: Type.String(), hits: Type.Array(ref(SearchHit)) },
  { $id: 'SearchResult', additionalProperties: false },
);

export const PLACES_SCHEMAS = [Located, SearchHit, SearchResult];
