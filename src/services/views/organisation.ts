import type Type from 'typebox';
import type { StationDistrict as StationDistrictEntity } from '../../domain/entities.js';
import type { PrioritisedFunction as FunctionData } from '../../domain/reference.js';
import type { Snapshot } from '../../domain/snapshot.js';
import type { Organisation, PrioritisedFunction } from '../../contract/register.js';
import { officeRef, operatingUnitRef } from './directory.js';

/** The organisation tree on a date: directorate → districts → operating units → station districts → offices. */

function stationDistrictNode(s: Snapshot, sd: StationDistrictEntity) {
  return {
    id: sd.id,
    name: sd.name,
    kind: sd.kind,
    headOfficeId: sd.headOfficeId,
    municipalities: (s.municipalitiesByStationDistrict.get(sd.id) ?? []).map((m) => m.id),
    offices: (s.officesByStationDistrict.get(sd.id) ?? []).map(officeRef),
  };
}

/** The prioritised functions with the functional units carrying each on the date. */
export function functionsView(s: Snapshot, functions: readonly FunctionData[]): Type.Static<typeof PrioritisedFunction>[] {
  return functions.map((f) => ({
    ...f,
    units: [...s.operatingUnits.values()].filter((u) => u.functionId === f.id).map((u) => ({ id: u.id, name: u.name, districtId: u.districtId })),
  }));
}

export function organisationView(s: Snapshot, functions: readonly FunctionData[]): Type.Static<typeof Organisation> {
  const directorate = [...s.directorates.values()][0];
  return {
    at: s.at,
    directorate: directorate ? { id: directorate.id, name: directorate.name, abbreviation: directorate.abbreviation, seat: directorate.seat } : null,
    specialAgencies: [...s.specialAgencies.values()].map((a) => ({ id: a.id, name: a.name, abbreviation: a.abbreviation, kind: a.kind })),
    districts: [...s.districts.values()].map((d) => {
      const units = s.operatingUnitsByDistrict.get(d.id) ?? [];
      const stationDistricts = s.stationDistrictsByDistrict.get(d.id) ?? [];
      return {
        id: d.id,
        name: d.name,
        seat: d.seat,
        functionalUnits: units.filter((u) => u.kind === 'functional').map(operatingUnitRef),
        geographicUnits: units
          .filter((u) => u.kind === 'geographic')
          .map((u) => ({ id: u.id, name: u.name, seat: u.seat, stationDistricts: (s.stationDistrictsByOperatingUnit.get(u.id) ?? []).map((sd) => stationDistrictNode(s, sd)) })),
        stationDistrictsWithoutUnit: stationDistricts.filter((sd) => sd.operatingUnitId === null || !s.operatingUnits.has(sd.operatingUnitId)).map((sd) => stationDistrictNode(s, sd)),
        officesWithoutStationDistrict: (s.officesByDistrict.get(d.id) ?? []).filter((o) => o.stationDistrictId === null).map(officeRef),
      };
    }),
    functions: functionsView(s, functions),
  };
}
