import type { OfficeAttrs, OfficeKind } from '../../src/domain/entities.js';
import type { ChangeBuilder, Provenance } from './change-builder.js';
import { districtOn, type MunicipalityDistricts } from './compile-municipalities.js';
import { membershipDates, stationDistrictsOn, type DatedFact, type LocalStructure } from './compile-local-structure.js';
import type { Gaps } from './gaps.js';
import type { OfficePlan } from './office-plan.js';
import { MERGERS_2020, REFORM_START, RENAMING_2021 } from './timeline.js';

/**
 * An office's district on a date. It follows its (2024) municipality, except an office in a former
 * municipality that lay in another district than the rest of today's municipality: until the 2020
 * mergers it follows that former municipality (its 2002 district, then that district's successor).
 */
function officeDistrictOn(
  plan: OfficePlan,
  md: MunicipalityDistricts,
  date: string,
  successors: Map<string, string[]>,
): { districtId: string; formerMunicipality: string | null } {
  const current = districtOn(md, date);
  const partName = plan.formerMunicipality?.replace(/\s*\(.*\)$/, '') ?? null;
  const partOld = partName ? md.partDistricts.get(partName) : undefined;
  if (!partOld || date >= MERGERS_2020) return { districtId: current, formerMunicipality: null };
  if (date < REFORM_START) return { districtId: partOld, formerMunicipality: plan.formerMunicipality };
  const next = successors.get(partOld) ?? [];
  const districtId = next.includes(md.reform) ? md.reform : next[0] ?? current;
  return districtId === current ? { districtId, formerMunicipality: null } : { districtId, formerMunicipality: plan.formerMunicipality };
}

export interface Renaming {
  date: string;
  fact: DatedFact;
}

/** "Alta lensmannskontor" → "Alta politistasjon"; "Alta lensmannsdistrikt" → "Alta politistasjonsdistrikt". */
export function renamed(name: string): string {
  return name.replace(/lensmannskontor/g, 'politistasjon').replace(/lensmannsdistrikt/g, 'politistasjonsdistrikt');
}

/** Every date on which the office opens or closes. */
export function planChangeDates(plan: OfficePlan): string[] {
  return [plan.start.date, ...(plan.end ? [plan.end.date] : []), ...plan.events.filter((e) => e.event === 'closed' || e.event === 'reopened').map((e) => e.date)];
}

/** Whether the plan has the office open on a date (its 2017 life and later closures/re-openings). */
export function planActiveOn(plan: OfficePlan, date: string): boolean {
  let active = plan.start.date <= date;
  if (plan.end && plan.end.date <= date) active = false;
  for (const e of [...plan.events].sort((a, b) => a.date.localeCompare(b.date))) {
    if (e.date > date) break;
    if (e.event === 'closed') active = false;
    if (e.event === 'reopened') active = true;
  }
  return active;
}

type Step =
  | { date: string; order: number; op: 'establish' | 'reestablish'; prov: Provenance; what: string; attrs: Partial<OfficeAttrs> }
  | { date: string; order: number; op: 'amend'; prov: Provenance; what: string; attrs: Partial<OfficeAttrs> }
  | { date: string; order: number; op: 'dissolve'; prov: Provenance; what: string; successorIds: string[] }
  | { date: string; order: number; op: 'confirm'; prov: Provenance; what: string }
  | { date: string; order: number; op: 'derive'; prov: Provenance; what: string };

const prov = (f: { sources: string[]; certainty: 'sourced' | 'inferred'; note: string | null; precision: Provenance['datePrecision'] }, decision: Provenance['decision'] = null): Provenance => ({
  sources: f.sources,
  certainty: f.certainty,
  note: f.note,
  datePrecision: f.precision,
  decision,
});

/**
 * Emits one office's life as changes. Its district and station district are not stored facts of
 * the office but follow its municipality's memberships, so at every date where those can change the
 * office is amended to match; its kind follows the 2017 decision and the 2021 renaming.
 */
