import type Type from 'typebox';
import type { ServiceKind, District as DistrictEntity, Municipality as MunicipalityEntity, Office as OfficeEntity, OperatingUnit as OperatingUnitEntity, SpecialAgency as SpecialAgencyEntity, StationDistrict as StationDistrictEntity } from '../../domain/entities.js';
import type { Snapshot } from '../../domain/snapshot.js';
import type { ServiceInterval } from '../../domain/office-services.js';
import { isInSeason } from '../../domain/season.js';
import { EMERGENCY_NUMBER, POLICE_SWITCHBOARD, districtPageUrl } from '../../contract/police-contact.js';
import type { DistrictRef, MunicipalityRef, OfficeRef, OperatingUnitRef, StationDistrictRef } from '../../contract/common.js';
import type {
  District,
  DistrictDetail,
  Municipality,
  MunicipalityDetail,
  NearestOffice,
  Office,
  OfficeDetail,
  OfficeServicePeriod,
  OperatingUnit,
  SpecialAgency,
  StationDistrict,
} from '../../contract/directory.js';
import type { DatedDirectory } from '../directory/directory.js';

/**
 * The directory's resources as the API shows them, built from a snapshot. Pure: the same snapshot
 * gives the same objects. Related things come as small refs ({id, name}) so a client needs no
 * second request to label them.
 */

type S<T extends Type.TSchema> = Type.Static<T>;

export const districtRef = (s: Snapshot, id: string): S<typeof DistrictRef> => ({ id, name: s.districts.get(id)?.name ?? id });

const municipalityRef = (s: Snapshot, number: string): S<typeof MunicipalityRef> => ({ number, name: s.municipalities.get(number)?.name ?? number });

export const officeRef = (o: OfficeEntity): S<typeof OfficeRef> => ({ id: o.id, name: o.name, kind: o.kind });

export const operatingUnitRef = (u: OperatingUnitEntity): S<typeof OperatingUnitRef> => ({ id: u.id, name: u.name, kind: u.kind });

export const stationDistrictRef = (sd: StationDistrictEntity): S<typeof StationDistrictRef> => ({ id: sd.id, name: sd.name, kind: sd.kind });

function stationDistrictRefById(s: Snapshot, id: string | null): S<typeof StationDistrictRef> | null {
  const sd = id === null ? undefined : s.stationDistricts.get(id);
  return sd ? stationDistrictRef(sd) : null;
}

const round2 = (km: number) => Math.round(km * 100) / 100;

export function districtView(s: Snapshot, d: DistrictEntity): S<typeof District> {
  const municipalities = s.municipalitiesByDistrict.get(d.id) ?? [];
  const offices = s.officesByDistrict.get(d.id) ?? [];
  return {
    id: d.id,
    name: d.name,
    seat: d.seat,
    localStructureFrom: d.localStructureFrom,
    since: d.since,
    sinceKnown: d.sinceKnown,
    updated: d.updated,
    counts: {
      municipalities: municipalities.length,
      population: municipalities.reduce((sum, m) => sum + m.population, 0),
      operatingUnits: s.operatingUnitsByDistrict.get(d.id)?.length ?? 0,
      stationDistricts: s.stationDistrictsByDistrict.get(d.id)?.length ?? 0,
      offices: offices.length,
      openOffices: offices.filter((o) => s.isOfficeOpen(o)).length,
    },
  };
}

export function districtDetailView(s: Snapshot, d: DistrictEntity): S<typeof DistrictDetail> {
  const units = s.operatingUnitsByDistrict.get(d.id) ?? [];
  const centre = units.find((u) => u.kind === 'functional' && u.functionId === 'operasjonssentralen');
  return {
    ...districtView(s, d),
    operationsCentre: centre ? { id: centre.id, name: centre.name, seat: centre.seat } : null,
    operatingUnits: units.map(operatingUnitRef),
  };
}

export function specialAgencyView(a: SpecialAgencyEntity): S<typeof SpecialAgency> {
  return { id: a.id, name: a.name, abbreviation: a.abbreviation, kind: a.kind, seat: a.seat, role: a.role, parentId: a.parentId, since: a.since, sinceKnown: a.sinceKnown, updated: a.updated };
}

export function operatingUnitView(s: Snapshot, u: OperatingUnitEntity): S<typeof OperatingUnit> {
  return {
    id: u.id,
    name: u.name,
    kind: u.kind,
    nameStatus: u.nameStatus,
    district: districtRef(s, u.districtId),
    seat: u.seat,
    functionId: u.functionId,
    stationDistricts: (s.stationDistrictsByOperatingUnit.get(u.id) ?? []).map(stationDistrictRef),
    since: u.since,
    sinceKnown: u.sinceKnown,
    updated: u.updated,
  };
}

export function stationDistrictView(s: Snapshot, sd: StationDistrictEntity): S<typeof StationDistrict> {
  const unit = sd.operatingUnitId === null ? undefined : s.operatingUnits.get(sd.operatingUnitId);
  const head = sd.headOfficeId === null ? undefined : s.offices.get(sd.headOfficeId);
  return {
    id: sd.id,
    name: sd.name,
    kind: sd.kind,
    district: districtRef(s, sd.districtId),
    operatingUnit: unit ? operatingUnitRef(unit) : null,
    headOffice: head ? officeRef(head) : null,
    municipalities: (s.municipalitiesByStationDistrict.get(sd.id) ?? []).map((m) => ({ number: m.id, name: m.name, shared: m.stationDistrictIds.length > 1 })),
    offices: (s.officesByStationDistrict.get(sd.id) ?? []).map(officeRef),
    since: sd.since,
    sinceKnown: sd.sinceKnown,
    updated: sd.updated,
  };
}

