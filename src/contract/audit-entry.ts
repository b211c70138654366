import Type from 'typebox';

const NullableInteger = Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]);

/** One line of the append-only audit log: who did what to which object, when and from where. */
export const AuditEntry = Type.Object(
  {
    id: Type.Integer({ minimum: 1 }),
    /** ISO 8601 UTC timestamp, e.g. 2024-05-01T12:00:00.000Z. */
    at: Type.String(),
    /** The user's name (or, for entries written before accounts existed, what the writer called itself). */
    actor: Type.String(),
    /** The signed-in user's id; null for the command line's own system actions and failed sign-ins by unknown names. */
    userId: NullableInteger,
    /** "scenario.create", "scenario.add-change", "scenario.publish", "POST /api/v1/session", … */
    action: Type.String(),
    /** What it was done to: "scenario:3", "user:kari". */
    subject: Type.String(),
    /** The object's revision before and after the write, where it has one. */
    beforeRevision: NullableInteger,
    afterRevision: NullableInteger,
    /** The client's address (behind a trusted proxy, the one it forwarded); null for the command line. */
    clientAddress: Type.Union([Type.String(), Type.Null()]),
    detail: Type.Unknown(),
  },
  { additionalProperties: false },
);
export type AuditEntry = Type.Static<typeof AuditEntry>;