export function emitOffice(
  plan: OfficePlan,
  b: ChangeBuilder,
  municipality: MunicipalityDistricts,
  ls: LocalStructure,
  renamings: Map<string, Renaming>,
  successors: Map<string, string[]>,
  gaps: Gaps,
): void {
  const steps: Step[] = [];
  steps.push({ date: plan.start.date, order: 0, op: 'establish', prov: prov(plan.start, plan.start.decision), what: 'establish', attrs: {} });
  if (plan.kept) steps.push({ date: plan.kept.date, order: 2, op: 'confirm', prov: prov(plan.kept, plan.kept.decision), what: 'kept-2017' });
  if (plan.kindAfter2017) steps.push({ date: plan.kindAfter2017.date, order: 3, op: 'amend', prov: prov(plan.kindAfter2017, plan.kindAfter2017.decision), what: 'kind-2017', attrs: { kind: plan.kindAfter2017.kind } });
  if (plan.end) steps.push({ date: plan.end.date, order: 9, op: 'dissolve', prov: prov(plan.end, plan.end.decision), what: 'close-2017', successorIds: plan.end.successorIds });
  for (const e of plan.events) {
    const p = prov(e, e.decision);
    const attrs: Partial<OfficeAttrs> = {};
    if (e.name) attrs.name = e.name;
    if (e.kind) attrs.kind = e.kind;
    if (e.address) attrs.address = e.address;
    if (e.postcode) attrs.postcode = e.postcode;
    if (e.position) attrs.position = e.position;
    if (e.season) attrs.season = e.season;
    if (e.event === 'closed') steps.push({ date: e.date, order: 9, op: 'dissolve', prov: p, what: 'close', successorIds: e.successorIds });
    else if (e.event === 'reopened') steps.push({ date: e.date, order: 1, op: 'reestablish', prov: p, what: 'reopen', attrs });
    else if (e.event === 'temporarily_closed') {
      // Not a closure: the office stays in the structure (as a seasonal office out of season does).
      steps.push({ date: e.date, order: 4, op: 'confirm', prov: { ...p, note: ['Temporarily closed to the public; it remained part of the structure.', e.note].filter(Boolean).join(' ') }, what: 'temporarily-closed' });
    } else if (e.event === 'kind_changed' && !e.kind) {
      // A change of status with no kind of ours to name it (e.g. became a branch office): kept as a dated fact.
      steps.push({ date: e.date, order: 4, op: 'confirm', prov: { ...p, note: [e.name, e.note].filter(Boolean).join(': ') }, what: 'status' });
    } else if (e.event === 'kind_changed') steps.push({ date: e.date, order: 4, op: 'amend', prov: p, what: 'kind-changed', attrs: { kind: e.kind! } });
    else steps.push({ date: e.date, order: 4, op: 'amend', prov: p, what: e.event.replace('_', '-'), attrs });
  }
  const renaming = renamings.get(districtOn(municipality, '2021-06-30'));
  if (renaming) steps.push({ date: renaming.date, order: 5, op: 'amend', prov: prov(renaming.fact, RENAMING_2021), what: 'rename-2021', attrs: {} });
  // Dates on which the office's district or station district may change with its municipality's.
  for (const d of [...municipality.moves.map((m) => m.date), REFORM_START, MERGERS_2020, ...membershipDates(ls)]) {
    steps.push({ date: d, order: 6, op: 'derive', prov: { sources: [] }, what: 'membership' });
  }
  steps.sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1));

  let active = false;
  let established = false;
  let current: OfficeAttrs | null = null;
  const derived = (date: string, kind: OfficeKind) => {
    const { districtId, formerMunicipality } = officeDistrictOn(plan, municipality, date, successors);
    return { districtId, formerMunicipality, stationDistrictId: stationDistrictFor(plan, municipality, districtId, ls, date, gaps), kind };
  };

  for (const step of steps) {
    if (step.date < plan.start.date) continue;
    if (step.op === 'establish') {
      const base = derived(step.date, plan.kind);
      current = {
        name: plan.name,
        kind: plan.kind,
        districtId: base.districtId,
        stationDistrictId: base.stationDistrictId,
        municipalityNumber: plan.municipalityNumber,
        formerMunicipality: base.formerMunicipality,
        address: plan.address,
        postcode: plan.postcode,
        position: plan.position,
        season: plan.season,
      };
      b.establish('office', plan.id, step.date, current, step.prov);
      active = established = true;
      continue;
    }
    if (!established || current === null) continue;
    if (step.op === 'reestablish') {
      if (active) continue;
      const next = { ...current, ...step.attrs };
      const base = derived(step.date, next.kind);
      const attrs: Partial<OfficeAttrs> = { ...step.attrs, districtId: base.districtId, formerMunicipality: base.formerMunicipality, stationDistrictId: base.stationDistrictId };
      current = { ...current, ...attrs };
      b.reestablish('office', plan.id, step.date, attrs, step.prov);
      active = true;
      continue;
    }
    if (!active) continue;
    if (step.op === 'dissolve') {
      b.dissolve('office', plan.id, step.date, step.successorIds, step.prov);
      active = false;
      continue;
    }
    if (step.op === 'confirm') {
      b.confirm('office', plan.id, step.date, step.what, step.prov);
      continue;
    }
    const wanted: Partial<OfficeAttrs> = { ...(step.op === 'amend' ? step.attrs : {}) };
    if (step.what === 'rename-2021') {
      if (current.kind === 'lensmannskontor') wanted.kind = 'politistasjon';
      if (renamed(current.name) !== current.name) wanted.name = renamed(current.name);
    }
    const base = derived(step.date, wanted.kind ?? current.kind);
    if (base.districtId !== current.districtId) wanted.districtId = base.districtId;
    if (base.stationDistrictId !== current.stationDistrictId) wanted.stationDistrictId = base.stationDistrictId;
    if (base.formerMunicipality !== current.formerMunicipality) wanted.formerMunicipality = base.formerMunicipality;
    const changes = Object.fromEntries(Object.entries(wanted).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify((current as Record<string, unknown>)[k])));
    if (Object.keys(changes).length === 0) continue;
    current = { ...current, ...changes };
    const p = step.op === 'derive' ? { sources: [], certainty: 'inferred' as const, note: 'Follows the memberships of its municipality.' } : step.prov;
    b.amend('office', plan.id, step.date, changes, step.what, p);
  }
}

