import type { ChangeOp } from '../changes.js';
import type { District, Municipality, Office, OfficeAttrs, OperatingUnit, StationDistrict, StationDistrictAttrs } from '../entities.js';
import type { EntityState } from '../fold.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { Snapshot } from '../snapshot.js';
import { OpsBuilder } from './ops-builder.js';
import type { Proposal, ProposalOf } from './proposals.js';
import { slugOf } from '../../shared/fold-text.js';

/**
 * Proposal → change ops, against the structure it is applied to. Pure. What each one does:
 *
 * - close-office: the office is dissolved, and its services with it. If it was its station district's head office, the head
 *   office becomes `newHeadOfficeId`, or the unit's only other office; with several others left the
 *   proposal must name one; with none left the unit keeps no office (which the planning rules refuse).
 * - merge-office: the office is dissolved with the receiving office as its successor, and its services
 *   with the receiving office's service of the same kind (if it has one) as theirs. When it was its
 *   station district's only office, that unit is dissolved into the receiving office's unit as by
 *   dissolve-station-district. Otherwise the unit stays; its head office passes to the receiving
 *   office when that is in the same unit, else as for close-office.
 * - open-office: a new office (or a closed office with that id re-opened, keeping its history) at the
 *   position, in the municipality's police district and — unless named — its only station district.
 * - set-office-kind: amends the office's kind (and name, if given).
 * - move-municipality: the municipality is served by the named station district only (sub-municipal
 *   splits end) and belongs to that unit's police district; with only a district named it belongs to
 *   no station district. Offices lying in it that belonged to a unit it leaves go with it (to the new
 *   unit, or to none), and change police district with it.
 * - create-station-district: a new unit; its municipalities move into it as by move-municipality
 *   (offices lying in them come along), and so do the offices listed. Its head office is the one
 *   named, or its only office.
 * - dissolve-station-district: the unit is dissolved with the receiving unit as successor; its
 *   municipalities and every office of the unit move to the receiving unit (and its police district).
 *
 * Nothing here checks the register's rules on the result: the caller folds the ops and runs the
 * invariants and planning rules, so a proposal is judged by the structure it leaves.
 */

interface ExpansionProblem {
  /** Stable code, "scenario.<what>", mapped to Norwegian by the UI. */
  readonly code: string;
  /** The id the problem is about. */
  readonly subject: string;
  /** English, naming the things by name and id. */
  readonly reason: string;
  readonly details: Readonly<Record<string, unknown>>;
}

export interface ExpansionContext {
  /** The structure the proposal is applied to (the base plus the scenario's earlier proposals). */
  readonly snapshot: Snapshot;
  /** Every id the history has used, in force or not, with its type (ids keep their type for ever). */
  readonly state: ReadonlyMap<string, EntityState>;
}

type Expansion = Result<ChangeOp[], ExpansionProblem>;

const problem = (code: string, subject: string, reason: string, details: Record<string, unknown> = {}): Result<never, ExpansionProblem> =>
  err({ code, subject, reason, details: { ...details, id: subject } });

const label = (e: { name: string; id: string }) => `${e.name} (${e.id})`;

export function expandProposal(ctx: ExpansionContext, p: Proposal): Expansion {
  switch (p.type) {
    case 'close-office':
      return closeOffice(ctx, p);
    case 'merge-office':
      return mergeOffice(ctx, p);
    case 'open-office':
      return openOffice(ctx, p);
    case 'set-office-kind':
      return setOfficeKind(ctx, p);
    case 'move-municipality':
      return moveMunicipality(ctx, p);
    case 'create-station-district':
      return createStationDistrict(ctx, p);
    case 'dissolve-station-district':
      return dissolveStationDistrict(ctx, p);
  }
}

// --- Looking things up, with messages that say why not --------------------------------------------

function notInForce(ctx: ExpansionContext, id: string, wanted: 'office' | 'stationDistrict' | 'municipality' | 'district' | 'operatingUnit'): Result<never, ExpansionProblem> {
  const words = { office: 'office', stationDistrict: 'station district', municipality: 'municipality', district: 'police district', operatingUnit: 'operating unit' };
  const code = { office: 'scenario.unknown-office', stationDistrict: 'scenario.unknown-station-district', municipality: 'scenario.unknown-municipality', district: 'scenario.unknown-district', operatingUnit: 'scenario.unknown-operating-unit' }[wanted];
  const at = ctx.snapshot.at;
  const known = ctx.state.get(id);
  if (known && known.type === wanted && !known.active) {
    const name = typeof known.attrs['name'] === 'string' ? `${known.attrs['name']} (${id})` : `"${id}"`;
    const closed = wanted === 'office' ? 'scenario.office-not-open' : code;
    return problem(closed, id, `${words[wanted]} ${name} is not in force on ${at} (it ended on ${known.dissolvedOn})`, { dissolvedOn: known.dissolvedOn });
  }
  if (known && known.type !== wanted) return problem(code, id, `"${id}" is a ${known.type}, not a ${words[wanted]}`, { type: known.type });
  return problem(code, id, `there is no ${words[wanted]} "${id}" in the structure on ${at}`);
}

