import type { ScenarioStatus } from '../../domain/scenario/scenario.js';
import type { Proposal } from '../../domain/scenario/proposals.js';
import type { DomainError } from '../../domain/errors.js';
import type { ChangeOp } from '../../domain/changes.js';

/**
 * Norwegian wording for the planner's output, chosen from the stable codes and the names the domain
 * hands over (the domain's own messages are English). Codes without a wording here fall back to the
 * English message with the code, so nothing is hidden.
 */

export const STATUS_NB: Record<ScenarioStatus, string> = {
  draft: 'utkast',
  'in-consultation': 'på høring',
  decided: 'vedtatt',
  published: 'publisert',
};

/** Accepts the English ids and the Norwegian words. */
export function parseStatus(text: string): ScenarioStatus | null {
  const t = text.trim().toLowerCase();
  const words: Record<string, ScenarioStatus> = {
    draft: 'draft',
    utkast: 'draft',
    'in-consultation': 'in-consultation',
    høring: 'in-consultation',
    horing: 'in-consultation',
    'på-høring': 'in-consultation',
    decided: 'decided',
    vedtatt: 'decided',
  };
  return words[t] ?? null;
}

type Names = Readonly<Record<string, string>>;

export function proposalNb(p: Proposal, names: Names): string {
  const n = (id: string) => names[id] ?? id;
  switch (p.type) {
    case 'close-office':
      return `legg ned ${n(p.officeId)}${p.newHeadOfficeId ? ` (nytt hovedkontor: ${n(p.newHeadOfficeId)})` : ''}`;
    case 'merge-office':
      return `slå ${n(p.officeId)} sammen med ${n(p.intoOfficeId)}`;
    case 'open-office':
      return `opprett ${p.name} (${p.kind}) i ${n(p.municipalityNumber)} kommune`;
    case 'set-office-kind':
      return `gjør ${n(p.officeId)} til ${p.kind}${p.name ? ` med navnet ${p.name}` : ''}`;
    case 'move-municipality': {
      const to = [p.toStationDistrictId ? n(p.toStationDistrictId) : null, p.toDistrictId ? n(p.toDistrictId) : null].filter((x) => x !== null).join(' i ');
      return `flytt ${n(p.municipalityNumber)} kommune til ${to}`;
    }
    case 'create-station-district':
      return `opprett ${p.name} med ${p.municipalityNumbers.map(n).join(', ')}`;
    case 'dissolve-station-district':
      return `legg ned ${n(p.stationDistrictId)} og flytt kommuner og tjenestesteder til ${n(p.intoStationDistrictId)}`;
  }
}

const ENTITY_NB: Record<string, string> = {
  office: 'tjenestested',
  stationDistrict: 'tjenesteenhet',
  municipality: 'kommune',
  district: 'politidistrikt',
  operatingUnit: 'driftsenhet',
};

const FIELD_NB: Record<string, string> = {
  name: 'navn',
  kind: 'art',
  districtId: 'politidistrikt',
  stationDistrictId: 'tjenesteenhet',
  stationDistrictIds: 'tjenesteenheter',
  headOfficeId: 'hovedkontor',
  operatingUnitId: 'driftsenhet',
};

/** One op as a line: "tjenestested Beta lensmannskontor legges ned (etterfølger: a)". */
export function opNb(op: ChangeOp, names: Names): string {
  const what = `${ENTITY_NB[op.entity] ?? op.entity} ${names[op.id] ?? op.id}${names[op.id] ? ` [${op.id}]` : ''}`;
  switch (op.type) {
    case 'establish':
      return `${what} opprettes`;
    case 'reestablish':
      return `${what} gjenåpnes`;
    case 'dissolve':
      return `${what} legges ned${op.successorIds.length > 0 ? ` (etterfølger: ${op.successorIds.map((id) => names[id] ?? id).join(', ')})` : ''}`;
    case 'amend':
      return `${what}: ${Object.entries(op.attrs)
        .map(([k, v]) => `${FIELD_NB[k] ?? k} → ${Array.isArray(v) ? v.map((x) => names[String(x)] ?? String(x)).join(', ') || '(ingen)' : typeof v === 'string' ? (names[v] ?? v) : v === null ? '(ingen)' : JSON.stringify(v)}`)
        .join(', ')}`;
    case 'confirm':
      return `${what} bekreftes`;
  }
}

