import { OFFICE_KINDS, STATION_DISTRICT_KINDS, type OfficeKind, type StationDistrictKind } from './entities.js';
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
    municipalities: s.municipalities.size,
    population,
  };
}