function officeOf(ctx: ExpansionContext, id: string): Result<Office, ExpansionProblem> {
  const o = ctx.snapshot.offices.get(id);
  return o ? ok(o) : notInForce(ctx, id, 'office');
}
function stationDistrictOf(ctx: ExpansionContext, id: string): Result<StationDistrict, ExpansionProblem> {
  const sd = ctx.snapshot.stationDistricts.get(id);
  return sd ? ok(sd) : notInForce(ctx, id, 'stationDistrict');
}
function municipalityOf(ctx: ExpansionContext, number: string): Result<Municipality, ExpansionProblem> {
  const m = ctx.snapshot.municipalities.get(number);
  return m ? ok(m) : notInForce(ctx, number, 'municipality');
}
function districtOf(ctx: ExpansionContext, id: string): Result<District, ExpansionProblem> {
  const d = ctx.snapshot.districts.get(id);
  return d ? ok(d) : notInForce(ctx, id, 'district');
}
function operatingUnitOf(ctx: ExpansionContext, id: string): Result<OperatingUnit, ExpansionProblem> {
  const u = ctx.snapshot.operatingUnits.get(id);
  return u ? ok(u) : notInForce(ctx, id, 'operatingUnit');
}

/** A new id must be unused, or name a dissolved thing of the same type (which is then re-established). */
function newIdFor(ctx: ExpansionContext, given: string | undefined, name: string, entity: 'office' | 'stationDistrict'): Result<{ id: string; reopen: boolean }, ExpansionProblem> {
  const id = given ?? slugOf(name);
  if (id === null) return problem('scenario.invalid-proposal', name, `the name "${name}" gives no usable id; give one`);
  const known = ctx.state.get(id);
  if (!known) return ok({ id, reopen: false });
  const knownName = typeof known.attrs['name'] === 'string' ? `${known.attrs['name']} ` : '';
  if (known.active) return problem('scenario.id-in-use', id, `the id "${id}" is already used by the ${known.type} ${knownName}(${id}); give another id`, { type: known.type });
  if (known.type !== entity) return problem('scenario.id-in-use', id, `the id "${id}" was used for a ${known.type} (${knownName.trim() || id}), and ids keep their type; give another id`, { type: known.type });
  return ok({ id, reopen: true });
}

// --- Shared moves -----------------------------------------------------------------------------------

/**
 * The station district's head office once `leaving` has left it: null when nothing changes, else the
 * unit and its new head (null when no office is left). `intoSameUnit` is a merge's receiving office
 * when it lies in the same unit, and takes over.
 */
function headAfterLeaving(
  ctx: ExpansionContext,
  leaving: Office,
  newHeadOfficeId: string | undefined,
  intoSameUnit: Office | null,
): Result<{ unit: StationDistrict; head: string | null } | null, ExpansionProblem> {
  const s = ctx.snapshot;
  const unit = leaving.stationDistrictId === null ? undefined : s.stationDistricts.get(leaving.stationDistrictId);
  if (!unit || unit.headOfficeId !== leaving.id) {
    if (newHeadOfficeId === undefined) return ok(null);
    const why = unit
      ? `${label(leaving)} is not the head office of ${label(unit)}${unit.headOfficeId ? ` (${unit.headOfficeId} is)` : ''}`
      : `${label(leaving)} belongs to no station district`;
    return problem('scenario.head-office-invalid', newHeadOfficeId, `${why}, so there is no head office to hand to ${newHeadOfficeId}`);
  }
  const others = (s.officesByStationDistrict.get(unit.id) ?? []).filter((o) => o.id !== leaving.id);
  if (newHeadOfficeId !== undefined) {
    if (!others.some((o) => o.id === newHeadOfficeId)) {
      return problem(
        'scenario.head-office-invalid',
        newHeadOfficeId,
        `${newHeadOfficeId} is not another office of ${label(unit)}; choose one of: ${others.map((o) => o.id).join(', ') || '(none)'}`,
        { stationDistrictId: unit.id, candidates: others.map((o) => o.id) },
      );
    }
    return ok({ unit, head: newHeadOfficeId });
  }
  if (intoSameUnit) return ok({ unit, head: intoSameUnit.id });
  if (others.length <= 1) return ok({ unit, head: others[0]?.id ?? null });
  return problem(
    'scenario.head-office-needed',
    leaving.id,
    `${label(leaving)} is the head office of ${label(unit)}; name the new head office, one of: ${others.map((o) => o.id).join(', ')}`,
    { stationDistrictId: unit.id, stationDistrictName: unit.name, candidates: others.map((o) => o.id) },
  );
}