const reported = new Set<string>();

/** The station district an office belongs to on a date: named by a source, headed by it, or its municipality's only one. */
function stationDistrictFor(plan: OfficePlan, municipality: MunicipalityDistricts, districtId: string, ls: LocalStructure, date: string, gaps: Gaps): string | null {
  const activeSd = (id: string) => {
    const sd = ls.stationDistricts.get(id);
    return !!sd && sd.districtId === districtId && sd.from.date <= date && (sd.to === null || date < sd.to.date);
  };
  if (plan.stationDistrictId && activeSd(plan.stationDistrictId)) return plan.stationDistrictId;
  for (const sd of ls.stationDistricts.values()) if (sd.headOfficeId === plan.id && activeSd(sd.id)) return sd.id;
  const ids = stationDistrictsOn(ls, plan.municipalityNumber, districtId, date);
  if (ids.length === 1) return ids[0]!;
  const start = ls.localStructureFrom.get(districtId);
  if (ids.length === 0 && (!start || date < start.date)) return null;
  if (!reported.has(plan.id)) {
    reported.add(plan.id);
    gaps.add('office', plan.id, ids.length === 0
      ? `${plan.name}: its municipality ${plan.municipalityNumber} has no station district on ${date}`
      : `${plan.name}: its municipality is shared by ${ids.join(', ')} and no source says which one the office belongs to`);
  }
  return null;
}
