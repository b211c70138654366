import type { Violation } from './errors.js';
import type { Municipality } from './entities.js';
import type { Snapshot } from './snapshot.js';

/**
 * The rules every structure must satisfy on every date. Each returns violations rather than throwing,
 * so `validate` can list them all. The history rules (no id re-used for another thing, no interval
 * ending before it starts, no change to something not in force) are checked while folding: see fold.ts.
 */
export function checkSnapshot(s: Snapshot): Violation[] {
  const out: Violation[] = [];
  const at = s.at;
  const add = (rule: string, subject: string, message: string) => out.push({ rule, subject, message, at });

  for (const m of s.municipalities.values()) out.push(...checkMunicipality(s, m));

  for (const o of s.offices.values()) {
    const label = `office ${o.id}`;
    if (!s.districts.has(o.districtId)) add('office-in-district', o.id, `${label} lies in district "${o.districtId}", which is not in force on ${at}`);
    const m = s.municipalities.get(o.municipalityNumber);
    if (!m) add('office-in-municipality', o.id, `${label} lies in municipality ${o.municipalityNumber}, which is not in force on ${at}`);
    else if (m.districtId !== o.districtId && o.formerMunicipality === null)
      add('office-in-district', o.id, `${label} is registered in ${o.districtId} but its municipality ${m.name} is in ${m.districtId}`);
    if (o.stationDistrictId !== null) {
      const sd = s.stationDistricts.get(o.stationDistrictId);
      if (!sd) add('office-station-district', o.id, `${label} belongs to station district "${o.stationDistrictId}", which is not in force on ${at}`);
      else if (sd.districtId !== o.districtId)
        add('station-district-in-district', o.id, `${label} is in ${o.districtId} but its station district is in ${sd.districtId}`);
    }
  }

  // A service is a fact of its office: it cannot outlive it or start before it. An office's closure
  // therefore comes with closing changes for its services on the same date (or earlier).
  for (const svc of s.officeServices.values()) {
    if (!s.offices.has(svc.officeId)) {
      add('service-at-office', svc.id, `service ${svc.id} (${svc.kind}) belongs to office "${svc.officeId}", which is not in force on ${at}`);
    }
  }

  for (const sd of s.stationDistricts.values()) {
    const label = `station district ${sd.id}`;
    if (!s.districts.has(sd.districtId)) add('station-district-in-district', sd.id, `${label} belongs to district "${sd.districtId}", which is not in force on ${at}`);
    if (sd.operatingUnitId !== null) {
      const unit = s.operatingUnits.get(sd.operatingUnitId);
      if (!unit) add('station-district-unit', sd.id, `${label} belongs to operating unit "${sd.operatingUnitId}", which is not in force on ${at}`);
      else if (unit.districtId !== sd.districtId)
        add('station-district-unit', sd.id, `${label} is in ${sd.districtId} but its operating unit is in ${unit.districtId}`);
    }
    if (sd.headOfficeId !== null) {
      const head = s.offices.get(sd.headOfficeId);
      if (!head) add('station-district-head-office', sd.id, `${label} has head office "${sd.headOfficeId}", which is not open on ${at}`);
      else if (head.stationDistrictId !== sd.id)
        add('station-district-head-office', sd.id, `${label} has head office ${head.id}, which belongs to ${head.stationDistrictId ?? 'no station district'}`);
    }
    const district = s.districts.get(sd.districtId);
    if (district?.localStructureFrom && district.localStructureFrom <= at && !s.municipalitiesByStationDistrict.has(sd.id)) {
      add('station-district-serves', sd.id, `${label} serves no municipality on ${at}`);
    }
  }

  for (const u of s.operatingUnits.values()) {
    if (!s.districts.has(u.districtId)) add('operating-unit-in-district', u.id, `operating unit ${u.id} belongs to district "${u.districtId}", which is not in force on ${at}`);
  }

  for (const a of s.specialAgencies.values()) {
    if (a.parentId !== null && !s.entity(a.parentId)) {
      add('special-agency-parent', a.id, `special agency ${a.id} answers to "${a.parentId}", which is not in force on ${at}`);
    }
  }
  return out;
}

/**
 * The municipality rules on one municipality: it lies in a district in force, and belongs to station
 * districts of that district — exactly one, or several that divide it the way the register allows.
 * (The criteria's "every municipality served" reuses this.)
 */
export function checkMunicipality(s: Snapshot, m: Municipality): Violation[] {
  const out: Violation[] = [];
  const at = s.at;
  const add = (rule: string, subject: string, message: string) => out.push({ rule, subject, message, at });
  const label = `municipality ${m.id} ${m.name}`;
  const district = s.districts.get(m.districtId);
  if (!district) {
    add('municipality-in-one-district', m.id, `${label} belongs to district "${m.districtId}", which is not in force on ${at}`);
    return out;
  }
  const ids = m.stationDistrictIds;
  if (new Set(ids).size !== ids.length) add('municipality-station-district', m.id, `${label} lists a station district twice`);
  const required = district.localStructureFrom !== null && district.localStructureFrom <= at;
  if (required && ids.length === 0) {
    add(
      'municipality-in-one-station-district',
      m.id,
      `${label} belongs to no station district, but ${district.name} has had its final local structure since ${district.localStructureFrom}`,
    );
  }
  for (const sid of ids) {
    const sd = s.stationDistricts.get(sid);
    if (!sd) add('municipality-station-district', m.id, `${label} belongs to station district "${sid}", which is not in force on ${at}`);
    else if (sd.districtId !== m.districtId)
      add('station-district-in-district', m.id, `${label} is in ${m.districtId} but its station district ${sid} is in ${sd.districtId}`);
  }
  if (ids.length > 1) {
    // Several station districts may share a municipality when they divide it between them (Oslo's
    // and Bergen's stations, an airport unit): all of them but at most one must lie wholly inside it.
    const reaching = ids.filter((sid) => (s.municipalitiesByStationDistrict.get(sid) ?? []).length > 1);
    if (reaching.length > 1) {
      add(
        'municipality-in-one-station-district',
        m.id,
        `${label} is split between ${ids.join(', ')}, but ${reaching.join(' and ')} also serve other municipalities; at most one of the units sharing a municipality may reach beyond it`,
      );
    }
  }
  return out;
}