/**
 * The municipality is served by `stationDistrictIds` in `districtId`; offices lying in it that
 * belonged to a unit it leaves move to `officeUnit`, and follow it into another police district.
 */
function relocateMunicipality(b: OpsBuilder, s: Snapshot, m: Municipality, stationDistrictIds: string[], districtId: string, officeUnit: string | null): void {
  b.amend('municipality', m, { districtId, stationDistrictIds });
  const left = m.stationDistrictIds.filter((id) => !stationDistrictIds.includes(id));
  for (const o of s.officesByMunicipality.get(m.id) ?? []) {
    const leavesUnit = o.stationDistrictId !== null && left.includes(o.stationDistrictId);
    // An office in a former municipality of another district (formerMunicipality set) keeps its own district.
    const changesDistrict = districtId !== m.districtId && o.districtId === m.districtId && o.formerMunicipality === null;
    if (leavesUnit || changesDistrict) {
      b.amend('office', o, { ...(leavesUnit ? { stationDistrictId: officeUnit } : {}), ...(changesDistrict ? { districtId } : {}) });
    }
  }
}

/** Dissolves `unit` into `into`: its municipalities and offices (but `closing`) move there. */
function dissolveUnitInto(b: OpsBuilder, s: Snapshot, unit: StationDistrict, into: StationDistrict, closing: string | null): void {
  for (const m of s.municipalitiesByStationDistrict.get(unit.id) ?? []) {
    const ids = [...new Set(m.stationDistrictIds.map((id) => (id === unit.id ? into.id : id)))];
    b.amend('municipality', m, { stationDistrictIds: ids, districtId: into.districtId });
  }
  for (const o of s.officesByStationDistrict.get(unit.id) ?? []) {
    if (o.id === closing) continue;
    b.amend('office', o, { stationDistrictId: into.id, districtId: into.districtId });
  }
  b.dissolve('stationDistrict', unit.id, [into.id]);
}

/** Dissolves the services of an office that closes: a service cannot outlive its office. */
function dissolveServices(b: OpsBuilder, s: Snapshot, office: Office, into: Office | null): void {
  const receiving = into ? s.servicesOf(into.id) : [];
  for (const svc of s.servicesOf(office.id)) {
    const successor = receiving.find((r) => r.kind === svc.kind);
    b.dissolve('officeService', svc.id, successor ? [successor.id] : []);
  }
}

// --- The proposals ------------------------------------------------------------------------------------

function closeOffice(ctx: ExpansionContext, p: ProposalOf<'close-office'>): Expansion {
  const o = officeOf(ctx, p.officeId);
  if (!o.ok) return o;
  const head = headAfterLeaving(ctx, o.value, p.newHeadOfficeId, null);
  if (!head.ok) return head;
  const b = new OpsBuilder();
  if (head.value) b.amend('stationDistrict', head.value.unit, { headOfficeId: head.value.head });
  dissolveServices(b, ctx.snapshot, o.value, null);
  b.dissolve('office', o.value.id);
  return ok(b.ops());
}

