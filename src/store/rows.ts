import type { ChangeOp, Decision, RecordedChange } from '../domain/changes.js';
import type { ChangesTable } from './tables.js';

/** A change as the `changes` table holds it, and back. */
export function changeToRow(c: RecordedChange): ChangesTable {
  const { type, entity, id, ...payload } = c.op;
  return {
    seq: c.seq,
    id: c.id,
    effective: c.effective,
    date_precision: c.datePrecision,
    recorded_at: c.recordedAt,
    entity,
    op_type: type,
    entity_id: id,
    payload: JSON.stringify(payload),
    decision: c.decision === null ? null : JSON.stringify(c.decision),
    sources: JSON.stringify(c.sources),
    certainty: c.certainty,
    note: c.note,
    supersedes: c.supersedes,
  };
}

/**
 * Rows are written only by changeToRow after the change passed validation, so they are read back
 * without validating again (listing the whole log is on the start-up path).
 */
export function rowToChange(row: ChangesTable): RecordedChange {
  // Safe: written by changeToRow from a validated change (see above); same for the casts below.
  const payload = JSON.parse(row.payload) as Record<string, unknown>;
  const op = { type: row.op_type, entity: row.entity, id: row.entity_id, ...payload } as ChangeOp;
  return {
    // PostgreSQL returns integer as number; Number() also guards a driver returning bigint text.
    seq: Number(row.seq),
    recordedAt: row.recorded_at,
    id: row.id,
    effective: row.effective,
    datePrecision: row.date_precision as RecordedChange['datePrecision'],
    op,
    decision: row.decision === null ? null : (JSON.parse(row.decision) as Decision),
    sources: JSON.parse(row.sources) as string[],
    certainty: row.certainty as RecordedChange['certainty'],
    note: row.note,
    supersedes: row.supersedes,
  };
}