/** The register's rules (src/domain/invariants.ts, planning-rules.ts) in words, for "ville brutt regelen at …". */
const RULE_NB: Readonly<Record<string, string>> = {
  'office-in-district': 'et tjenestested ligger i politidistriktet til kommunen sin',
  'office-in-municipality': 'et tjenestested ligger i en kommune som finnes på datoen',
  'office-station-district': 'et tjenestested hører til en tjenesteenhet som finnes på datoen',
  'station-district-in-district': 'en tjenesteenhet og det den omfatter ligger i samme politidistrikt',
  'station-district-unit': 'en tjenesteenhet hører til en driftsenhet i samme politidistrikt',
  'station-district-head-office': 'hovedkontoret er et åpent tjenestested i tjenesteenheten',
  'station-district-serves': 'en tjenesteenhet betjener minst én kommune',
  'station-district-without-office': 'en tjenesteenhet har minst ett tjenestested',
  'service-at-office': 'en tjeneste hører til et tjenestested som er i drift',
  'operating-unit-in-district': 'en driftsenhet hører til et politidistrikt som finnes på datoen',
  'special-agency-parent': 'et særorgan hører under et organ som finnes på datoen',
  'municipality-in-one-district': 'en kommune hører til nøyaktig ett politidistrikt',
  'municipality-station-district': 'en kommune hører til én tjenesteenhet i sitt eget politidistrikt',
  'municipality-in-one-station-district': 'en kommune hører til nøyaktig én tjenesteenhet',
};

export interface IssueLike {
  readonly position: number;
  readonly code: string;
  readonly subject: string;
  readonly reason: string;
  readonly details: Readonly<Record<string, unknown>>;
  readonly proposal: Proposal;
  readonly names: Names;
}

/** "Endring 3 (legg ned Alta politistasjon): Alta politistasjonsdistrikt ville stått uten tjenestested". */
export function issueNb(i: IssueLike): string {
  return `Endring ${i.position} (${proposalNb(i.proposal, i.names)}): ${reasonNb(i)}`;
}

