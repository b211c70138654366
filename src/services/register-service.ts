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

/**
 * The register as the running system sees it: loaded from the store, cached in memory (snapshots
 * are cached inside it), replaced after every write. Reads never touch the database.
 */
export class RegisterService {
  private current: Register | null = null;

  constructor(readonly store: ChangeLogStore) {}

  async register(): Promise<Register> {
    if (!this.current) this.current = Register.of(await this.store.listChanges());
    return this.current;
  }

  /**
   * Appends changes atomically; refused (and nothing written) if the result would break a rule.
   * `also` writes what belongs with them in the same transaction (a scenario marked published).
   */
  async append(changes: readonly NewChange[], recordedAt?: string, options: { also?: (writes: ScenarioWrites) => Promise<void> } = {}): Promise<RecordedChange[]> {
    let next: Register | null = null;
    const recorded = await this.store.appendChanges(changes, {
      recordedAt,
      check: (all) => {
        next = assertValidLog(all);
      },
      also: options.also,
    });
    this.current = next;
    return recorded;
  }

  /** Forget the cached register (after an import or another process's write). */
  invalidate(): void {
    this.current = null;
  }
}
