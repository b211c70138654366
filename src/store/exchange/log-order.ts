import type { RecordedChange } from '../../domain/changes.js';

export interface OrderProblem {
  /** Index into the list. */
  readonly index: number;
  readonly field: 'seq' | 'id';
  readonly message: string;
}

/**
 * An exchange file lists the log as exported: seq strictly ascending, every change id once. Both are
 * checked here so the error can name the row, not only the store's constraint.
 */
export function logOrderProblem(changes: readonly RecordedChange[]): OrderProblem | null {
  const seqById = new Map<string, number>();
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    const previous = changes[i - 1];
    if (previous && c.seq <= previous.seq) {
      return { index: i, field: 'seq', message: `must be greater than the previous change's seq ${previous.seq} (changes are listed in seq order) (got ${c.seq})` };
    }
    const earlier = seqById.get(c.id);
    if (earlier !== undefined) return { index: i, field: 'id', message: `is also the id of the change with seq ${earlier} (got ${JSON.stringify(c.id)})` };
    seqById.set(c.id, c.seq);
  }
  return null;
}