function mergeOffice(ctx: ExpansionContext, p: ProposalOf<'merge-office'>): Expansion {
  const s = ctx.snapshot;
  const o = officeOf(ctx, p.officeId);
  if (!o.ok) return o;
  const into = officeOf(ctx, p.intoOfficeId);
  if (!into.ok) return into;
  if (o.value.id === into.value.id) return problem('scenario.merge-into-itself', o.value.id, `${label(o.value)} cannot be merged into itself`);
  const unit = o.value.stationDistrictId === null ? undefined : s.stationDistricts.get(o.value.stationDistrictId);
  const others = unit ? (s.officesByStationDistrict.get(unit.id) ?? []).filter((x) => x.id !== o.value.id) : [];
  const b = new OpsBuilder();
  if (unit && others.length === 0) {
    if (p.newHeadOfficeId !== undefined) {
      return problem('scenario.head-office-invalid', p.newHeadOfficeId, `${label(unit)} is dissolved with its only office ${label(o.value)}, so it needs no new head office`);
    }
    const receiving = into.value.stationDistrictId === null ? undefined : s.stationDistricts.get(into.value.stationDistrictId);
    if (!receiving) {
      return problem(
        'scenario.no-receiving-station-district',
        into.value.id,
        `${label(into.value)} belongs to no station district, so ${label(unit)}, whose only office ${label(o.value)} is, has no unit to be merged into`,
        { stationDistrictId: unit.id },
      );
    }
    dissolveUnitInto(b, s, unit, receiving, o.value.id);
  } else {
    const sameUnit = unit !== undefined && into.value.stationDistrictId === unit.id;
    const head = headAfterLeaving(ctx, o.value, p.newHeadOfficeId, sameUnit ? into.value : null);
    if (!head.ok) return head;
    if (head.value) b.amend('stationDistrict', head.value.unit, { headOfficeId: head.value.head });
  }
  dissolveServices(b, s, o.value, into.value);
  b.dissolve('office', o.value.id, [into.value.id]);
  return ok(b.ops());
}

function openOffice(ctx: ExpansionContext, p: ProposalOf<'open-office'>): Expansion {
  const m = municipalityOf(ctx, p.municipalityNumber);
  if (!m.ok) return m;
  let stationDistrictId: string | null;
  if (p.stationDistrictId === undefined) {
    const ids = m.value.stationDistrictIds;
    if (ids.length > 1) {
      return problem(
        'scenario.station-district-ambiguous',
        m.value.id,
        `municipality ${label(m.value)} is divided between ${ids.join(', ')}; name the station district the office belongs to`,
        { candidates: ids },
      );
    }
    stationDistrictId = ids[0] ?? null;
  } else if (p.stationDistrictId === null) {
    stationDistrictId = null;
  } else {
    const sd = stationDistrictOf(ctx, p.stationDistrictId);
    if (!sd.ok) return sd;
    if (sd.value.districtId !== m.value.districtId) {
      return problem(
        'scenario.station-district-not-in-district',
        sd.value.id,
        `${label(sd.value)} is in ${sd.value.districtId}, but municipality ${label(m.value)} is in ${m.value.districtId}`,
        { districtId: m.value.districtId },
      );
    }
    stationDistrictId = sd.value.id;
  }
  const id = newIdFor(ctx, p.officeId, p.name, 'office');
  if (!id.ok) return id;
  const address = p.address ?? null;
  const postcode = p.postcode ?? null;
  const attrs: OfficeAttrs = {
    name: p.name,
    kind: p.kind,
    districtId: m.value.districtId,
    stationDistrictId,
    municipalityNumber: m.value.id,
    formerMunicipality: null,
    address,
    postcode,
    position: { lat: p.lat, lon: p.lon, precision: p.precision ?? (address ? 'address' : postcode ? 'postcode' : 'town') },
    season: null,
  };
  return ok([id.value.reopen ? { type: 'reestablish', entity: 'office', id: id.value.id, attrs } : { type: 'establish', entity: 'office', id: id.value.id, attrs }]);
}

function setOfficeKind(ctx: ExpansionContext, p: ProposalOf<'set-office-kind'>): Expansion {
  const o = officeOf(ctx, p.officeId);
  if (!o.ok) return o;
  if (o.value.kind === p.kind && (p.name === undefined || p.name === o.value.name)) {
    return problem('scenario.no-effect', o.value.id, `${label(o.value)} is already a ${p.kind}`);
  }
  return ok(new OpsBuilder().amend('office', o.value, { kind: p.kind, ...(p.name === undefined ? {} : { name: p.name }) }).ops());
}

function moveMunicipality(ctx: ExpansionContext, p: ProposalOf<'move-municipality'>): Expansion {
  const m = municipalityOf(ctx, p.municipalityNumber);
  if (!m.ok) return m;
  if (p.toStationDistrictId === undefined && p.toDistrictId === undefined) {
    return problem('scenario.invalid-proposal', m.value.id, `moving municipality ${label(m.value)} needs a station district or a police district to move to`);
  }
  let unit: StationDistrict | null = null;
  if (p.toStationDistrictId !== undefined) {
    const sd = stationDistrictOf(ctx, p.toStationDistrictId);
    if (!sd.ok) return sd;
    unit = sd.value;
  }
  let districtId: string;
  if (p.toDistrictId !== undefined) {
    const d = districtOf(ctx, p.toDistrictId);
    if (!d.ok) return d;
    if (unit && unit.districtId !== d.value.id) {
      return problem('scenario.station-district-not-in-district', unit.id, `${label(unit)} is in ${unit.districtId}, not in ${label(d.value)}`, { districtId: d.value.id });
    }
    districtId = d.value.id;
  } else {
    districtId = unit!.districtId; // set above: one of the two targets is given
  }
  const ids = unit ? [unit.id] : [];
  if (districtId === m.value.districtId && ids.length === m.value.stationDistrictIds.length && ids.every((id) => m.value.stationDistrictIds.includes(id))) {
    return problem('scenario.no-effect', m.value.id, `municipality ${label(m.value)} is already ${unit ? `served by ${label(unit)} alone` : `in ${districtId} without a station district`}`);
  }
  const b = new OpsBuilder();
  relocateMunicipality(b, ctx.snapshot, m.value, ids, districtId, unit?.id ?? null);
  return ok(b.ops());
}

