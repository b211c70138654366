import Type from 'typebox';
import { ENTITY_TYPES, OFFICE_KINDS, SERVICE_KINDS, STATION_DISTRICT_KINDS, type ServiceKind } from '../domain/entities.js';
import { ChangeRef, DistrictRef, OfficeRef, OperatingUnitRef } from './common.js';
import { IsoDateString, Nullable, ref } from './schema-helpers.js';

/** The register as a whole: counts, the organisation tree, the functions, and the dated history. */

/** One integer per kind, typed with the kinds' names (Object.fromEntries alone would lose them). */
function countPerKind<K extends string>(kinds: readonly K[]): Record<K, Type.TInteger> {
  // Safe: the object has exactly one Type.Integer() under each kind, as the type says.
  return Object.fromEntries(kinds.map((k) => [k, Type.Integer()])) as Record<K, Type.TInteger>;
}

export const StructureCounts = Type.Object(
  {
    at: IsoDateString,
    districts: Type.Integer(),
    specialAgencies: Type.Integer({ description: 'Særorgan under the directorate' }),
    otherNationalUnits: Type.Integer({ description: 'Other national units under the directorate (PFT, PIT, NID …)' }),
    operatingUnits: Type.Object({ total: Type.Integer(), geographic: Type.Integer(), functional: Type.Integer() }, { additionalProperties: false }),
    stationDistricts: Type.Object(
      { total: Type.Integer(), ...countPerKind(STATION_DISTRICT_KINDS) },
      { additionalProperties: false },
    ),
    offices: Type.Object(
      {
        total: Type.Integer(),
        seasonal: Type.Integer(),
        openOnDate: Type.Integer(),
        ...countPerKind(OFFICE_KINDS),
      },
      { additionalProperties: false },
    ),
    services: Type.Object(
      // Safe: one optional integer under each service kind, as the type says.
      Object.fromEntries(SERVICE_KINDS.map((k) => [k, Type.Optional(Type.Integer())])) as Record<ServiceKind, Type.TOptional<Type.TInteger>>,
      {
        additionalProperties: false,
        description: 'Offices where each kind of service can be had on the date; a kind the register holds no data for on the date is absent (unknown), never 0',
      },
    ),
    municipalities: Type.Integer(),
    population: Type.Integer(),
  },
  { $id: 'StructureCounts', additionalProperties: false, description: 'The same counts as `naerpoliti structure --json`' },
);

export const PrioritisedFunction = Type.Object(
  {
    id: Type.String(),
    order: Type.Integer(),
    name: Type.String(),
    description: Type.String(),
    source: Type.String(),
    units: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), districtId: Type.String() }, { additionalProperties: false }), {
      description: 'The functional operating units carrying it on the date',
    }),
  },
  { $id: 'PrioritisedFunction', additionalProperties: false },
);

const StationDistrictNode = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    kind: Type.Enum(STATION_DISTRICT_KINDS),
    headOfficeId: Nullable(Type.String()),
    municipalities: Type.Array(Type.String(), { description: 'Municipality numbers' }),
    offices: Type.Array(ref(OfficeRef)),
  },
  { additionalProperties: false },
);

const OrganisationDistrict = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    seat: Type.String(),
    functionalUnits: Type.Array(ref(OperatingUnitRef)),
    geographicUnits: Type.Array(
      Type.Object(
        { id: Type.String(), name: Type.String(), seat: Nullable(Type.String()), stationDistricts: Type.Array(StationDistrictNode) },
        { additionalProperties: false },
      ),
    ),
    stationDistrictsWithoutUnit: Type.Array(StationDistrictNode),
    officesWithoutStationDistrict: Type.Array(ref(OfficeRef), { description: 'Before the local structure every office is here' }),
  },
  { $id: 'OrganisationDistrict', additionalProperties: false },
);

