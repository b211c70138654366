import Type from 'typebox';

/**
 * The things the register holds, as TypeBox schemas (one source for validation and types). Each kind
 * has a full attribute set (given when it is established) and every later change amends a subset.
 * Coordinates are WGS84 degrees, lat/lon named explicitly; GeoJSON output turns them into [lon, lat].
 */

export const ENTITY_TYPES = [
  'directorate',
  'district',
  'specialAgency',
  'operatingUnit',
  'stationDistrict',
  'office',
  'municipality',
  'officeService',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 });
export const MunicipalityNumber = Type.String({ pattern: '^\\d{4}$', description: 'Four-digit municipality number (2024 numbering)' });
const IsoDateSchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/** How exact a position is: the building, the postcode's point, the town's point, or the municipality's interior point. */
export const POSITION_PRECISIONS = ['address', 'postcode', 'town', 'municipality'] as const;
export type PositionPrecision = (typeof POSITION_PRECISIONS)[number];

export const Position = Type.Object(
  {
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lon: Type.Number({ minimum: -180, maximum: 180 }),
    precision: Type.Enum(POSITION_PRECISIONS),
  },
  { additionalProperties: false },
);
export type Position = Type.Static<typeof Position>;

const DirectorateAttrs = Type.Object(
  { name: Type.String({ minLength: 1 }), abbreviation: Type.String(), seat: Type.String() },
  { additionalProperties: false },
);

const DistrictAttrs = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    seat: Type.String({ minLength: 1 }),
    /** From this date every municipality in the district must belong to a station district. */
    localStructureFrom: Nullable(IsoDateSchema),
  },
  { additionalProperties: false },
);

export const SPECIAL_AGENCY_KINDS = ['saerorgan', 'other-unit', 'former-saerorgan', 'svalbard'] as const;
const SpecialAgencyAttrs = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    abbreviation: Nullable(Type.String()),
    kind: Type.Enum(SPECIAL_AGENCY_KINDS),
    seat: Nullable(Type.String()),
    role: Type.String(),
    /** The body it answers to: 'pod' for units under the directorate, null otherwise. */
    parentId: Nullable(Slug),
  },
  { additionalProperties: false },
);

export const OPERATING_UNIT_KINDS = ['geographic', 'functional'] as const;
const OperatingUnitAttrs = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    kind: Type.Enum(OPERATING_UNIT_KINDS),
    districtId: Slug,
    seat: Nullable(Type.String()),
    /** For functional units: which of the prioritised functions it carries, if any. */
    functionId: Nullable(Slug),
    /** 'official' (politiet.no), 'reported' (news), 'descriptive' (a label made by the register). */
    nameStatus: Type.Union([Type.Literal('official'), Type.Literal('reported'), Type.Literal('descriptive')]),
  },
  { additionalProperties: false },
);

export const STATION_DISTRICT_KINDS = ['politistasjonsdistrikt', 'lensmannsdistrikt'] as const;
export type StationDistrictKind = (typeof STATION_DISTRICT_KINDS)[number];
export const StationDistrictAttrs = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    kind: Type.Enum(STATION_DISTRICT_KINDS),
    districtId: Slug,
    operatingUnitId: Nullable(Slug),
    headOfficeId: Nullable(Slug),
  },
  { additionalProperties: false },
);

export const OFFICE_KINDS = ['politistasjon', 'lensmannskontor', 'politikontor', 'servicekontor'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/**
 * A recurring season for offices staffed only part of the year (e.g. summer offices from 2023).
 * `from`/`to` are MM-DD and may wrap the new year (winter). Null when the source names the season
 * but not its days; the office is then open in the label's typical window (season.ts), flagged as
 * approximate wherever it is shown, never all year.
 */
export const Season = Type.Object(
  {
    label: Type.Union([Type.Literal('summer'), Type.Literal('winter')]),
    from: Nullable(Type.String({ pattern: '^\\d{2}-\\d{2}$' })),
    to: Nullable(Type.String({ pattern: '^\\d{2}-\\d{2}$' })),
  },
  { additionalProperties: false },
);
export type Season = Type.Static<typeof Season>;

export const OfficeAttrs = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    kind: Type.Enum(OFFICE_KINDS),
    districtId: Slug,
    stationDistrictId: Nullable(Slug),
    municipalityNumber: MunicipalityNumber,
    /**
     * The former municipality the office lies in, set only where that former municipality belonged to
     * another district than the rest of today's (2024) municipality (e.g. Røyken, now part of Asker,
     * was in Sør-Øst until 2020). The office then follows its former municipality's district.
     */
    formerMunicipality: Nullable(Type.String()),
    address: Nullable(Type.String()),
    postcode: Nullable(Type.String({ pattern: '^\\d{4}$' })),
    position: Position,
    season: Nullable(Season),
  },
  { additionalProperties: false },
);

