import { compareChanges, type RecordedChange } from './changes.js';
import type { IsoDate } from '../shared/dates.js';
import type { EntityType } from './entities.js';
import { InvariantError, type Violation } from './errors.js';
import { applyChange, supersededIds, type EntityState } from './fold.js';
import { checkSnapshot } from './invariants.js';
import { buildSnapshot, type Snapshot } from './snapshot.js';
import { Lru } from '../shared/lru.js';
import { latestOnOrBefore, seasonSignature } from './epoch.js';
import type { Season } from './entities.js';
import { seasonDays } from './season.js';

/** One period of an entity's life with the attributes it had, and the change that began it. */
interface HistoryInterval {
  readonly from: string;
  /** Exclusive end (the date of the next change), null while still current. */
  readonly to: string | null;
  readonly active: boolean;
  readonly attrs: Readonly<Record<string, unknown>>;
  readonly change: RecordedChange;
}

export interface EntityHistory {
  readonly id: string;
  readonly type: EntityType;
  readonly intervals: readonly HistoryInterval[];
}

const CACHE_SIZE = 64;

/** The epoch of dates before the first change: the empty structure, the same on every such date. */
const BEFORE_ANY_CHANGE = 'before';

/**
 * The register: the ordered change log and the folds over it. Pure and immutable; a new change means
 * a new Register. Snapshots are cached per (epoch, knownAt): every date of an epoch (epoch.ts) shares
 * one fold, so a client asking for a new date each time costs a lookup, not a fold.
 */
export class Register {
  readonly changes: readonly RecordedChange[];
  private readonly cache = new Lru<string, Snapshot>(CACHE_SIZE);
  /** The distinct effective dates of the visible changes, ascending (the epochs' change starts). */
  private readonly changeDates: readonly string[];
  private readonly seasonsOf = new WeakMap<Snapshot, readonly Season[]>();

  private constructor(changes: readonly RecordedChange[]) {
    this.changes = [...changes].sort(compareChanges);
    this.changeDates = distinctEffectiveDates(this.visible(null));
  }

  /** Builds a register and refuses a history that breaks the fold rules. */
  static of(changes: readonly RecordedChange[]): Register {
    const register = new Register(changes);
    const violations = register.checkHistory();
    if (violations.length > 0) throw new InvariantError(violations);
    return register;
  }

  /** Earliest effective date in the log (the register knows nothing before it). */
  get firstDate(): IsoDate | null {
    return (this.changes[0]?.effective as IsoDate | undefined) ?? null;
  }

  private visible(knownAt: string | null): RecordedChange[] {
    const known = knownAt === null ? this.changes : this.changes.filter((c) => c.recordedAt <= knownAt);
    const superseded = supersededIds(known);
    return superseded.size === 0 ? [...known] : known.filter((c) => !superseded.has(c.id));
  }

  /**
   * A fresh, mutable fold state on `at` (every change effective by then and, with `knownAt`,
   * recorded by then), for callers that apply further changes on top — a scenario's proposals. Not
   * cached: each call folds anew, and the caller owns the result.
   */
  foldState(at: IsoDate, knownAt: string | null = null): Map<string, EntityState> {
    const state = new Map<string, EntityState>();
    for (const change of this.visible(knownAt)) {
      if (change.effective > at) break;
      const violation = applyChange(state, change);
      if (violation) throw new InvariantError([violation]);
    }
    return state;
  }

  /**
   * The structure on `at`. Dates of one epoch share the fold and every lookup in it: the answer is
   * the epoch's snapshot with `at` set to the date asked for (a shallow copy, no new maps).
   */
  snapshot(at: IsoDate, knownAt: string | null = null): Snapshot {
    const epoch = this.epochOf(at, knownAt);
    const base = this.cache.getOrBuild(`${epoch}|${knownAt ?? ''}`, () => buildSnapshot(this.foldState(at, knownAt), at, knownAt));
    return base.at === at ? base : Object.freeze({ ...base, at });
  }

  /**
   * The name of the set of dates on which the structure is the same as on `at` (see epoch.ts): the
   * latest change date on or before it, and which seasons it falls in when there are seasonal
   * offices or services then. Everything derived from a snapshot may be keyed by it instead of by
   * the date.
   */
  epochOf(at: IsoDate, knownAt: string | null = null): string {
    const dates = knownAt === null ? this.changeDates : distinctEffectiveDates(this.visible(knownAt));
    const changed = latestOnOrBefore(dates, at) as IsoDate | null;
    if (changed === null) return BEFORE_ANY_CHANGE;
    const seasons = this.seasonsIn(this.changeSnapshot(changed, knownAt));
    return seasons.length === 0 ? changed : `${changed}~${seasonSignature(seasons, at)}`;
  }

