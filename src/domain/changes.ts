import Type from 'typebox';
import { ATTRS_SCHEMAS, ENTITY_TYPES, type AttrsByType, type EntityType } from './entities.js';

/**
 * A change is one dated, sourced fact about the structure: "from 2016-01-01 Vest politidistrikt
 * exists", "Balestrand lensmannskontor closes, decided by POD 2017-01-13". The register is the
 * append-only list of them; every structure on a date is their fold.
 *
 *  - effective: valid time (the date it takes effect, inclusive)
 *  - recordedAt: transaction time (when the register learnt it)
 *  - decision: who decided, when, and where it is written down
 *  - supersedes: a correction names the change it replaces; the fold then ignores the old one
 */

const IsoDateSchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Id = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 });

export const Decision = Type.Object(
  {
    /** The body that decided, e.g. "Politidirektoratet", "Justis- og beredskapsdepartementet", "Stortinget". */
    by: Type.String({ minLength: 1 }),
    date: Type.Union([IsoDateSchema, Type.Null()]),
    /** The document or case reference, e.g. "Innst. 306 S (2014–2015)". */
    reference: Type.Union([Type.String(), Type.Null()]),
    url: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type Decision = Type.Static<typeof Decision>;

/**
 * How exact `effective` is. 'month' and 'year' date the first day of that month or year; 'approximate'
 * is a best estimate with the reason in the note. 'on-or-before' is a bound, not an estimate: the change
 * took effect on this date or at some unknown earlier date — the register knows it was in force from
 * here but not since when (an office that issued passports before the register's first date). A
 * reader shows such a start as «fra ukjent dato, senest …», never as the day it began.
 */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'approximate', 'on-or-before'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

function opsFor<T extends EntityType>(entity: T) {
  const attrs = ATTRS_SCHEMAS[entity];
  const base = { entity: Type.Literal(entity), id: Id };
  return [
    Type.Object({ type: Type.Literal('establish'), ...base, attrs }, { additionalProperties: false }),
    Type.Object({ type: Type.Literal('amend'), ...base, attrs: Type.Partial(attrs) }, { additionalProperties: false }),
    Type.Object(
      { type: Type.Literal('dissolve'), ...base, successorIds: Type.Array(Id) },
      { additionalProperties: false },
    ),
    Type.Object(
      { type: Type.Literal('reestablish'), ...base, attrs: Type.Partial(attrs) },
      { additionalProperties: false },
    ),
    // A decision that keeps something as it is (an office kept in the 2017 local structure, a
    // closure reversed on appeal). It changes no state but belongs in the thing's history.
    Type.Object({ type: Type.Literal('confirm'), ...base }, { additionalProperties: false }),
  ];
}

export const ChangeOp = Type.Union(ENTITY_TYPES.flatMap((e) => opsFor(e)));

/** The typed payload. Written out by hand (not Static) so narrowing on `entity` gives typed attrs. */
export type ChangeOp = {
  [T in EntityType]:
    | { type: 'establish'; entity: T; id: string; attrs: AttrsByType[T] }
    | { type: 'amend'; entity: T; id: string; attrs: Partial<AttrsByType[T]> }
    | { type: 'dissolve'; entity: T; id: string; successorIds: string[] }
    | { type: 'reestablish'; entity: T; id: string; attrs: Partial<AttrsByType[T]> }
    | { type: 'confirm'; entity: T; id: string };
}[EntityType];

const changeFields = {
  id: Type.String({ pattern: '^[a-z0-9][a-z0-9:._-]*$', maxLength: 120 }),
  effective: IsoDateSchema,
  datePrecision: Type.Enum(DATE_PRECISIONS),
  op: ChangeOp,
  decision: Type.Union([Decision, Type.Null()]),
  /** Where the fact comes from: URLs or citations. */
  sources: Type.Array(Type.String({ minLength: 1 })),
  /** 'sourced' when a source states it; 'inferred' when derived (the note says from what). */
  certainty: Type.Union([Type.Literal('sourced'), Type.Literal('inferred')]),
  note: Type.Union([Type.String(), Type.Null()]),
  supersedes: Type.Union([Type.String(), Type.Null()]),
};

/** A change as submitted for recording (before the store gives it a sequence number and a time). */
export const NewChange = Type.Object(changeFields, { additionalProperties: false });

/** A change as recorded in the log. */
export const RecordedChange = Type.Object(
  {
    seq: Type.Integer({ minimum: 1 }),
    recordedAt: Type.String({ description: 'ISO 8601 timestamp (UTC) when the register recorded it' }),
    ...changeFields,
  },
  { additionalProperties: false },
);

interface ChangeBase {
  id: string;
  effective: string;
  datePrecision: DatePrecision;
  op: ChangeOp;
  decision: Decision | null;
  sources: string[];
  certainty: 'sourced' | 'inferred';
  note: string | null;
  supersedes: string | null;
}
export type NewChange = ChangeBase;
export interface RecordedChange extends ChangeBase {
  seq: number;
  recordedAt: string;
}

/** Canonical fold order: by effective date, then by recording order. */
export function compareChanges(a: RecordedChange, b: RecordedChange): number {
  if (a.effective !== b.effective) return a.effective < b.effective ? -1 : 1;
  return a.seq - b.seq;
}
