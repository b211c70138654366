import type { DatePrecision, Decision, RecordedChange } from './changes.js';
import type { Entity, EntityType } from './entities.js';
import type { Register } from './register.js';
import type { IsoDate } from '../shared/dates.js';
import type { Snapshot } from './snapshot.js';

/** A change's reference as shown next to a diff item: when, what, who decided and where it is written. */
export interface ChangeRef {
  id: string;
  effective: string;
  datePrecision: DatePrecision;
  type: string;
  decision: Decision | null;
  sources: string[];
  certainty: 'sourced' | 'inferred';
  note: string | null;
}

export interface DiffItem {
  id: string;
  entity: EntityType;
  name: string;
  kind: string | null;
  districtId: string | null;
  /** For 'changed' items: the attributes that differ, before → after. */
  fields?: Record<string, { from: unknown; to: unknown }>;
  changes: ChangeRef[];
}

export interface StructureDiff {
  from: string;
  to: string;
  added: DiffItem[];
  removed: DiffItem[];
  changed: DiffItem[];
}

export function toChangeRef(c: RecordedChange): ChangeRef {
  return {
    id: c.id,
    effective: c.effective,
    datePrecision: c.datePrecision,
    type: `${c.op.entity}.${c.op.type}`,
    decision: c.decision,
    sources: c.sources,
    certainty: c.certainty,
    note: c.note,
  };
}

const IGNORED_FIELDS = new Set(['id', 'type', 'since', 'updated']);

function describe(e: Entity, changes: ChangeRef[]): DiffItem {
  const r = e as unknown as Record<string, unknown>;
  return {
    id: e.id,
    entity: e.type,
    name: String(r.name ?? e.id),
    kind: typeof r.kind === 'string' ? r.kind : null,
    districtId: e.type === 'district' ? e.id : typeof r.districtId === 'string' ? r.districtId : null,
    changes,
  };
}

/**
 * What differs between the structure on `from` and on `to`: things that came into force, things that
 * ended, and things whose attributes changed (renamed, moved to another district …), each with the
 * changes in between that did it, so the decision references come along.
 */
export function diffStructure(register: Register, from: IsoDate, to: IsoDate): StructureDiff {
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  const byId = new Map<string, ChangeRef[]>();
  for (const c of register.changesBetween(lo, hi)) {
    let list = byId.get(c.op.id);
    if (!list) byId.set(c.op.id, (list = []));
    list.push(toChangeRef(c));
  }
  return diffSnapshots(register.snapshot(from), register.snapshot(to), byId);
}

/**
 * The same comparison between any two snapshots (a date and a scenario's never-published structure),
 * with the changes that did it per entity id when the caller knows them.
 */
export function diffSnapshots(a: Snapshot, b: Snapshot, changesById: ReadonlyMap<string, ChangeRef[]> = new Map()): StructureDiff {
  const all = (s: Snapshot) => {
    const out = new Map<string, Entity>();
    for (const m of [s.districts, s.specialAgencies, s.operatingUnits, s.stationDistricts, s.offices, s.municipalities, s.directorates])
      for (const [id, e] of m) out.set(id, e);
    return out;
  };
  const before = all(a);
  const after = all(b);
  const added: DiffItem[] = [];
  const removed: DiffItem[] = [];
  const changed: DiffItem[] = [];
  const refs = (id: string) => changesById.get(id) ?? [];
  for (const [id, e] of after) if (!before.has(id)) added.push(describe(e, refs(id)));
  for (const [id, e] of before) if (!after.has(id)) removed.push(describe(e, refs(id)));
  for (const [id, e] of after) {
    const old = before.get(id);
    if (!old) continue;
    const fields: Record<string, { from: unknown; to: unknown }> = {};
    const o = old as unknown as Record<string, unknown>;
    const n = e as unknown as Record<string, unknown>;
    for (const key of new Set([...Object.keys(o), ...Object.keys(n)])) {
      if (IGNORED_FIELDS.has(key)) continue;
      if (JSON.stringify(o[key]) !== JSON.stringify(n[key])) fields[key] = { from: o[key], to: n[key] };
    }
    if (Object.keys(fields).length > 0) changed.push({ ...describe(e, refs(id)), fields });
  }
  const order = (x: DiffItem, y: DiffItem) => x.entity.localeCompare(y.entity) || x.name.localeCompare(y.name, 'nb');
  return { from: a.at, to: b.at, added: added.sort(order), removed: removed.sort(order), changed: changed.sort(order) };
}
