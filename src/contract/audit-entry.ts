import Type from 'typebox';

/** One line of the append-only audit log: who did what to which object, and when. */
export const AuditEntry = Type.Object(
  {
    id: Type.Integer({ minimum: 1 }),
    /** ISO 8601 UTC timestamp, e.g. 2024-05-01T12:00:00.000Z. */
    at: Type.String(),
    actor: Type.String(),
    /** "scenario.create", "scenario.add-change", "scenario.publish", … */
    action: Type.String(),
    /** What it was done to: "scenario:3". */
    subject: Type.String(),
    detail: Type.Unknown(),
  },
  { additionalProperties: false },
);
export type AuditEntry = Type.Static<typeof AuditEntry>;
