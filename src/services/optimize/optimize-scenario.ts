import type { IsoDate } from '../../shared/dates.js';
import type { Office } from '../../domain/entities.js';
import type { Register } from '../../domain/register.js';
import { err, ok, type Result } from '../../shared/result.js';
import { applyScenario, type ScenarioIssue } from '../../domain/scenario/index.js';
import type { Proposal } from '../../domain/scenario/proposals.js';
import type { Scenario } from '../../domain/scenario/scenario.js';
import type { Snapshot } from '../../domain/snapshot.js';
import type { RegisterOptimizeReport } from '../../contract/optimize-report.js';
import { officeAsCandidate } from './optimize-service.js';
import type { ScenarioService } from '../planner/scenario-service.js';
import { greatCircleKm } from '../../shared/great-circle.js';
import { slugOf } from '../../shared/fold-text.js';
import type { AuditOrigin } from '../../store/scenario-store.js';

/**
 * An optimiser answer as a draft scenario on its base date: the selected sites that were not open
 * (offices of the register re-opened, proposed sites opened) and the open offices not selected closed.
 *
 * Order and form, so that every step passes the planner's checks:
 * 1. openings first, so a station district gaining an office has it before others close;
 * 2. closings per station district. While the unit keeps an office (one selected, or opened into it), a
 *    closed head office hands over to the nearest office the unit keeps (`newHeadOfficeId`). When the
 *    unit keeps none, its other offices close and the last one (its head) merges into the nearest
 *    selected office, in the same police district when there is one — the planner's way of folding a
 *    unit into a neighbour, since a unit without an office is refused.
 * The whole list is checked with `applyScenario` before anything is stored, so a refusal leaves no
 * half-written scenario behind.
 */

/** A proposed site's municipality, from its position (the geo layer's boundary index). */
export type LocateFn = (lat: number, lon: number) => string | null;

/** Kind of office a proposed site opens as (the planner CLI's default too). */
const OPENED_SITE_KIND = 'politistasjon';

export type OptimizeScenarioError =
  | { readonly code: 'optimize.scenario-unlocated'; readonly id: string; readonly lat: number; readonly lon: number }
  | { readonly code: 'optimize.scenario-no-changes' }
  | { readonly code: 'optimize.scenario-rejected'; readonly issues: readonly ScenarioIssue[] };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function nearest<T extends { position: { lat: number; lon: number }; id: string }>(from: { lat: number; lon: number }, among: readonly T[]): T | null {
  let best: T | null = null;
  let bestKm = Infinity;
  for (const o of among) {
    const km = greatCircleKm(from.lat, from.lon, o.position.lat, o.position.lon);
    if (km < bestKm || (km === bestKm && best !== null && o.id < best.id)) {
      best = o;
      bestKm = km;
    }
  }
  return best;
}

interface Receiver {
  readonly id: string;
  readonly position: { lat: number; lon: number };
  readonly districtId: string | null;
  readonly unit: string | null;
}

/** Station districts that share a municipality with another unit (Oslo's and Bergen's stations, Gardermoen). */
function unitsOfMunicipalitiesOf(base: Snapshot, unit: string): Set<string> {
  const out = new Set<string>();
  for (const m of base.municipalitiesByStationDistrict.get(unit) ?? []) for (const u of m.stationDistrictIds) if (u !== unit) out.add(u);
  return out;
}

/**
 * The office a unit's last office merges into (the unit then joins that office's unit, municipalities and
 * all). In order of preference: a unit sharing a municipality with it (a city's stations merge among
 * themselves), then one in the same police district (municipalities stay in their district), then one
 * not itself sharing a municipality (merging into a divided city's unit would make it reach beyond the
 * city); nearest first within each.
 */
function receiver(base: Snapshot, closing: Office, unit: string, receivers: readonly Receiver[]): Receiver | null {
  const sharing = unitsOfMunicipalitiesOf(base, unit);
  const divided = (u: string | null) => u !== null && unitsOfMunicipalitiesOf(base, u).size > 0;
  const rank = (r: Receiver) => [
    r.unit !== null && sharing.has(r.unit) ? 0 : 1,
    r.districtId === closing.districtId ? 0 : 1,
    divided(r.unit) ? 1 : 0,
    greatCircleKm(closing.position.lat, closing.position.lon, r.position.lat, r.position.lon),
  ];
  const compare = (a: readonly number[], b: readonly number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  };
  let best: Receiver | null = null;
  let bestRank: number[] = [];
  for (const r of receivers) {
    const k = rank(r);
    if (best === null || (compare(k, bestRank) || (r.id < best.id ? -1 : 1)) < 0) {
      best = r;
      bestRank = k;
    }
  }
  return best;
}

