import type { Proposal } from './proposals.js';

/** The name of a thing by id as the structure knows it (the id itself when it knows none). */
export type NameOf = (id: string) => string;

/**
 * A short English label of a proposal for messages ("close office Alta politistasjon"). The CLI and
 * the web app build their Norwegian labels from the proposal's fields and the same names.
 */
export function describeProposal(p: Proposal, nameOf: NameOf): string {
  switch (p.type) {
    case 'close-office':
      return `close office ${nameOf(p.officeId)}`;
    case 'merge-office':
      return `merge office ${nameOf(p.officeId)} into ${nameOf(p.intoOfficeId)}`;
    case 'open-office':
      return `open office ${p.name} in municipality ${p.municipalityNumber} ${nameOf(p.municipalityNumber)}`;
    case 'set-office-kind':
      return `make office ${nameOf(p.officeId)} a ${p.kind}${p.name ? ` named ${p.name}` : ''}`;
    case 'move-municipality': {
      const to = [p.toStationDistrictId ? `station district ${nameOf(p.toStationDistrictId)}` : null, p.toDistrictId ? `district ${nameOf(p.toDistrictId)}` : null]
        .filter((x) => x !== null)
        .join(' in ');
      return `move municipality ${p.municipalityNumber} ${nameOf(p.municipalityNumber)} to ${to || '(nowhere)'}`;
    }
    case 'create-station-district':
      return `create station district ${p.name}`;
    case 'dissolve-station-district':
      return `dissolve station district ${nameOf(p.stationDistrictId)} into ${nameOf(p.intoStationDistrictId)}`;
  }
}

/** The ids a proposal names (offices, units, municipalities, districts), with `extra` (its ops' ids). */
export function mentionedIds(p: Proposal, extra: readonly string[]): Set<string> {
  const out = new Set<string>(extra);
  const fields: Record<string, unknown> = p;
  for (const key of ['officeId', 'intoOfficeId', 'newHeadOfficeId', 'municipalityNumber', 'toStationDistrictId', 'toDistrictId', 'stationDistrictId', 'intoStationDistrictId', 'districtId', 'operatingUnitId', 'headOfficeId']) {
    const value = fields[key];
    if (typeof value === 'string') out.add(value);
  }
  for (const key of ['municipalityNumbers', 'officeIds']) {
    const value = fields[key];
    if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') out.add(v);
  }
  return out;
}