/** A service period as the API shows it, with whether it can be had on the snapshot's date. */
function servicePeriodView(s: Snapshot, o: OfficeEntity, i: ServiceInterval): S<typeof OfficeServicePeriod> {
  const inForce = i.from <= s.at && (i.to === null || s.at < i.to);
  return {
    kind: i.kind,
    from: i.from,
    datePrecision: i.datePrecision,
    startUnknown: i.startUnknown,
    to: i.to,
    toPrecision: i.toPrecision,
    note: i.note,
    season: i.season ? { ...i.season } : null,
    offeredOnDate: inForce && i.officeId === o.id && s.isOfficeOpen(o) && isInSeason(i.season, s.at),
    certainty: i.certainty,
    sources: [...i.sources],
  };
}

export function officeView(dir: DatedDirectory, o: OfficeEntity, distanceKm?: number): S<typeof Office> {
  const s = dir.snapshot;
  const inForce = dir.serviceIntervals(o.id).filter((i) => i.from <= s.at && (i.to === null || s.at < i.to));
  const view: S<typeof Office> = {
    id: o.id,
    name: o.name,
    kind: o.kind,
    district: districtRef(s, o.districtId),
    stationDistrict: stationDistrictRefById(s, o.stationDistrictId),
    municipality: municipalityRef(s, o.municipalityNumber),
    formerMunicipality: o.formerMunicipality,
    address: o.address,
    postcode: o.postcode,
    position: { ...o.position },
    season: o.season ? { ...o.season } : null,
    openOnDate: s.isOfficeOpen(o),
    visitingAddress: {
      street: o.address,
      postcode: o.postcode,
      postalPlace: o.postcode === null ? null : dir.postalPlace(o.postcode),
      precision: o.position.precision,
    },
    contact: { switchboard: POLICE_SWITCHBOARD, emergency: EMERGENCY_NUMBER, districtPage: districtPageUrl(o.districtId) },
    services: inForce.map((i) => servicePeriodView(s, o, i)),
    since: o.since,
    sinceKnown: o.sinceKnown,
    updated: o.updated,
  };
  if (distanceKm !== undefined) view.distanceKm = round2(distanceKm);
  return view;
}

/**
 * The `k` offices open on the date nearest to (lat, lon), nearest first, optionally leaving one out;
 * with `service`, only offices where that service can be had on the date.
 */
export function nearestOpenOffices(dir: DatedDirectory, lat: number, lon: number, k: number, excludeId?: string, service?: ServiceKind): S<typeof NearestOffice>[] {
  const s = dir.snapshot;
  const index = service === undefined ? dir.openOfficeIndex() : dir.offeringIndex(service);
  return index.nearest(lat, lon, k, excludeId).map(({ id, distanceKm }) => {
    const o = s.offices.get(id)!;
    return { id, name: o.name, kind: o.kind, distanceKm: round2(distanceKm), position: { ...o.position } };
  });
}

const NEAREST_OTHER_OFFICES = 3;

export function officeDetailView(dir: DatedDirectory, o: OfficeEntity): S<typeof OfficeDetail> {
  const s = dir.snapshot;
  const served = o.stationDistrictId === null ? [] : (s.municipalitiesByStationDistrict.get(o.stationDistrictId) ?? []);
  return {
    ...officeView(dir, o),
    municipalitiesServed: (served.length > 0 ? served.map((m) => m.id) : [o.municipalityNumber]).map((n) => municipalityRef(s, n)),
    nearestOtherOffices: nearestOpenOffices(dir, o.position.lat, o.position.lon, NEAREST_OTHER_OFFICES, o.id),
    serviceHistory: dir.serviceIntervals(o.id).map((i) => servicePeriodView(s, o, i)),
  };
}

export function municipalityView(s: Snapshot, m: MunicipalityEntity): S<typeof Municipality> {
  return {
    number: m.id,
    name: m.name,
    county: { number: m.countyNumber, name: m.countyName },
    population: m.population,
    populationDate: m.populationDate,
    areaKm2: m.areaKm2,
    adminCentre: m.adminCentre,
    point: { lat: m.point.lat, lon: m.point.lon },
    district: districtRef(s, m.districtId),
    stationDistricts: m.stationDistrictIds.flatMap((id) => stationDistrictRefById(s, id) ?? []),
    since: m.since,
    sinceKnown: m.sinceKnown,
    updated: m.updated,
  };
}

export function municipalityDetailView(dir: DatedDirectory, m: MunicipalityEntity): S<typeof MunicipalityDetail> {
  const s = dir.snapshot;
  const located = s.officesByMunicipality.get(m.id) ?? [];
  const serving = m.stationDistrictIds.length > 0 ? m.stationDistrictIds.flatMap((id) => s.officesByStationDistrict.get(id) ?? []) : located;
  return {
    ...municipalityView(s, m),
    servingOffices: serving.map((o) => officeView(dir, o)),
    officesInMunicipality: located.map(officeRef),
    nearestOffice: nearestOpenOffices(dir, m.point.lat, m.point.lon, 1)[0] ?? null,
  };
}
