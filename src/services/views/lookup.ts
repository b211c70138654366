import { addDays, type IsoDate } from '../../shared/dates.js';
import type { Entity, EntityType } from '../../domain/entities.js';
import type { EntityHistory, Register } from '../../domain/register.js';
import type { DatedDirectory } from '../directory/directory.js';
import { ProblemError, notFound } from '../../contract/problem.js';
import { ENTITY_TYPE_NB } from './labels.js';

/** The periods an id was in force, [from, to) with to null while it still is. */
export function inForcePeriods(history: EntityHistory): { from: string; to: string | null }[] {
  const out: { from: string; to: string | null }[] = [];
  for (const i of history.intervals) {
    const open = out.at(-1);
    if (i.active) {
      if (!open || open.to !== null) out.push({ from: i.from, to: null });
    } else if (open && open.to === null) open.to = i.from;
  }
  return out;
}

function describePeriods(periods: readonly { from: string; to: string | null }[]): string {
  return periods
    .map((p) => (p.to === null ? `fra og med ${p.from}` : `fra og med ${p.from} til og med ${addDays(p.to as IsoDate, -1)}`))
    .join(' og ');
}

export const latestName = (history: EntityHistory) => String(history.intervals.at(-1)?.attrs.name ?? history.id);

/** 404 for an id that is not a `type` at all: unknown, or an id of another kind. Null when it is one. */
function notAnyProblem(history: EntityHistory | null, type: EntityType, id: string): ProblemError | null {
  const what = ENTITY_TYPE_NB[type] ?? type;
  if (!history) return notFound(`Registeret har ikke noe ${what} med id «${id}».`, { id });
  if (history.type !== type) return notFound(`«${id}» er et ${ENTITY_TYPE_NB[history.type] ?? history.type}, ikke et ${what}.`, { id, entityType: history.type });
  return null;
}

/** The history of `id` when it is (or was) a `type`; else a 404 problem. */
export function historyOr404(register: Register, type: EntityType, id: string): EntityHistory {
  const history = register.history(id);
  const problem = notAnyProblem(history, type, id);
  if (problem) throw problem;
  return history!;
}

/**
 * The `type` entity `id` in force on the directory's date, or a 404 problem saying why not: no such
 * id, an id of another kind, or one that exists in the history but not on this date (then the
 * body lists when it was in force, from `register.history(id)`).
 */
export function entityOr404<T extends EntityType>(dir: DatedDirectory, type: T, id: string): Entity<T> {
  const entity = dir.snapshot.entity(id);
  // Safe: its type was just checked against `type`.
  if (entity && entity.type === type) return entity as unknown as Entity<T>;
  const history = historyOr404(dir.register, type, id);
  const periods = inForcePeriods(history);
  const when = periods.length > 0 ? ` Det var i kraft ${describePeriods(periods)}.` : '';
  throw new ProblemError(404, 'resource.not-in-force', `${latestName(history)} («${id}») var ikke i kraft ${dir.at}.${when}`, { id, entityType: type, inForce: periods });
}