function reasonNb(i: IssueLike): string {
  const n = (id: string) => i.names[id] ?? id;
  const subjectName = typeof i.details['subjectName'] === 'string' ? i.details['subjectName'] : n(i.subject);
  const list = (key: string) =>
    Array.isArray(i.details[key]) ? (i.details[key] as unknown[]).map((x) => (i.names[String(x)] ? `${i.names[String(x)]} (${String(x)})` : String(x))).join(', ') : '';
  switch (i.code) {
    case 'planning.station-district-without-office':
      return `${subjectName} ville stått uten tjenestested`;
    case 'register.station-district-serves':
      return `${subjectName} ville ikke betjent noen kommune`;
    case 'register.municipality-in-one-station-district':
      return `${subjectName} ville ikke tilhørt nøyaktig én tjenesteenhet`;
    case 'register.station-district-head-office':
      return `hovedkontoret til ${subjectName} ville ikke lenger vært et tjenestested i enheten`;
    case 'scenario.head-office-needed':
      return `${n(i.subject)} er hovedkontor for ${String(i.details['stationDistrictName'] ?? i.details['stationDistrictId'])}; oppgi nytt hovedkontor med --new-head, ett av: ${list('candidates')}`;
    case 'scenario.head-office-invalid':
      return `kan ikke bruke ${n(i.subject)} som hovedkontor her: det må være et åpent tjenestested i samme tjenesteenhet`;
    case 'scenario.unknown-office':
      return `fant ikke tjenestestedet «${i.subject}» på grunnlagsdatoen`;
    case 'scenario.office-not-open':
      return `${n(i.subject)} er ikke åpent (lagt ned ${String(i.details['dissolvedOn'])})`;
    case 'scenario.unknown-station-district':
      return `fant ikke tjenesteenheten «${i.subject}» på grunnlagsdatoen`;
    case 'scenario.unknown-municipality':
      return `fant ikke kommunen «${i.subject}» på grunnlagsdatoen`;
    case 'scenario.unknown-district':
      return `fant ikke politidistriktet «${i.subject}» på grunnlagsdatoen`;
    case 'scenario.no-effect':
      return 'endringen ville ikke endret noe';
    case 'scenario.id-in-use':
      return `id-en «${i.subject}» er allerede i bruk; oppgi en annen med --id`;
    case 'scenario.station-district-ambiguous':
      return `kommunen er delt mellom flere tjenesteenheter (${list('candidates')}); oppgi én med --station-district`;
    case 'scenario.station-district-not-in-district':
      return `${n(i.subject)} ligger i et annet politidistrikt`;
    case 'scenario.district-ambiguous':
      return `kommunene ligger i flere politidistrikt (${list('candidates')}); oppgi ett med --district`;
    case 'scenario.merge-into-itself':
      return 'et tjenestested kan ikke slås sammen med seg selv';
    case 'scenario.dissolve-into-itself':
      return 'en tjenesteenhet kan ikke legges inn i seg selv';
    case 'scenario.no-receiving-station-district':
      return `${n(i.subject)} tilhører ingen tjenesteenhet, så enheten som legges ned har ingen å gå inn i`;
    default:
      if (i.code.startsWith('register.') || i.code.startsWith('planning.')) {
        const rule = i.code.slice(i.code.indexOf('.') + 1);
        return `${subjectName} ville brutt regelen at ${RULE_NB[rule] ?? `«${rule}» skal holde`}`;
      }
      return `endringen ble avvist (${i.code})`;
  }
}

/** Norwegian for the scenario service's refusals, or null to show the error's own message. */
export function domainErrorNb(e: DomainError): string | null {
  const d = e.details;
  const id = d['id'];
  const status = (s: unknown) => STATUS_NB[s as ScenarioStatus] ?? String(s);
  switch (e.code) {
    case 'scenario.not-found':
      return `fant ikke scenario ${String(id)} (se «naerpoliti scenario list»)`;
    case 'scenario.not-editable':
      return `scenario ${String(id)} er ${status(d['status'])}; bare et utkast kan endres${d['status'] === 'published' ? '' : ` (sett det tilbake til utkast med «naerpoliti scenario status ${String(id)} utkast»)`}`;
    case 'scenario.invalid-status-change': {
      const allowed = Array.isArray(d['allowed']) ? (d['allowed'] as unknown[]).map(status) : [];
      return `scenario ${String(id)} er ${status(d['from'])} og kan ${allowed.length > 0 ? `bare settes til ${allowed.join(' eller ')}` : 'ikke endre status'}, ikke ${status(d['to'])}${d['to'] === 'published' ? ' (publiser med «naerpoliti scenario publish»)' : ''}`;
    }
    case 'scenario.not-decided':
      return `scenario ${String(id)} er ${status(d['status'])}; bare et vedtatt scenario kan publiseres`;
    case 'scenario.effective-before-base':
      return `ikrafttredelsesdatoen ${String(d['effective'])} er før scenarioets grunnlagsdato ${String(d['baseDate'])}`;
    case 'scenario.empty':
      return `scenario ${String(id)} har ingen endringer`;
    case 'scenario.invalid-position':
      return `posisjon ${String(d['position'])} finnes ikke i scenario ${String(id)} (${Number(d['count'] ?? 0) > 0 ? `1–${String(d['count'])}` : 'ingen endringer'})`;
    case 'scenario.invalid-input':
      return `ugyldige opplysninger: ${e.message}`;
    case 'store.scenario-conflict':
      return `scenario ${String(id)} ble endret av noen andre i mellomtiden; hent det på nytt og prøv igjen`;
    case 'criteria.invalid-file':
      return `kriteriefilen ble avvist: ${e.message}`;
    default:
      return null;
  }
}
