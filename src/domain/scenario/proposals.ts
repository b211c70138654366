import Type from 'typebox';
import { MunicipalityNumber, OFFICE_KINDS, POSITION_PRECISIONS, STATION_DISTRICT_KINDS } from '../entities.js';

/**
 * The changes a planner can propose in a scenario, as one TypeBox union discriminated by `type`
 * (the API publishes it; the store keeps each as JSON). A proposal names what a planner means
 * ("merge Kautokeino into Alta"); `expandProposal` turns it into the ordinary change ops the register
 * is made of, against the structure it is applied to. Ids a proposal creates (`officeId` of
 * open-office, `stationDistrictId` of create-station-district) may be left out when proposing; the
 * scenario service fills them in from the name before the proposal is stored, so a stored scenario
 * always expands to the same ids.
 */

const Id = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 });
const Name = Type.String({ minLength: 1, maxLength: 200 });

const CloseOffice = Type.Object(
  {
    type: Type.Literal('close-office'),
    officeId: Id,
    /** When the office is its station district's head office and others remain: the new head office. */
    newHeadOfficeId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

const MergeOffice = Type.Object(
  {
    type: Type.Literal('merge-office'),
    officeId: Id,
    intoOfficeId: Id,
    newHeadOfficeId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

const OpenOffice = Type.Object(
  {
    type: Type.Literal('open-office'),
    officeId: Type.Optional(Id),
    name: Name,
    kind: Type.Enum(OFFICE_KINDS),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lon: Type.Number({ minimum: -180, maximum: 180 }),
    /** Default: 'address' when an address is given, else 'postcode' when a postcode is, else 'town'. */
    precision: Type.Optional(Type.Enum(POSITION_PRECISIONS)),
    address: Type.Optional(Type.Union([Type.String({ minLength: 1 }), Type.Null()])),
    postcode: Type.Optional(Type.Union([Type.String({ pattern: '^\\d{4}$' }), Type.Null()])),
    /** The municipality the position lies in (the caller locates it, e.g. with the geo layer). */
    municipalityNumber: MunicipalityNumber,
    /** Default: the municipality's station district when it has exactly one. */
    stationDistrictId: Type.Optional(Type.Union([Id, Type.Null()])),
  },
  { additionalProperties: false },
);

const SetOfficeKind = Type.Object(
  {
    type: Type.Literal('set-office-kind'),
    officeId: Id,
    kind: Type.Enum(OFFICE_KINDS),
    /** A new name to go with the kind (as "Alta lensmannskontor" became "Alta politistasjon"). */
    name: Type.Optional(Name),
  },
  { additionalProperties: false },
);

const MoveMunicipality = Type.Object(
  {
    type: Type.Literal('move-municipality'),
    municipalityNumber: MunicipalityNumber,
    /** The station district that serves it afterwards (it then belongs to that unit's police district). */
    toStationDistrictId: Type.Optional(Id),
    /** The police district it belongs to afterwards; alone, it leaves the municipality without a station district. */
    toDistrictId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

const CreateStationDistrict = Type.Object(
  {
    type: Type.Literal('create-station-district'),
    stationDistrictId: Type.Optional(Id),
    name: Name,
    /** Default: politistasjonsdistrikt (every unit has been one since the 2021 renaming). */
    kind: Type.Optional(Type.Enum(STATION_DISTRICT_KINDS)),
    /** Default: the police district all its municipalities are in. */
    districtId: Type.Optional(Id),
    /** Default: the operating unit of the station districts its municipalities leave, when they share one. */
    operatingUnitId: Type.Optional(Type.Union([Id, Type.Null()])),
    municipalityNumbers: Type.Array(MunicipalityNumber, { minItems: 1, uniqueItems: true }),
    /** Offices moved into it besides those lying in its municipalities. */
    officeIds: Type.Optional(Type.Array(Id, { uniqueItems: true })),
    /** Default: its only office, when it ends up with exactly one. */
    headOfficeId: Type.Optional(Type.Union([Id, Type.Null()])),
  },
  { additionalProperties: false },
);

const DissolveStationDistrict = Type.Object(
  {
    type: Type.Literal('dissolve-station-district'),
    stationDistrictId: Id,
    intoStationDistrictId: Id,
  },
  { additionalProperties: false },
);

export const Proposal = Type.Union([CloseOffice, MergeOffice, OpenOffice, SetOfficeKind, MoveMunicipality, CreateStationDistrict, DissolveStationDistrict]);
export type Proposal = Type.Static<typeof Proposal>;

const PROPOSAL_SCHEMAS = {
  'close-office': CloseOffice,
  'merge-office': MergeOffice,
  'open-office': OpenOffice,
  'set-office-kind': SetOfficeKind,
  'move-municipality': MoveMunicipality,
  'create-station-district': CreateStationDistrict,
  'dissolve-station-district': DissolveStationDistrict,
} as const;
export type ProposalType = keyof typeof PROPOSAL_SCHEMAS;
export const PROPOSAL_TYPES = Object.keys(PROPOSAL_SCHEMAS) as ProposalType[];

export type ProposalOf<T extends ProposalType> = Extract<Proposal, { type: T }>;