/** The station district an opened office lands in: the one named, else the municipality's only one. */
function unitOfOpened(base: Snapshot, municipalityNumber: string, preferred: string | null): string | null {
  const units = base.municipalities.get(municipalityNumber)?.stationDistrictIds ?? [];
  if (preferred !== null && units.includes(preferred)) return preferred;
  return units[0] ?? null;
}

/** The proposals for an answer; pure but for `locate`. */
export function optimizeProposals(register: Register, report: RegisterOptimizeReport, locate: LocateFn): Result<Proposal[], OptimizeScenarioError> {
  const base = register.snapshot(report.at as IsoDate);
  const byId = new Map(report.candidates.map((c) => [c.id, c]));
  const selected = new Set(report.selected);
  const closing = new Set(report.changes.closed);
  const openings: Proposal[] = [];
  /** Offices that will be in each station district after the openings, as positions. */
  const openedInUnit = new Map<string, { id: string; position: { lat: number; lon: number } }[]>();
  const opened: Receiver[] = [];
  const noteOpened = (unit: string | null, id: string, lat: number, lon: number) => {
    opened.push({ id, position: { lat, lon }, districtId: unit === null ? null : (base.stationDistricts.get(unit)?.districtId ?? null), unit });
    if (unit === null) return;
    const list = openedInUnit.get(unit) ?? [];
    list.push({ id, position: { lat, lon } });
    openedInUnit.set(unit, list);
  };

  for (const id of report.changes.opened) {
    const c = byId.get(id);
    if (!c) continue;
    if (c.origin === 'register') {
      // Re-open the office as it was as a candidate (its kind and name then), at the position optimised;
      // the planner re-establishes it under its own id, so its history continues.
      const o = officeAsCandidate(register, id, base.at);
      if (!o) continue;
      const unit = unitOfOpened(base, o.municipalityNumber, o.stationDistrictId);
      const units = base.municipalities.get(o.municipalityNumber)?.stationDistrictIds ?? [];
      openings.push({
        type: 'open-office',
        officeId: id,
        name: o.name,
        kind: o.kind,
        lat: c.lat,
        lon: c.lon,
        precision: o.position.precision,
        address: o.address,
        postcode: o.postcode,
        municipalityNumber: o.municipalityNumber,
        ...(units.length > 1 && unit !== null ? { stationDistrictId: unit } : {}),
      });
      noteOpened(unit, id, c.lat, c.lon);
    } else {
      const municipalityNumber = locate(c.lat, c.lon);
      if (municipalityNumber === null) return err({ code: 'optimize.scenario-unlocated', id, lat: c.lat, lon: c.lon });
      const unit = unitOfOpened(base, municipalityNumber, null);
      const units = base.municipalities.get(municipalityNumber)?.stationDistrictIds ?? [];
      // Office ids are slugs; a proposed site's id that is not one becomes one from its name (or its id).
      const officeId = SLUG.test(id) ? id : (slugOf(c.name) ?? slugOf(id) ?? `forslag-${openings.length + 1}`);
      openings.push({
        type: 'open-office',
        officeId,
        name: c.name,
        kind: OPENED_SITE_KIND,
        lat: c.lat,
        lon: c.lon,
        municipalityNumber,
        ...(units.length > 1 && unit !== null ? { stationDistrictId: unit } : {}),
      });
      noteOpened(unit, officeId, c.lat, c.lon);
    }
  }

  const closings: Proposal[] = [];
  // Offices a unit left without one can merge into: the selected open offices and the opened ones.
  const receivers: Receiver[] = [
    ...base.openOffices().filter((o) => selected.has(o.id)).map((o) => ({ id: o.id, position: o.position, districtId: o.districtId, unit: o.stationDistrictId })),
    ...opened,
  ];
  const byUnit = new Map<string | null, Office[]>();
  for (const id of [...closing].sort()) {
    const o = base.offices.get(id);
    if (!o) continue;
    const list = byUnit.get(o.stationDistrictId) ?? [];
    list.push(o);
    byUnit.set(o.stationDistrictId, list);
  }
  for (const [unit, closed] of byUnit) {
    if (unit === null) {
      for (const o of closed) closings.push({ type: 'close-office', officeId: o.id });
      continue;
    }
    const head = base.stationDistricts.get(unit)?.headOfficeId ?? null;
    // What the unit keeps: its offices not closed here (selected ones, and any not up for choice, such as
    // a seasonal office out of season), and offices opened into it.
    const kept = [...(base.officesByStationDistrict.get(unit) ?? []).filter((o) => !closing.has(o.id)), ...(openedInUnit.get(unit) ?? [])];
    if (kept.length > 0) {
      for (const o of closed) {
        const successor = o.id === head ? nearest(o.position, kept) : null;
        closings.push({ type: 'close-office', officeId: o.id, ...(successor ? { newHeadOfficeId: successor.id } : {}) });
      }
      continue;
    }
    // Nothing left: close all but the head, then merge the head into a kept office (see `receiver`).
    const last = closed.find((o) => o.id === head) ?? closed[closed.length - 1]!;
    for (const o of closed) if (o !== last) closings.push({ type: 'close-office', officeId: o.id });
    const into = receiver(base, last, unit, receivers);
    if (into) closings.push({ type: 'merge-office', officeId: last.id, intoOfficeId: into.id });
    else closings.push({ type: 'close-office', officeId: last.id });
  }

  const proposals = [...openings, ...closings];
  if (proposals.length === 0) return err({ code: 'optimize.scenario-no-changes' });
  const application = applyScenario(register, report.at as IsoDate, proposals);
  if (application.issues.length > 0) return err({ code: 'optimize.scenario-rejected', issues: application.issues });
  return ok(proposals);
}

