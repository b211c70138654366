import type Type from 'typebox';
import type { RecordedChange } from '../../domain/changes.js';
import type { IsoDate } from '../../shared/dates.js';
import type { EntityType } from '../../domain/entities.js';
import type { Register } from '../../domain/register.js';
import { toChangeRef } from '../../domain/diff.js';
import type { ChangeEntry, ChangeList } from '../../contract/register.js';

/**
 * The change log as the API lists it: each change with what it changed, the thing's name as of
 * that change, and which district the thing belonged to just before and just after it (so a
 * municipality moving from Nordre Buskerud to Sør-Øst shows up under both districts).
 */

export interface AnnotatedChange {
  change: RecordedChange;
  name: string | null;
  districtBefore: string | null;
  districtAfter: string | null;
}

export interface ChangeRange {
  from: IsoDate;
  to: IsoDate;
  limit: number;
  offset: number;
  entity?: EntityType | undefined;
}

/** Before and after every date the register holds (ISO dates compare as strings). */
const BEGINNING = '0000-01-01' as IsoDate;
const END = '9999-12-31' as IsoDate;

// Annotating depends only on earlier changes, so the whole log is annotated once per Register.
const annotated = new WeakMap<Register, readonly AnnotatedChange[]>();

/** Every change, in fold order, annotated with the thing's name and district before/after it. */
function annotatedChanges(register: Register): readonly AnnotatedChange[] {
  let list = annotated.get(register);
  if (!list) annotated.set(register, (list = annotate(register)));
  return list;
}

function annotate(register: Register): AnnotatedChange[] {
  const names = new Map<string, string>();
  const districts = new Map<string, string>();
  const out: AnnotatedChange[] = [];
  for (const change of register.changesBetween(BEGINNING, END)) {
    const { op } = change;
    const before = op.entity === 'district' ? op.id : (districts.get(op.id) ?? null);
    if (op.type === 'establish' || op.type === 'amend' || op.type === 'reestablish') {
      const attrs: Readonly<Record<string, unknown>> = op.attrs;
      if (typeof attrs.name === 'string') names.set(op.id, attrs.name);
      if (typeof attrs.districtId === 'string') districts.set(op.id, attrs.districtId);
    }
    const after = op.entity === 'district' ? op.id : (districts.get(op.id) ?? null);
    out.push({ change, name: names.get(op.id) ?? null, districtBefore: before, districtAfter: after });
  }
  return out;
}

/** Changes in (from, to] to the district itself or to anything in it just before or just after the change. */
export function districtAffiliatedChanges(register: Register, districtId: string, from: IsoDate, to: IsoDate): AnnotatedChange[] {
  return annotatedChanges(register).filter(
    (a) => a.change.effective > from && a.change.effective <= to && (a.change.op.id === districtId || a.districtBefore === districtId || a.districtAfter === districtId),
  );
}

/** Changes in (from, to], optionally of one entity type. */
export function changesInRange(register: Register, range: ChangeRange): AnnotatedChange[] {
  return annotatedChanges(register).filter((a) => a.change.effective > range.from && a.change.effective <= range.to && (!range.entity || a.change.op.entity === range.entity));
}

function changeEntry(a: AnnotatedChange): Type.Static<typeof ChangeEntry> {
  const { change } = a;
  const { op } = change;
  return {
    ...toChangeRef(change),
    seq: change.seq,
    recordedAt: change.recordedAt,
    entity: op.entity,
    entityId: op.id,
    name: a.name,
    attrs: op.type === 'establish' || op.type === 'amend' || op.type === 'reestablish' ? { ...op.attrs } : null,
    successorIds: op.type === 'dissolve' ? [...op.successorIds] : null,
    supersedes: change.supersedes,
  };
}

export function changeListView(list: readonly AnnotatedChange[], range: ChangeRange): Type.Static<typeof ChangeList> {
  return {
    from: range.from,
    to: range.to,
    total: list.length,
    offset: range.offset,
    limit: range.limit,
    changes: list.slice(range.offset, range.offset + range.limit).map(changeEntry),
  };
}