function createStationDistrict(ctx: ExpansionContext, p: ProposalOf<'create-station-district'>): Expansion {
  const s = ctx.snapshot;
  const id = newIdFor(ctx, p.stationDistrictId, p.name, 'stationDistrict');
  if (!id.ok) return id;
  const municipalities: Municipality[] = [];
  for (const number of p.municipalityNumbers) {
    const m = municipalityOf(ctx, number);
    if (!m.ok) return m;
    municipalities.push(m.value);
  }
  let districtId: string;
  if (p.districtId !== undefined) {
    const d = districtOf(ctx, p.districtId);
    if (!d.ok) return d;
    districtId = d.value.id;
  } else {
    const districts = [...new Set(municipalities.map((m) => m.districtId))];
    if (districts.length !== 1) {
      return problem('scenario.district-ambiguous', id.value.id, `the municipalities lie in several police districts (${districts.join(', ')}); name the one the new unit belongs to`, {
        candidates: districts,
      });
    }
    districtId = districts[0]!;
  }
  let operatingUnitId: string | null = null;
  if (p.operatingUnitId !== undefined) {
    if (p.operatingUnitId !== null) {
      const u = operatingUnitOf(ctx, p.operatingUnitId);
      if (!u.ok) return u;
      operatingUnitId = u.value.id;
    }
  } else {
    const units = new Set<string>();
    for (const m of municipalities) for (const sid of m.stationDistrictIds) {
      const unitId = s.stationDistricts.get(sid)?.operatingUnitId;
      if (unitId) units.add(unitId);
    }
    const only = units.size === 1 ? s.operatingUnits.get([...units][0]!) : undefined;
    if (only && only.districtId === districtId) operatingUnitId = only.id;
  }
  const listed: Office[] = [];
  for (const officeId of p.officeIds ?? []) {
    const o = officeOf(ctx, officeId);
    if (!o.ok) return o;
    listed.push(o.value);
  }

  const b = new OpsBuilder();
  for (const m of municipalities) relocateMunicipality(b, s, m, [id.value.id], districtId, id.value.id);
  for (const o of listed) b.amend('office', o, { stationDistrictId: id.value.id, districtId });
  const offices = b.officesMovedInto(id.value.id);
  let headOfficeId: string | null;
  if (p.headOfficeId !== undefined) {
    if (p.headOfficeId !== null && !offices.includes(p.headOfficeId)) {
      return problem('scenario.head-office-invalid', p.headOfficeId, `${p.headOfficeId} is not one of the new unit's offices (${offices.join(', ') || 'none'})`, { candidates: offices });
    }
    headOfficeId = p.headOfficeId;
  } else {
    headOfficeId = offices.length === 1 ? offices[0]! : null;
  }
  const attrs: StationDistrictAttrs = { name: p.name, kind: p.kind ?? 'politistasjonsdistrikt', districtId, operatingUnitId, headOfficeId };
  b.add(id.value.reopen ? { type: 'reestablish', entity: 'stationDistrict', id: id.value.id, attrs } : { type: 'establish', entity: 'stationDistrict', id: id.value.id, attrs });
  return ok(b.ops());
}

function dissolveStationDistrict(ctx: ExpansionContext, p: ProposalOf<'dissolve-station-district'>): Expansion {
  const unit = stationDistrictOf(ctx, p.stationDistrictId);
  if (!unit.ok) return unit;
  const into = stationDistrictOf(ctx, p.intoStationDistrictId);
  if (!into.ok) return into;
  if (unit.value.id === into.value.id) return problem('scenario.dissolve-into-itself', unit.value.id, `${label(unit.value)} cannot be dissolved into itself`);
  const b = new OpsBuilder();
  dissolveUnitInto(b, ctx.snapshot, unit.value, into.value, null);
  return ok(b.ops());
}