/** A short Norwegian description for the scenario, from the answer's own figures. */
function optimizeScenarioDescription(r: RegisterOptimizeReport): string {
  const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(2).replace('.', ',')} %`);
  const objective = r.objective === 'mclp' ? `flest innen ${r.thresholdMinutes} min (MCLP)` : 'kortest samlet reisetid (p-median)';
  return (
    `Laget av naerpoliti optimize: ${r.keep} tjenestesteder av ${r.candidates.length} kandidater, mål ${objective}. ` +
    `Innen ${r.thresholdMinutes} min: ${pct(r.coveredShare)} mot ${pct(r.baselineCoveredShare)} med strukturen per ${r.at}. ` +
    `${r.changes.closed.length} lagt ned, ${r.changes.opened.length} åpnet. Løser: ${r.solver} (${r.status}${r.gap === null ? '' : `, gap ${r.gap}`}). ` +
    `Reisetid: ${r.travelModel.label}.`
  );
}

/**
 * Stores the answer as a draft scenario through the planner's service (create, then one addChange per
 * proposal, each checked and audited there). Nothing is stored when the proposals do not pass.
 */
export async function saveOptimizeScenario(
  scenarios: ScenarioService,
  register: Register,
  report: RegisterOptimizeReport,
  name: string,
  /** Who saves it: a name (the CLI), or the signed-in user with id and client address (the API). */
  acting: string | ({ actor: string } & AuditOrigin),
  locate: LocateFn,
): Promise<Result<{ scenario: Scenario; proposals: Proposal[] }, OptimizeScenarioError>> {
  const proposals = optimizeProposals(register, report, locate);
  if (!proposals.ok) return proposals;
  const { actor, ...origin } = typeof acting === 'string' ? { actor: acting } : acting;
  const created = await scenarios.create({ name, description: optimizeScenarioDescription(report), baseDate: report.at }, actor, origin);
  for (const proposal of proposals.value) await scenarios.addChange(created.id, proposal, { actor, ...origin });
  const scenario = await scenarios.get(created.id);
  // The scenario was created just above; only a concurrent delete could remove it, which the store has no call for.
  return ok({ scenario: scenario ?? created, proposals: proposals.value });
}
