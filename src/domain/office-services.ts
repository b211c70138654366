import type { DatePrecision, Decision } from './changes.js';
import { toChangeRef, type ChangeRef } from './diff.js';
import type { OfficeServiceAttrs, Season, ServiceKind } from './entities.js';
import type { Register } from './register.js';

/**
 * An office's services over time, told from the register's history: when each began and ended, how
 * exact those dates are and where they come from. What an office page and the API list as
 * `services: [{ kind, from, to, … }]`.
 */

/** The id of an office's service of a kind ("lom-lensmannskontor-pass-id"): one per office and kind. */
export function serviceId(officeId: string, kind: ServiceKind): string {
  return `${officeId}-${kind}`;
}

export interface ServiceInterval {
  readonly serviceId: string;
  /** The office it was offered at in this period. */
  readonly officeId: string;
  readonly kind: ServiceKind;
  /** First day in force. With `startUnknown` the first day the register knows of, not when it began. */
  readonly from: string;
  /** How exact `from` is. */
  readonly datePrecision: DatePrecision;
  /**
   * The service was in force on `from` but the register does not know since when (datePrecision
   * 'on-or-before'): show «fra ukjent dato» (at the latest `from`), never `from` as its start.
   */
  readonly startUnknown: boolean;
  /** First day no longer in force (exclusive), null while it still is. */
  readonly to: string | null;
  readonly toPrecision: DatePrecision | null;
  /** The service's own note as it stood at the end of the interval (e.g. what it covers). */
  readonly note: string | null;
  readonly season: Season | null;
  /** Sources of the changes that began and ended it, without repeats. */
  readonly sources: readonly string[];
  /** 'inferred' when the change that began or ended it is inferred. */
  readonly certainty: 'sourced' | 'inferred';
  readonly decision: Decision | null;
  /** The changes that began and ended it, with their own notes, sources and decisions. */
  readonly start: ChangeRef;
  readonly end: ChangeRef | null;
}

/**
 * The periods in which an office offered each of its services, oldest first (then by kind): one
 * interval per unbroken period in force, so a service closed and re-established gives two. Pure: the
 * whole answer comes from the register's changes.
 */
export function officeServiceIntervals(register: Register, officeId: string): ServiceInterval[] {
  return serviceIntervalsByOffice(register, officeId).get(officeId) ?? [];
}

/**
 * Every office's service periods in one pass over the history (an office list needs them all; one
 * scan of the change log per office would repeat the same work hundreds of times). With `onlyOffice`,
 * just the services that were ever that office's.
 */
export function serviceIntervalsByOffice(register: Register, onlyOffice?: string): Map<string, ServiceInterval[]> {
  const ids = new Set<string>();
  for (const c of register.changes) {
    if (c.op.entity !== 'officeService') continue;
    if ((c.op.type === 'establish' || c.op.type === 'amend' || c.op.type === 'reestablish') && (onlyOffice === undefined || c.op.attrs.officeId === onlyOffice)) ids.add(c.op.id);
  }
  const out = new Map<string, ServiceInterval[]>();
  for (const id of [...ids].sort()) {
    for (const interval of intervalsOfService(register, id)) {
      let list = out.get(interval.officeId);
      if (!list) out.set(interval.officeId, (list = []));
      list.push(interval);
    }
  }
  for (const list of out.values()) {
    list.sort((a, b) => (a.from === b.from ? (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) : a.from < b.from ? -1 : 1));
  }
  return out;
}

/** One service's unbroken periods in force, each at the office it belonged to then. */
function intervalsOfService(register: Register, id: string): ServiceInterval[] {
  const history = register.history(id);
  if (!history) return [];
  const out: ServiceInterval[] = [];
  let open: { attrs: OfficeServiceAttrs; start: ServiceInterval['start'] } | null = null;
  const close = (end: ServiceInterval['end'], to: string | null, toPrecision: DatePrecision | null) => {
    if (!open) return;
    const { attrs, start } = open;
    const sources = [...new Set([...start.sources, ...(end?.sources ?? [])])];
    out.push({
      serviceId: id,
      officeId: attrs.officeId,
      kind: attrs.kind,
      from: start.effective,
      datePrecision: start.datePrecision,
      startUnknown: start.datePrecision === 'on-or-before',
      to,
      toPrecision,
      note: attrs.note,
      season: attrs.season,
      sources,
      certainty: start.certainty === 'inferred' || end?.certainty === 'inferred' ? 'inferred' : 'sourced',
      decision: start.decision,
      start,
      end,
    });
  };
  for (const interval of history.intervals) {
    // The history's attrs are the service's full attributes after the change (validated on record).
    const attrs = interval.attrs as unknown as OfficeServiceAttrs;
    const ref = toChangeRef(interval.change);
    if (interval.active && open === null) {
      open = { attrs, start: ref };
    } else if (interval.active && open !== null) {
      if (attrs.officeId !== open.attrs.officeId) {
        // Moved to another office: a new period there.
        close(ref, interval.from, interval.change.datePrecision);
        open = { attrs, start: ref };
      } else {
        open = { attrs, start: open.start };
      }
    } else if (!interval.active && open !== null) {
      close(ref, interval.from, interval.change.datePrecision);
      open = null;
    }
  }
  close(null, null, null);
  return out;
}
