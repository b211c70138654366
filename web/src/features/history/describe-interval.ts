import type { EntityHistory } from '../../api/endpoints.js';
import { changeTypeLabel, OFFICE_KIND_LABEL } from '../../format/labels.js';

type Interval = EntityHistory['intervals'][number];

/** Norwegian names for the attributes a change may set. */
const ATTRIBUTE_LABEL: Readonly<Record<string, string>> = {
  name: 'navn',
  kind: 'type',
  districtId: 'politidistrikt',
  stationDistrictId: 'tjenesteenhet',
  stationDistrictIds: 'tjenesteenhet',
  operatingUnitId: 'driftsenhet',
  headOfficeId: 'hovedkontor',
  address: 'adresse',
  postcode: 'postnummer',
  position: 'posisjon',
  seat: 'sete',
  season: 'sesong',
  population: 'folketall',
  populationDate: 'folketall',
  municipalityNumber: 'kommune',
  localStructureFrom: 'lokal struktur',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** "Nytt navn: Bodø politistasjon", "Endret: tjenesteenhet, adresse", "Nedlagt" … for one step of a history. */
export function describeInterval(interval: Interval, previous: Interval | undefined): string {
  const label = changeTypeLabel(interval.change.type);
  if (!previous || interval.change.type.endsWith('.establish') || !interval.active) return label;
  const changed = Object.keys(interval.attrs).filter((k) => !same(interval.attrs[k], previous.attrs[k]));
  if (changed.length === 0) return label;
  const parts: string[] = [];
  if (changed.includes('name') && typeof interval.attrs.name === 'string') parts.push(`nytt navn: ${interval.attrs.name}`);
  if (changed.includes('kind') && typeof interval.attrs.kind === 'string') {
    const kind = interval.attrs.kind;
    parts.push(`ny type: ${(kind in OFFICE_KIND_LABEL ? OFFICE_KIND_LABEL[kind as keyof typeof OFFICE_KIND_LABEL] : kind).toLowerCase()}`);
  }
  const rest = [...new Set(changed.filter((k) => k !== 'name' && k !== 'kind').map((k) => ATTRIBUTE_LABEL[k] ?? k))];
  if (rest.length > 0) parts.push(`endret ${rest.join(', ')}`);
  const text = parts.join('; ');
  return `${label}: ${text}`;
}
