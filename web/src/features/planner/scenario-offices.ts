import type { PlannerOffice, ScenarioView } from '../../api/planner-endpoints.js';

/** An office in the scenario's structure: one of the base date's still open, or one it opens. */
export interface ScenarioOffice {
  id: string;
  name: string;
  kind: PlannerOffice['kind'];
  position: { lat: number; lon: number };
  municipalityName: string | null;
  /** Where it lies, so a form can offer the offices of the municipalities chosen (names repeat: two Herøy). */
  municipalityNumber: string | null;
  districtName: string | null;
  /** True for an office the scenario opens. */
  added: boolean;
}

export interface ScenarioOffices {
  open: ScenarioOffice[];
  /** Base offices the scenario closes or merges away. */
  removed: ScenarioOffice[];
}

const fromBase = (o: PlannerOffice): ScenarioOffice => ({
  id: o.id,
  name: o.name,
  kind: o.kind,
  position: { lat: o.position.lat, lon: o.position.lon },
  municipalityName: o.municipality.name,
  municipalityNumber: o.municipality.number,
  districtName: o.district.name,
  added: false,
});

/**
 * The scenario's offices from the base date's and its proposals, in order (an office opened and then
 * closed is gone). Only what the map and the table need; the API's evaluation is the authority on
 * the structure's figures.
 */
export function scenarioOffices(base: readonly PlannerOffice[], view: ScenarioView): ScenarioOffices {
  const open = new Map(base.map((o) => [o.id, fromBase(o)]));
  const removed: ScenarioOffice[] = [];
  for (const step of view.steps) {
    const p = step.proposal;
    if (p.type === 'close-office' || p.type === 'merge-office') {
      const office = open.get(p.officeId);
      if (office) {
        open.delete(p.officeId);
        if (!office.added) removed.push(office);
      }
    } else if (p.type === 'open-office') {
      const id = p.officeId ?? `ny-${step.position}`;
      open.set(id, {
        id,
        name: p.name,
        kind: p.kind,
        position: { lat: p.lat, lon: p.lon },
        municipalityName: step.names[p.municipalityNumber] ?? p.municipalityNumber,
        municipalityNumber: p.municipalityNumber,
        districtName: null,
        added: true,
      });
    } else if (p.type === 'set-office-kind') {
      const office = open.get(p.officeId);
      if (office) open.set(p.officeId, { ...office, kind: p.kind, name: p.name ?? office.name });
    }
  }
  const byName = (a: ScenarioOffice, b: ScenarioOffice) => a.name.localeCompare(b.name, 'nb');
  return { open: [...open.values()].sort(byName), removed: removed.sort(byName) };
}