export const Organisation = Type.Object(
  {
    at: IsoDateString,
    directorate: Nullable(Type.Object({ id: Type.String(), name: Type.String(), abbreviation: Type.String(), seat: Type.String() }, { additionalProperties: false })),
    specialAgencies: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), abbreviation: Nullable(Type.String()), kind: Type.String() }, { additionalProperties: false })),
    districts: Type.Array(ref(OrganisationDistrict)),
    functions: Type.Array(ref(PrioritisedFunction)),
  },
  { $id: 'Organisation', additionalProperties: false },
);

export const ChangeEntry = Type.Object(
  {
    ...ChangeRef.properties,
    seq: Type.Integer({ description: 'Recording order in the log' }),
    recordedAt: Type.String({ description: 'When the register recorded it (ISO 8601, UTC)' }),
    entity: Type.Enum(ENTITY_TYPES),
    entityId: Type.String(),
    name: Nullable(Type.String({ description: 'The name of the thing changed, as of this change' })),
    attrs: Nullable(Type.Record(Type.String(), Type.Unknown(), { description: 'The attributes set (establish, amend, reestablish)' })),
    successorIds: Nullable(Type.Array(Type.String(), { description: 'What took over (dissolve)' })),
    supersedes: Nullable(Type.String()),
  },
  { $id: 'ChangeEntry', additionalProperties: false },
);

export const ChangeList = Type.Object(
  {
    from: IsoDateString,
    to: IsoDateString,
    total: Type.Integer({ description: 'Changes in (from, to] matching the filters' }),
    offset: Type.Integer(),
    limit: Type.Integer(),
    changes: Type.Array(ref(ChangeEntry)),
  },
  { $id: 'ChangeList', additionalProperties: false },
);

export const DistrictChangeList = Type.Object(
  {
    ...ChangeList.properties,
    district: ref(DistrictRef),
  },
  { $id: 'DistrictChangeList', additionalProperties: false },
);

export const DiffItem = Type.Object(
  {
    id: Type.String(),
    entity: Type.Enum(ENTITY_TYPES),
    name: Type.String(),
    kind: Nullable(Type.String()),
    districtId: Nullable(Type.String()),
    fields: Type.Optional(
      Type.Record(Type.String(), Type.Object({ from: Type.Unknown(), to: Type.Unknown() }, { additionalProperties: false }), {
        description: 'For changed items: each attribute that differs, before → after',
      }),
    ),
    changes: Type.Array(ref(ChangeRef)),
  },
  { $id: 'DiffItem', additionalProperties: false },
);

export const StructureDiff = Type.Object(
  {
    from: IsoDateString,
    to: IsoDateString,
    added: Type.Array(ref(DiffItem)),
    removed: Type.Array(ref(DiffItem)),
    changed: Type.Array(ref(DiffItem)),
  },
  { $id: 'StructureDiff', additionalProperties: false, description: 'As `naerpoliti diff --json`' },
);

export const EntityHistory = Type.Object(
  {
    id: Type.String(),
    type: Type.Enum(ENTITY_TYPES),
    name: Type.String({ description: 'Its latest name' }),
    at: IsoDateString,
    inForceAt: Type.Boolean({ description: 'Whether it is in force on `at`' }),
    inForce: Type.Array(Type.Object({ from: IsoDateString, to: Nullable(IsoDateString) }, { additionalProperties: false }), {
      description: 'The periods it was in force, [from, to) (to null: still in force)',
    }),
    intervals: Type.Array(
      Type.Object(
        {
          from: IsoDateString,
          fromKnown: Type.Boolean({
            description:
              'false: the change that began the period is dated on-or-before `from` — in force by then, begun at an unknown earlier date (where the register\'s records start), so `from` is not its start',
          }),
          to: Nullable(IsoDateString),
          active: Type.Boolean(),
          attrs: Type.Record(Type.String(), Type.Unknown()),
          change: ref(ChangeRef),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'EntityHistory', additionalProperties: false },
);

export const REGISTER_SCHEMAS = [StructureCounts, PrioritisedFunction, OrganisationDistrict, Organisation, ChangeEntry, ChangeList, DistrictChangeList, DiffItem, StructureDiff, EntityHistory];
