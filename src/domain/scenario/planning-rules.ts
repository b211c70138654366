import type { Violation } from '../errors.js';
import type { Snapshot } from '../snapshot.js';

/**
 * Rules a planned structure must meet beyond the register's own (invariants.ts). The register
 * accepts them being broken — the seed has Oslo units whose offices are not yet attributed — so they
 * are checked only for what a scenario makes worse: a scenario may not leave a station district
 * without an office that had one.
 */
export function checkPlanningRules(s: Snapshot): Violation[] {
  const out: Violation[] = [];
  for (const sd of s.stationDistricts.values()) {
    const district = s.districts.get(sd.districtId);
    if (!district?.localStructureFrom || district.localStructureFrom > s.at) continue;
    if ((s.officesByStationDistrict.get(sd.id) ?? []).length === 0) {
      out.push({ rule: 'station-district-without-office', subject: sd.id, message: `station district ${sd.name} (${sd.id}) has no office`, at: s.at });
    }
  }
  return out;
}
