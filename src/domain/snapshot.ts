import type { IsoDate } from '../shared/dates.js';
import type {
  Directorate,
  District,
  Entity,
  EntityType,
  Municipality,
  Office,
  OfficeService,
  OperatingUnit,
  ServiceKind,
  SpecialAgency,
  StationDistrict,
} from './entities.js';
import type { EntityState } from './fold.js';
import { isInSeason } from './season.js';

/**
 * The structure on one date: an immutable value with the lookups every layer needs. Build it with
 * `buildSnapshot` from a fold state; never mutate it (it is cached and shared between requests).
 */
export interface Snapshot {
  readonly at: IsoDate;
  /** Transaction-time cut-off: only changes recorded by then were folded (null = everything). */
  readonly knownAt: string | null;
  readonly directorates: ReadonlyMap<string, Directorate>;
  readonly districts: ReadonlyMap<string, District>;
  readonly specialAgencies: ReadonlyMap<string, SpecialAgency>;
  readonly operatingUnits: ReadonlyMap<string, OperatingUnit>;
  readonly stationDistricts: ReadonlyMap<string, StationDistrict>;
  /** Every office in the structure on the date, including seasonal ones out of season. */
  readonly offices: ReadonlyMap<string, Office>;
  readonly municipalities: ReadonlyMap<string, Municipality>;
  /** Every service in force on the date, by its id (seasonal ones included). */
  readonly officeServices: ReadonlyMap<string, OfficeService>;

  readonly municipalitiesByDistrict: ReadonlyMap<string, readonly Municipality[]>;
  readonly municipalitiesByStationDistrict: ReadonlyMap<string, readonly Municipality[]>;
  readonly officesByDistrict: ReadonlyMap<string, readonly Office[]>;
  readonly officesByStationDistrict: ReadonlyMap<string, readonly Office[]>;
  readonly officesByMunicipality: ReadonlyMap<string, readonly Office[]>;
  readonly stationDistrictsByDistrict: ReadonlyMap<string, readonly StationDistrict[]>;
  readonly stationDistrictsByOperatingUnit: ReadonlyMap<string, readonly StationDistrict[]>;
  readonly operatingUnitsByDistrict: ReadonlyMap<string, readonly OperatingUnit[]>;

  /** Any entity in force on the date, by id. */
  entity(id: string): Entity | undefined;
  /** Offices staffed on the date (seasonal offices only in their season). */
  openOffices(): readonly Office[];
  isOfficeOpen(office: Office): boolean;
  /** The services of an office in force on the date (also out of season), by kind. */
  servicesOf(officeId: string): readonly OfficeService[];
  /** Whether the service can be had on the date: in force, its office open and both in season. */
  isServiceOffered(service: OfficeService): boolean;
  /** The offices where a kind of service can be had on the date (open, in season), by name. */
  officesOffering(kind: ServiceKind): readonly Office[];
}

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name, 'nb') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function group<T extends { name: string; id: string }>(items: Iterable<T>, keys: (t: T) => Iterable<string | null>) {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      if (key === null) continue;
      let list = out.get(key);
      if (!list) out.set(key, (list = []));
      list.push(item);
    }
  }
  for (const list of out.values()) list.sort(byName);
  return out as ReadonlyMap<string, readonly T[]>;
}

export function buildSnapshot(state: ReadonlyMap<string, EntityState>, at: IsoDate, knownAt: string | null): Snapshot {
  const maps = {
    directorate: new Map<string, Directorate>(),
    district: new Map<string, District>(),
    specialAgency: new Map<string, SpecialAgency>(),
    operatingUnit: new Map<string, OperatingUnit>(),
    stationDistrict: new Map<string, StationDistrict>(),
    office: new Map<string, Office>(),
    municipality: new Map<string, Municipality>(),
    officeService: new Map<string, OfficeService>(),
  } satisfies Record<EntityType, Map<string, Entity>>;
  const all = new Map<string, Entity>();

  const sorted = [...state.values()].filter((s) => s.active).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const s of sorted) {
    // The attrs were validated against the type's schema when the change was recorded.
    const entity = Object.freeze({ ...s.attrs, id: s.id, type: s.type, since: s.since, sinceKnown: s.sinceKnown, updated: s.updated }) as Entity;
    (maps[s.type] as Map<string, Entity>).set(s.id, entity);
    all.set(s.id, entity);
  }

  const offices = maps.office;
  const municipalities = maps.municipality;
  const isOfficeOpen = (o: Office) => isInSeason(o.season, at);
  const open = [...offices.values()].filter(isOfficeOpen);

  const services = maps.officeService;
  const servicesByOffice = new Map<string, OfficeService[]>();
  for (const svc of services.values()) {
    let list = servicesByOffice.get(svc.officeId);
    if (!list) servicesByOffice.set(svc.officeId, (list = []));
    list.push(svc);
  }
  for (const list of servicesByOffice.values()) list.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  const isServiceOffered = (svc: OfficeService) => {
    const office = offices.get(svc.officeId);
    return !!office && isOfficeOpen(office) && isInSeason(svc.season, at);
  };
  const offering = new Map<ServiceKind, Office[]>();
  for (const svc of services.values()) {
    if (!isServiceOffered(svc)) continue;
    let list = offering.get(svc.kind);
    if (!list) offering.set(svc.kind, (list = []));
    list.push(offices.get(svc.officeId)!); // isServiceOffered found it
  }
  for (const list of offering.values()) list.sort(byName);

  return Object.freeze({
    at,
    knownAt,
    directorates: maps.directorate,
    districts: maps.district,
    specialAgencies: maps.specialAgency,
    operatingUnits: maps.operatingUnit,
    stationDistricts: maps.stationDistrict,
    offices,
    municipalities,
    officeServices: services,
    municipalitiesByDistrict: group(municipalities.values(), (m) => [m.districtId]),
    municipalitiesByStationDistrict: group(municipalities.values(), (m) => m.stationDistrictIds),
    officesByDistrict: group(offices.values(), (o) => [o.districtId]),
    officesByStationDistrict: group(offices.values(), (o) => [o.stationDistrictId]),
    officesByMunicipality: group(offices.values(), (o) => [o.municipalityNumber]),
    stationDistrictsByDistrict: group(maps.stationDistrict.values(), (s) => [s.districtId]),
    stationDistrictsByOperatingUnit: group(maps.stationDistrict.values(), (s) => [s.operatingUnitId]),
    operatingUnitsByDistrict: group(maps.operatingUnit.values(), (u) => [u.districtId]),
    entity: (id: string) => all.get(id),
    openOffices: () => open,
    isOfficeOpen,
    servicesOf: (officeId: string) => servicesByOffice.get(officeId) ?? [],
    isServiceOffered,
    officesOffering: (kind: ServiceKind) => offering.get(kind) ?? [],
  });
}
