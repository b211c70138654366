import { OFFICE_KINDS, SERVICE_KINDS, STATION_DISTRICT_KINDS, type OfficeKind, type ServiceKind, type StationDistrictKind } from './entities.js';
import type { Snapshot } from './snapshot.js';

export interface StructureCounts {
  at: string;
  districts: number;
  /** Særorgan (national special agencies) under the directorate. */
  specialAgencies: number;
  /** Other national units under the directorate that are not særorgan (PFT, PIT, NID, …). */
  otherNationalUnits: number;
  operatingUnits: { total: number; geographic: number; functional: number };
  stationDistricts: { total: number } & Record<StationDistrictKind, number>;
  offices: { total: number; seasonal: number; openOnDate: number } & Record<OfficeKind, number>;
  /**
   * Offices where each kind of service can be had on the date (in force, office open, in season). A
   * kind is listed only when the register holds services of that kind in force on the date: an absent
   * kind is unknown (no data, e.g. front desks), never zero. Offices only: the Svalbard pass office
   * of the 2018 decision is at Sysselmesteren, which the register holds as an authority, not as an
   * office, so it is not in these counts.
   */
  services: Partial<Record<ServiceKind, number>>;
  municipalities: number;
  population: number;
}

/** Counts computed from the itemised snapshot; nothing here is typed in. */
export function countStructure(s: Snapshot): StructureCounts {
  const stationDistricts = { total: s.stationDistricts.size } as StructureCounts['stationDistricts'];
  for (const k of STATION_DISTRICT_KINDS) stationDistricts[k] = 0;
  for (const sd of s.stationDistricts.values()) stationDistricts[sd.kind]++;

  const offices = { total: s.offices.size, seasonal: 0, openOnDate: s.openOffices().length } as StructureCounts['offices'];
  for (const k of OFFICE_KINDS) offices[k] = 0;
  for (const o of s.offices.values()) {
    offices[o.kind]++;
    if (o.season) offices.seasonal++;
  }

  const services: StructureCounts['services'] = {};
  const held = new Set<ServiceKind>();
  for (const svc of s.officeServices.values()) held.add(svc.kind);
  for (const k of SERVICE_KINDS) if (held.has(k)) services[k] = s.officesOffering(k).length;

  let geographic = 0;
  for (const u of s.operatingUnits.values()) if (u.kind === 'geographic') geographic++;

  let saerorgan = 0;
  let other = 0;
  for (const a of s.specialAgencies.values()) {
    if (a.kind === 'saerorgan') saerorgan++;
    else if (a.kind === 'other-unit') other++;
  }

  let population = 0;
  for (const m of s.municipalities.values()) population += m.population;

  return {
    at: s.at,
    districts: s.districts.size,
    specialAgencies: saerorgan,
    otherNationalUnits: other,
    operatingUnits: { total: s.operatingUnits.size, geographic, functional: s.operatingUnits.size - geographic },
    stationDistricts,
    offices,
    services,
    municipalities: s.municipalities.size,
    population,
  };
}
