import type { NewChange, RecordedChange } from '../domain/changes.js';
import { REGISTER_START, todayInNorway, type IsoDate } from '../shared/dates.js';
import { InvariantError } from '../domain/errors.js';
import { Register } from '../domain/register.js';
import type { ScenarioWrites } from '../store/scenario-store.js';
import type { ChangeLogStore } from '../store/store.js';

/**
 * Checks a whole log as it would be after a write: the fold rules over the history and the
 * structure rules on every date from 2002 to today. Throws InvariantError listing what breaks,
 * which aborts the store's transaction so nothing is written.
 */
export function assertValidLog(all: readonly RecordedChange[], today: IsoDate = todayInNorway()): Register {
  const register = Register.of(all);
  const to = register.changes.reduce((max, c) => (c.effective > max ? (c.effective as IsoDate) : max), today);
  const { violations } = register.validateRange(REGISTER_START, to);
  if (violations.length > 0) throw new InvariantError(violations);
  return register;
}

/** A register and the store's change token read before it was read from the store. */
interface Held {
  readonly register: Register;
  readonly token: string;
  /** The order in which it was asked for: a slower load never replaces a register asked for later. */
  readonly ticket: number;
}

/**
 * The register as the running system sees it: loaded from the store, kept in memory (snapshots are
 * kept inside it, and every service keys what it derives by the Register object), replaced after
 * every write through it and whenever the store's change token says another process may have
 * written (ChangeLogStore.changeToken: SQLite's data_version, PostgreSQL's LISTEN/NOTIFY). Reads
 * ask the store for that token only (under a microsecond, bench/freshness); the log itself is read
 * again only after a change, by one load that concurrent callers share.
 */
export class RegisterService {
  private held: Held | null = null;
  /** A load under way, shared by callers who hold the same token. */
  private loading: { readonly token: string; readonly promise: Promise<Register> } | null = null;
  private tickets = 0;

  constructor(readonly store: ChangeLogStore) {}

  async register(): Promise<Register> {
    // The token first, then the log: a write landing between them shows as a new token next time.
    const token = await this.store.changeToken();
    if (this.held?.token === token) return this.held.register;
    if (this.loading?.token === token) return this.loading.promise;
    const ticket = ++this.tickets;
    const promise = this.store.listChanges().then((changes) => {
      const register = Register.of(changes);
      this.hold({ register, token, ticket });
      return register;
    });
    const loading = { token, promise };
    this.loading = loading;
    const forget = () => {
      if (this.loading === loading) this.loading = null;
    };
    promise.then(forget, forget);
    return promise;
  }

  /**
   * Appends changes atomically; refused (and nothing written) if the result would break a rule.
   * `also` writes what belongs with them in the same transaction (a scenario marked published).
   */
  async append(changes: readonly NewChange[], recordedAt?: string, options: { also?: (writes: ScenarioWrites) => Promise<void> } = {}): Promise<RecordedChange[]> {
    // Read before the write: own writes leave the token as it is, and any other write committed
    // after this point (even one the check below saw) moves it, so at worst the next read reloads.
    const token = await this.store.changeToken();
    let next: Register | null = null;
    const recorded = await this.store.appendChanges(changes, {
      recordedAt,
      check: (all) => {
        next = assertValidLog(all);
      },
      also: options.also,
    });
    // The ticket is taken after the commit: loads asked for before it may have read the log without
    // this append, so they must not replace it.
    if (next) this.hold({ register: next, token, ticket: ++this.tickets });
    return recorded;
  }

  private hold(candidate: Held): void {
    if (this.held && this.held.ticket > candidate.ticket) return;
    this.held = candidate;
  }
}