  /** The snapshot on a change date, whose seasonal offices and services stay until the next change date. */
  private changeSnapshot(changed: IsoDate, knownAt: string | null): Snapshot {
    return this.cache.getOrBuild(`${changed}@|${knownAt ?? ''}`, () => buildSnapshot(this.foldState(changed, knownAt), changed, knownAt));
  }

  /** The seasons of the seasonal offices and services in a snapshot (the same through its change epoch). */
  private seasonsIn(snapshot: Snapshot): readonly Season[] {
    let seasons = this.seasonsOf.get(snapshot);
    if (!seasons) {
      const byDays = new Map<string, Season>();
      for (const o of snapshot.offices.values()) if (o.season) byDays.set(JSON.stringify(seasonDays(o.season)), o.season);
      for (const s of snapshot.officeServices.values()) if (s.season) byDays.set(JSON.stringify(seasonDays(s.season)), s.season);
      this.seasonsOf.set(snapshot, (seasons = [...byDays.values()]));
    }
    return seasons;
  }

  /** Fold rules over the whole history: ids keep their type, intervals end after they start, etc. */
  checkHistory(): Violation[] {
    const state = new Map<string, EntityState>();
    const out: Violation[] = [];
    const ids = new Set<string>();
    for (const change of this.changes) {
      if (ids.has(change.id)) out.push({ rule: 'change-id-unique', subject: change.id, message: `change id ${change.id} is used twice`, changeId: change.id });
      ids.add(change.id);
    }
    for (const change of this.visible(null)) {
      const violation = applyChange(state, change);
      if (violation) out.push(violation);
    }
    return out;
  }

  /**
   * Checks the structure on every date in [from, to] on which it can differ: the first date and each
   * change date (a snapshot only changes when a change takes effect), plus season boundaries, which
   * the structure rules do not depend on and are therefore skipped.
   */
  validateRange(from: IsoDate, to: IsoDate): { dates: IsoDate[]; violations: Violation[] } {
    const dates = new Set<IsoDate>([from]);
    for (const c of this.changes) if (c.effective > from && c.effective <= to) dates.add(c.effective as IsoDate);
    const sorted = [...dates].sort();
    const state = new Map<string, EntityState>();
    const changes = this.visible(null);
    const violations: Violation[] = [];
    const seen = new Set<string>();
    let i = 0;
    for (const at of sorted) {
      for (; i < changes.length && changes[i]!.effective <= at; i++) {
        const v = applyChange(state, changes[i]!);
        if (v) violations.push(v);
      }
      for (const v of checkSnapshot(buildSnapshot(state, at, null))) {
        // Report each rule/subject/message once, at the first date it holds.
        const key = `${v.rule}|${v.subject}|${v.message}`;
        if (!seen.has(key)) {
          seen.add(key);
          violations.push(v);
        }
      }
    }
    return { dates: sorted, violations };
  }

  /** Changes taking effect after `from` and on or before `to` (the difference between the two snapshots). */
  changesBetween(from: IsoDate, to: IsoDate): RecordedChange[] {
    return this.visible(null).filter((c) => c.effective > from && c.effective <= to);
  }

  /** The dated life of one id: each period with its attributes and the change that began it. */
  history(id: string): EntityHistory | null {
    const relevant = this.visible(null).filter((c) => c.op.id === id);
    const first = relevant[0];
    if (!first) return null;
    const state = new Map<string, EntityState>();
    const intervals: HistoryInterval[] = [];
    for (const change of relevant) {
      const v = applyChange(state, change);
      if (v) throw new InvariantError([v]);
      const s = state.get(id)!;
      const prev = intervals.at(-1);
      if (prev && prev.to === null) intervals[intervals.length - 1] = { ...prev, to: change.effective };
      intervals.push({ from: change.effective, to: null, active: s.active, attrs: { ...s.attrs }, change });
    }
    // Several changes on one day: keep them all (each is a fact), but zero-length periods are marked by from === to.
    return { id, type: first.op.entity, intervals };
  }
}

function distinctEffectiveDates(changes: readonly RecordedChange[]): string[] {
  return [...new Set(changes.map((c) => c.effective))].sort();
}
