import Type from 'typebox';
import { MunicipalityNumberString, Nullable, Slug } from './schema-helpers.js';

/**
 * Who may do what (docs/security.md). Everyone, signed in or not, reads the public register,
 * directory and analyses; these roles are for writes.
 * - planner: drafts and edits scenarios (optionally only in one police district), runs the optimiser;
 * - municipality: a municipality's representative, answers consultations that affect it;
 * - decider: decides and publishes scenarios someone else wrote;
 * - administrator: users, tokens and the audit log.
 */
const ROLES = ['planner', 'municipality', 'decider', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

const RoleSchema = Type.Union([Type.Literal('planner'), Type.Literal('municipality'), Type.Literal('decider'), Type.Literal('administrator')]);

const UserSchema = Type.Object(
  {
    id: Type.Integer({ minimum: 1 }),
    name: Type.String({ minLength: 1, maxLength: 64 }),
    roles: Type.Array(RoleSchema),
    /** Planner limited to this police district (null: every district). */
    districtId: Nullable(Slug),
    /** The municipality a representative speaks for (null for other roles). */
    municipalityNumber: Nullable(MunicipalityNumberString),
    disabled: Type.Boolean(),
    createdAt: Type.String(),
  },
  { $id: 'User', additionalProperties: false },
);
export type User = Type.Static<typeof UserSchema>;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Norwegian names of the roles, for the web app and the CLI. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  planner: 'planlegger',
  municipality: 'kommunens representant',
  decider: 'beslutter',
  administrator: 'administrator',
};

export const SignInBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { $id: 'SignInBody', additionalProperties: false },
);

export const SessionAnswer = Type.Object(
  {
    /** The signed-in user, or null when nobody is. */
    user: Type.Union([UserSchema, Type.Null()]),
    /** How: a browser session or a bearer token; null when nobody is signed in. */
    via: Type.Union([Type.Literal('session'), Type.Literal('token'), Type.Null()]),
    /** When a new session ends (only in the answer to signing in). */
    expiresAt: Type.Optional(Type.String()),
  },
  { $id: 'SessionAnswer', additionalProperties: false },
);
export type SessionAnswer = Type.Static<typeof SessionAnswer>;

export const AUTH_SCHEMAS = [UserSchema, SignInBody, SessionAnswer];
