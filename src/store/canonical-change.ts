import type { ChangeOp, Decision, RecordedChange } from '../domain/changes.js';

/**
 * A recorded change rebuilt with one fixed key order (the order of changes.json and of what the
 * store returns), the order of the domain's RecordedChange schema and of the committed seed:
 * seq, recordedAt, id, effective, datePrecision, op, decision, sources, certainty, note, supersedes;
 * op as type, entity, id, then its payload; decision as by, date, reference, url. The attrs object
 * keeps the order it was given in.
 */
export function canonicalChange(c: RecordedChange): RecordedChange {
  return {
    seq: c.seq,
    recordedAt: c.recordedAt,
    id: c.id,
    effective: c.effective,
    datePrecision: c.datePrecision,
    op: canonicalOp(c.op),
    decision: c.decision === null ? null : canonicalDecision(c.decision),
    sources: [...c.sources],
    certainty: c.certainty,
    note: c.note,
    supersedes: c.supersedes,
  };
}

function canonicalOp(op: ChangeOp): ChangeOp {
  const { type, entity, id, ...payload } = op;
  // Safe: the fields are those of `op` itself, only re-inserted in a fixed order.
  return { type, entity, id, ...payload } as ChangeOp;
}

function canonicalDecision(d: Decision): Decision {
  return { by: d.by, date: d.date, reference: d.reference, url: d.url };
}
