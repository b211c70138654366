import type { RecordedChange } from './changes.js';
import type { EntityType } from './entities.js';
import type { Violation } from './errors.js';

/**
 * The state of one id while folding the history. An id keeps its type for ever: once used for a
 * district it can never name an office (the "no id reused for a different thing" rule), but a
 * dissolved entity may be re-established (an office that re-opens is the same office).
 */
export interface EntityState {
  readonly id: string;
  readonly type: EntityType;
  attrs: Record<string, unknown>;
  active: boolean;
  /** Date it last came into force. */
  since: string;
  /**
   * False when that date is only a bound (the change is dated 'on-or-before'): in force by `since`,
   * begun at an unknown earlier date — typically where the register's records start.
   */
  sinceKnown: boolean;
  /** Date of its last change. */
  updated: string;
  /** Date it was last dissolved, while inactive. */
  dissolvedOn: string | null;
  successorIds: string[];
}

/**
 * Applies one change to the fold state in place. Returns a violation instead of applying when the
 * change does not fit the state (amending something not in force, re-using an id for another type).
 */
export function applyChange(state: Map<string, EntityState>, change: RecordedChange): Violation | null {
  const { op } = change;
  const current = state.get(op.id);
  const where = `change ${change.id} (${change.effective})`;
  const violation = (rule: string, message: string): Violation => ({
    rule,
    subject: op.id,
    message: `${where}: ${message}`,
    changeId: change.id,
  });

  if (current && current.type !== op.entity) {
    return violation('id-reused', `id "${op.id}" is a ${current.type} and cannot be used for a ${op.entity}`);
  }

  switch (op.type) {
    case 'establish': {
      if (current) {
        return violation(
          'establish-twice',
          current.active
            ? `${op.entity} "${op.id}" is already in force (since ${current.since})`
            : `${op.entity} "${op.id}" existed until ${current.dissolvedOn}; re-open it with a reestablish change`,
        );
      }
      state.set(op.id, {
        id: op.id,
        type: op.entity,
        attrs: { ...op.attrs },
        active: true,
        since: change.effective,
        sinceKnown: change.datePrecision !== 'on-or-before',
        updated: change.effective,
        dissolvedOn: null,
        successorIds: [],
      });
      return null;
    }
    case 'amend': {
      if (!current || !current.active) {
        return violation('not-in-force', notInForce(op.entity, op.id, current));
      }
      current.attrs = { ...current.attrs, ...op.attrs };
      current.updated = change.effective;
      return null;
    }
    case 'dissolve': {
      if (!current || !current.active) {
        return violation('not-in-force', notInForce(op.entity, op.id, current));
      }
      if (change.effective <= current.since) {
        return violation(
          'interval-ends-before-start',
          `${op.entity} "${op.id}" would end on ${change.effective}, not after it began on ${current.since}`,
        );
      }
      current.active = false;
      current.dissolvedOn = change.effective;
      current.updated = change.effective;
      current.successorIds = [...op.successorIds];
      return null;
    }
    case 'confirm': {
      if (!current || !current.active) {
        return violation('not-in-force', notInForce(op.entity, op.id, current));
      }
      return null;
    }
    case 'reestablish': {
      if (!current) return violation('not-in-force', `${op.entity} "${op.id}" was never established`);
      if (current.active) return violation('establish-twice', `${op.entity} "${op.id}" is already in force`);
      current.attrs = { ...current.attrs, ...op.attrs };
      current.active = true;
      current.since = change.effective;
      current.sinceKnown = change.datePrecision !== 'on-or-before';
      current.updated = change.effective;
      current.dissolvedOn = null;
      current.successorIds = [];
      return null;
    }
  }
}

function notInForce(entity: string, id: string, current: EntityState | undefined): string {
  if (!current) return `${entity} "${id}" is not established`;
  return `${entity} "${id}" is not in force (it ended on ${current.dissolvedOn})`;
}

/** The ids of changes that later (or known-by) corrections replace. */
export function supersededIds(changes: readonly RecordedChange[]): Set<string> {
  const out = new Set<string>();
  for (const c of changes) if (c.supersedes) out.add(c.supersedes);
  return out;
}
