import Type from 'typebox';
import { DATE_PRECISIONS } from '../domain/changes.js';
import { OFFICE_KINDS, OPERATING_UNIT_KINDS, POSITION_PRECISIONS, SERVICE_KINDS, SPECIAL_AGENCY_KINDS, STATION_DISTRICT_KINDS } from '../domain/entities.js';
import { DistrictRef, LatLon, MunicipalityRef, OfficeRef, OperatingUnitRef, Position, StationDistrictRef } from './common.js';
import { IsoDateString, MunicipalityNumberString, Nullable, ref } from './schema-helpers.js';

/** The directory's resources: what a client gets for a district, unit, station district, office or municipality on a date. */

const lifetime = {
  since: Type.String({ description: 'The date it (last) came into force; with sinceKnown false only the latest it can have been' }),
  sinceKnown: Type.Boolean({
    description:
      'false: in force by `since`, begun at an unknown earlier date — `since` is where the register\'s records start (offices: 2015-01-01), not when it began',
  }),
  updated: Type.String({ description: 'The date of its last change' }),
};

const DistrictCounts = Type.Object(
  {
    municipalities: Type.Integer(),
    population: Type.Integer({ description: 'Sum over its municipalities (population on 2024-01-01)' }),
    operatingUnits: Type.Integer(),
    stationDistricts: Type.Integer(),
    offices: Type.Integer({ description: 'Offices in the structure on the date, seasonal ones included' }),
    openOffices: Type.Integer({ description: 'Offices staffed on the date (seasonal offices only in their season)' }),
  },
  { additionalProperties: false },
);

export const District = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    seat: Type.String(),
    localStructureFrom: Nullable(IsoDateString),
    ...lifetime,
    counts: DistrictCounts,
  },
  { $id: 'District', additionalProperties: false },
);

export const DistrictDetail = Type.Object(
  {
    ...District.properties,
    operationsCentre: Nullable(Type.Object({ id: Type.String(), name: Type.String(), seat: Nullable(Type.String()) }, { additionalProperties: false })),
    operatingUnits: Type.Array(ref(OperatingUnitRef)),
  },
  { $id: 'DistrictDetail', additionalProperties: false },
);

export const SpecialAgency = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    abbreviation: Nullable(Type.String()),
    kind: Type.Enum(SPECIAL_AGENCY_KINDS),
    seat: Nullable(Type.String()),
    role: Type.String(),
    parentId: Nullable(Type.String()),
    ...lifetime,
  },
  { $id: 'SpecialAgency', additionalProperties: false },
);

export const OperatingUnit = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    kind: Type.Enum(OPERATING_UNIT_KINDS),
    nameStatus: Type.Union([Type.Literal('official'), Type.Literal('reported'), Type.Literal('descriptive')]),
    district: ref(DistrictRef),
    seat: Nullable(Type.String()),
    functionId: Nullable(Type.String({ description: 'The prioritised function a functional unit carries (see /functions)' })),
    stationDistricts: Type.Array(ref(StationDistrictRef)),
    ...lifetime,
  },
  { $id: 'OperatingUnit', additionalProperties: false },
);

export const StationDistrict = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    kind: Type.Enum(STATION_DISTRICT_KINDS),
    district: ref(DistrictRef),
    operatingUnit: Nullable(ref(OperatingUnitRef)),
    headOffice: Nullable(ref(OfficeRef)),
    municipalities: Type.Array(
      Type.Object(
        {
          number: MunicipalityNumberString,
          name: Type.String(),
          shared: Type.Boolean({ description: 'True where the municipality is divided between several station districts (Oslo, Bergen …)' }),
        },
        { additionalProperties: false },
      ),
    ),
    offices: Type.Array(ref(OfficeRef)),
    ...lifetime,
  },
  { $id: 'StationDistrict', additionalProperties: false },
);

const Season = Type.Object(
  {
    label: Type.Union([Type.Literal('summer'), Type.Literal('winter')]),
    from: Nullable(Type.String({ description: 'MM-DD, inclusive; null when the source names the season but not its days' })),
    to: Nullable(Type.String({ description: 'MM-DD, inclusive' })),
  },
  { additionalProperties: false },
);

/** A service an office offers (or offered), as one unbroken period in force with its dates and sources. */
export const OfficeServicePeriod = Type.Object(
  {
    kind: Type.Enum(SERVICE_KINDS, { description: 'ekspedisjon: front desk (publikumsmottak); pass-id: passports and national ID cards' }),
    from: IsoDateString,
    datePrecision: Type.Enum(DATE_PRECISIONS, { description: 'How exact `from` is' }),
    startUnknown: Type.Boolean({ description: 'In force on `from`, begun at an unknown earlier date (show «fra ukjent dato»)' }),
    to: Nullable(IsoDateString),
    toPrecision: Nullable(Type.Enum(DATE_PRECISIONS)),
    note: Nullable(Type.String()),
    season: Nullable(Season),
    offeredOnDate: Type.Boolean({ description: 'Whether it can be had on the date asked (its office open, both in season); false outside the period' }),
    certainty: Type.Union([Type.Literal('sourced'), Type.Literal('inferred')]),
    sources: Type.Array(Type.String()),
  },
  { $id: 'OfficeServicePeriod', additionalProperties: false },
);

