import { greatCircleKm } from '../../../../src/shared/great-circle.js';

/** What the choice needs of an office (a ScenarioOffice has it). */
export interface MergeCandidate {
  id: string;
  name: string;
  position: { lat: number; lon: number };
  municipalityName: string | null;
}

const KM = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

/**
 * The receiving offices nearest first, with the distance in a straight line: an office is merged
 * into a neighbour, and 240 names in alphabetical order hide it.
 */
export function mergeTargets(office: MergeCandidate, targets: readonly MergeCandidate[]): { value: string; label: string }[] {
  return targets
    .filter((t) => t.id !== office.id)
    .map((t) => ({ t, km: greatCircleKm(office.position.lat, office.position.lon, t.position.lat, t.position.lon) }))
    .sort((a, b) => a.km - b.km || a.t.name.localeCompare(b.t.name, 'nb'))
    .map(({ t, km }) => ({ value: t.id, label: `${t.name} (${t.municipalityName ? `${t.municipalityName}, ` : ''}${KM.format(km)} km i luftlinje)` }));
}
