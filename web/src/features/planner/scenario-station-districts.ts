import type { PlannerStationDistrict, ScenarioView } from '../../api/planner-endpoints.js';

/** A station district in the scenario's structure: one of the base date's not dissolved, or one it creates. */
export interface ScenarioStationDistrict {
  id: string;
  name: string;
  districtName: string | null;
  /** True for a unit the scenario creates. */
  added: boolean;
}

/**
 * The scenario's station districts from the base date's and its proposals, in order, so a unit made
 * earlier in the scenario can be dissolved or receive another, and a dissolved one is no longer offered.
 * Like `scenarioOffices`: only what the forms need; the API decides what the structure is.
 */
export function scenarioStationDistricts(base: readonly PlannerStationDistrict[], view: ScenarioView): ScenarioStationDistrict[] {
  const units = new Map<string, ScenarioStationDistrict>(base.map((s) => [s.id, { id: s.id, name: s.name, districtName: s.district.name, added: false }]));
  for (const step of view.steps) {
    const p = step.proposal;
    if (p.type === 'create-station-district') {
      // The service fills in the id before storing, so a stored proposal always has one.
      const id = p.stationDistrictId ?? `ny-enhet-${step.position}`;
      units.set(id, { id, name: p.name, districtName: p.districtId ? (step.names[p.districtId] ?? null) : null, added: true });
    } else if (p.type === 'dissolve-station-district') {
      units.delete(p.stationDistrictId);
    }
  }
  return [...units.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/** "Alta politistasjonsdistrikt (Finnmark politidistrikt)", "Nordkapp politistasjonsdistrikt (ny)". */
export const stationDistrictLabel = (s: ScenarioStationDistrict) => `${s.name} (${s.added ? 'ny' : (s.districtName ?? '–')})`;
