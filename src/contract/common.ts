import Type from 'typebox';
import { DATE_PRECISIONS } from '../domain/changes.js';
import { OFFICE_KINDS, OPERATING_UNIT_KINDS, POSITION_PRECISIONS, STATION_DISTRICT_KINDS } from '../domain/entities.js';
import { IsoDateString, MunicipalityNumberString, Nullable, ref } from './schema-helpers.js';

/** RFC 9457 problem details, as every error of the API is rendered (application/problem+json). */
export const Problem = Type.Object(
  {
    type: Type.String({ description: 'A URI naming the kind of problem (urn:naerpoliti:problem:<code>)' }),
    title: Type.String({ description: 'Short Norwegian summary of the kind of problem' }),
    status: Type.Integer({ description: 'The HTTP status code' }),
    detail: Type.String({ description: 'Norwegian explanation of this occurrence, naming the parameter or id' }),
    instance: Type.String({ description: 'The request path and query that failed' }),
    code: Type.String({ description: 'Stable machine-readable code, e.g. request.invalid-parameter, resource.not-found' }),
    parameter: Type.Optional(Type.String({ description: 'The query or path parameter that was wrong (400)' })),
    id: Type.Optional(Type.String({ description: 'The id that was not found (404)' })),
    entityType: Type.Optional(Type.String({ description: 'What the id is (or should be), e.g. office, district' })),
    inForce: Type.Optional(
      Type.Array(Type.Object({ from: Type.String(), to: Nullable(Type.String()) }), {
        description: 'For resource.not-in-force: the periods the id was in force ([from, to), to null = still)',
      }),
    ),
  },
  { $id: 'Problem', additionalProperties: true, description: 'RFC 9457 problem details' },
);

export const LatLon = Type.Object(
  { lat: Type.Number({ description: 'WGS84 latitude, degrees' }), lon: Type.Number({ description: 'WGS84 longitude, degrees' }) },
  { $id: 'LatLon', additionalProperties: false },
);

export const Position = Type.Object(
  {
    lat: Type.Number({ description: 'WGS84 latitude, degrees' }),
    lon: Type.Number({ description: 'WGS84 longitude, degrees' }),
    precision: Type.Enum(POSITION_PRECISIONS, {
      description: 'How exact the point is: the building (address), the postcode point, the town, or the municipality',
    }),
  },
  { $id: 'Position', additionalProperties: false },
);

export const DistrictRef = Type.Object({ id: Type.String(), name: Type.String() }, { $id: 'DistrictRef', additionalProperties: false });

export const StationDistrictRef = Type.Object(
  { id: Type.String(), name: Type.String(), kind: Type.Enum(STATION_DISTRICT_KINDS) },
  { $id: 'StationDistrictRef', additionalProperties: false },
);

export const OperatingUnitRef = Type.Object(
  { id: Type.String(), name: Type.String(), kind: Type.Enum(OPERATING_UNIT_KINDS) },
  { $id: 'OperatingUnitRef', additionalProperties: false },
);

export const MunicipalityRef = Type.Object(
  { number: MunicipalityNumberString, name: Type.String() },
  { $id: 'MunicipalityRef', additionalProperties: false },
);

export const OfficeRef = Type.Object(
  { id: Type.String(), name: Type.String(), kind: Type.Enum(OFFICE_KINDS) },
  { $id: 'OfficeRef', additionalProperties: false },
);

const Decision = Type.Object(
  {
    by: Type.String({ description: 'The body that decided, e.g. Politidirektoratet, Stortinget' }),
    date: Nullable(IsoDateString),
    reference: Nullable(Type.String({ description: 'Document or case reference' })),
    url: Nullable(Type.String()),
  },
  { $id: 'Decision', additionalProperties: false },
);

export const ChangeRef = Type.Object(
  {
    id: Type.String({ description: 'The change id in the register' }),
    effective: IsoDateString,
    datePrecision: Type.Enum(DATE_PRECISIONS),
    type: Type.String({ description: '<entity>.<operation>, e.g. office.dissolve' }),
    decision: Nullable(ref(Decision)),
    sources: Type.Array(Type.String()),
    certainty: Type.Union([Type.Literal('sourced'), Type.Literal('inferred')]),
    note: Nullable(Type.String()),
  },
  { $id: 'ChangeRef', additionalProperties: false, description: 'A dated change with its decision reference and sources' },
);

export const COMMON_SCHEMAS = [Problem, LatLon, Position, DistrictRef, StationDistrictRef, OperatingUnitRef, MunicipalityRef, OfficeRef, Decision, ChangeRef];