const MunicipalityAttrs = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    countyNumber: Type.String({ pattern: '^\\d{2}$' }),
    countyName: Type.String(),
    population: Type.Integer({ minimum: 0 }),
    populationDate: IsoDateSchema,
    areaKm2: Type.Number({ minimum: 0 }),
    adminCentre: Nullable(Type.String()),
    /** A point inside the municipality (pole of inaccessibility of its largest part), not a population centre. */
    point: Type.Object({ lat: Type.Number(), lon: Type.Number() }, { additionalProperties: false }),
    districtId: Slug,
    /**
     * Station districts serving it. Normally exactly one; several only where station districts divide
     * a municipality between them (Oslo's and Bergen's stations), each then marked sub-municipal.
     */
    stationDistrictIds: Type.Array(Slug),
  },
  { additionalProperties: false },
);

/**
 * What a citizen can have done at an office. A closed list: a kind is added only with data behind it.
 *  - ekspedisjon: a front desk (publikumsmottak) open to the public
 *  - pass-id: passports and national ID cards (a pass- og ID-kontor)
 */
export const SERVICE_KINDS = ['ekspedisjon', 'pass-id'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/**
 * A service an office offers, as a thing of its own in the register: it is established and
 * dissolved by dated, sourced changes like an office, so "Lom lensmannskontor issued passports until
 * 2019-01-01" is a fact with its own date, precision and source. A service exists only while its
 * office is in force (invariants.ts), so an office's closure closes its services in the same data.
 */
export const OfficeServiceAttrs = Type.Object(
  {
    officeId: Slug,
    kind: Type.Enum(SERVICE_KINDS),
    note: Nullable(Type.String()),
    /** Offered only part of the year, when the office is open all year (null: whenever the office is open). */
    season: Nullable(Season),
  },
  { additionalProperties: false },
);

export const ATTRS_SCHEMAS = {
  directorate: DirectorateAttrs,
  district: DistrictAttrs,
  specialAgency: SpecialAgencyAttrs,
  operatingUnit: OperatingUnitAttrs,
  stationDistrict: StationDistrictAttrs,
  office: OfficeAttrs,
  municipality: MunicipalityAttrs,
  officeService: OfficeServiceAttrs,
} as const;

type DirectorateAttrs = Type.Static<typeof DirectorateAttrs>;
type DistrictAttrs = Type.Static<typeof DistrictAttrs>;
type SpecialAgencyAttrs = Type.Static<typeof SpecialAgencyAttrs>;
type OperatingUnitAttrs = Type.Static<typeof OperatingUnitAttrs>;
export type StationDistrictAttrs = Type.Static<typeof StationDistrictAttrs>;
export type OfficeAttrs = Type.Static<typeof OfficeAttrs>;
type MunicipalityAttrs = Type.Static<typeof MunicipalityAttrs>;
export type OfficeServiceAttrs = Type.Static<typeof OfficeServiceAttrs>;

export interface AttrsByType {
  directorate: DirectorateAttrs;
  district: DistrictAttrs;
  specialAgency: SpecialAgencyAttrs;
  operatingUnit: OperatingUnitAttrs;
  stationDistrict: StationDistrictAttrs;
  office: OfficeAttrs;
  municipality: MunicipalityAttrs;
  officeService: OfficeServiceAttrs;
}

/** An entity as it stands on a date: its id, type, current attributes and when its current state began. */
export type Entity<T extends EntityType = EntityType> = {
  readonly id: string;
  readonly type: T;
  /** The date it (last) came into force. */
  readonly since: string;
  /** False when `since` is only a bound: in force by then, begun at an unknown earlier date. */
  readonly sinceKnown: boolean;
  /** The date of the last change to its attributes. */
  readonly updated: string;
} & Readonly<AttrsByType[T]>;

export type Directorate = Entity<'directorate'>;
export type District = Entity<'district'>;
export type SpecialAgency = Entity<'specialAgency'>;
export type OperatingUnit = Entity<'operatingUnit'>;
export type StationDistrict = Entity<'stationDistrict'>;
export type Office = Entity<'office'>;
export type Municipality = Entity<'municipality'>;
export type OfficeService = Entity<'officeService'>;