/** Where to go: the visiting address as far as the register knows it. */
const VisitingAddress = Type.Object(
  {
    street: Nullable(Type.String({ description: 'Street address; null when the register does not know it' })),
    postcode: Nullable(Type.String()),
    postalPlace: Nullable(Type.String({ description: "The postcode's place name" })),
    precision: Type.Enum(POSITION_PRECISIONS, {
      description: 'What is known: the building (address), only the postcode, only the town, or only the municipality',
    }),
  },
  { $id: 'VisitingAddress', additionalProperties: false },
);

/** How to reach the police whatever office: the national numbers and the district's own page. */
const PoliceContact = Type.Object(
  {
    switchboard: Type.String({ description: 'The police switchboard (sentralbord), the same for every office' }),
    emergency: Type.String({ description: 'The emergency number' }),
    districtPage: Nullable(Type.String({ description: "The district's page on politiet.no (office pages there have no stable addresses); null for districts before 2016" })),
  },
  { $id: 'PoliceContact', additionalProperties: false },
);

export const Office = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    kind: Type.Enum(OFFICE_KINDS),
    district: ref(DistrictRef),
    stationDistrict: Nullable(ref(StationDistrictRef)),
    municipality: ref(MunicipalityRef),
    formerMunicipality: Nullable(Type.String({ description: 'Set where the office follows a former municipality into another district' })),
    address: Nullable(Type.String()),
    postcode: Nullable(Type.String()),
    position: ref(Position),
    season: Nullable(Season),
    openOnDate: Type.Boolean({ description: 'Staffed on the date asked (false only for a seasonal office out of season)' }),
    visitingAddress: ref(VisitingAddress),
    contact: ref(PoliceContact),
    services: Type.Array(ref(OfficeServicePeriod), { description: 'The services in force on the date, each as its whole period' }),
    ...lifetime,
    distanceKm: Type.Optional(Type.Number({ description: 'Great-circle distance from `near`, km (only when sorted by `near`)' })),
  },
  { $id: 'Office', additionalProperties: false },
);

export const NearestOffice = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    kind: Type.Enum(OFFICE_KINDS),
    distanceKm: Type.Number({ description: 'Great-circle distance, km, rounded to 0.01' }),
    position: ref(Position),
  },
  { $id: 'NearestOffice', additionalProperties: false },
);

export const OfficeDetail = Type.Object(
  {
    ...Office.properties,
    municipalitiesServed: Type.Array(ref(MunicipalityRef), {
      description: 'The municipalities of its station district (before the local structure: its own municipality)',
    }),
    nearestOtherOffices: Type.Array(ref(NearestOffice), { description: 'The nearest other offices open on the date' }),
    serviceHistory: Type.Array(ref(OfficeServicePeriod), { description: 'Every period of every service the office has had, oldest first' }),
  },
  { $id: 'OfficeDetail', additionalProperties: false },
);

export const Municipality = Type.Object(
  {
    number: MunicipalityNumberString,
    name: Type.String(),
    county: Type.Object({ number: Type.String(), name: Type.String() }, { additionalProperties: false }),
    population: Type.Integer(),
    populationDate: IsoDateString,
    areaKm2: Type.Number(),
    adminCentre: Nullable(Type.String()),
    point: ref(LatLon),
    district: ref(DistrictRef),
    stationDistricts: Type.Array(ref(StationDistrictRef), {
      description: 'Usually one; several where station districts divide the municipality; none before the local structure',
    }),
    ...lifetime,
  },
  { $id: 'Municipality', additionalProperties: false },
);

export const MunicipalityDetail = Type.Object(
  {
    ...Municipality.properties,
    servingOffices: Type.Array(ref(Office), {
      description: 'Offices of its station district(s); before the local structure, the offices in the municipality',
    }),
    officesInMunicipality: Type.Array(ref(OfficeRef), { description: 'Offices located in the municipality' }),
    nearestOffice: Type.Union([ref(NearestOffice), Type.Null()], {
      description: "The nearest office open on the date, from the municipality's interior point (`point`, not a population centre)",
    }),
  },
  { $id: 'MunicipalityDetail', additionalProperties: false },
);

export const DIRECTORY_SCHEMAS = [District, DistrictDetail, SpecialAgency, OperatingUnit, StationDistrict, OfficeServicePeriod, VisitingAddress, PoliceContact, Office, NearestOffice, OfficeDetail, Municipality, MunicipalityDetail];
