import type { Role, User } from '../contract/auth.js';
import type { AuditOrigin } from './scenario-store.js';

/**
 * The port for accounts: users with roles, their personal access tokens and browser sessions, over
 * the same database as the change log (sql-user-store.ts). Secrets never reach it: it keeps the
 * password hash it is given (scrypt, made by services/auth/passwords.ts) and the SHA-256 of tokens
 * and session ids, and finds a user by such a hash. Every change to a user or a token is recorded in
 * the audit log in the same transaction.
 */

export interface NewUser {
  readonly name: string;
  readonly roles: readonly Role[];
  readonly districtId?: string | null;
  readonly municipalityNumber?: string | null;
  /** Encoded scrypt hash with its salt and parameters, or null: the user signs in with tokens only. */
  readonly passwordHash: string | null;
}

export interface UserPatch {
  readonly roles?: readonly Role[];
  readonly districtId?: string | null;
  readonly municipalityNumber?: string | null;
  readonly disabled?: boolean;
  readonly passwordHash?: string | null;
}

/** Who asked for a write, for its audit entry: the acting user's name (and id, address when known). */
export interface UserAudit extends AuditOrigin {
  readonly actor: string;
}

export interface AccessTokenInfo {
  readonly id: number;
  readonly userId: number;
  readonly createdAt: string;
  readonly expiresAt: string | null;
}

export interface UserStore {
  /** A new user; refused (store.duplicate-user) when the name is taken. Records "user.add". */
  createUser(input: NewUser, options: { at: string; audit: UserAudit }): Promise<User>;
  /** Changes a user (roles, binding, disabled, password); store.user-not-found when there is none. Records `action`. */
  updateUser(name: string, patch: UserPatch, options: { at: string; audit: UserAudit; action: string }): Promise<User>;
  getUser(id: number): Promise<User | null>;
  getUserByName(name: string): Promise<User | null>;
  /** The stored password hash of an enabled user, with the user; null when there is no such user or it is disabled. */
  credentialsOf(name: string): Promise<{ user: User; passwordHash: string | null } | null>;
  /** Every user, by name. */
  listUsers(): Promise<User[]>;

  /** Keeps a token's hash for `userId`; records "token.create" (never the hash). */
  createToken(input: { userId: number; tokenHash: string; expiresAt: string | null }, options: { at: string; audit: UserAudit }): Promise<AccessTokenInfo>;
  /** The enabled user owning an unexpired token with this hash at `now`, else null. */
  userForToken(tokenHash: string, now: string): Promise<User | null>;

  createSession(input: { idHash: string; userId: number; expiresAt: string }, at: string): Promise<void>;
  /** The enabled user of an unexpired session with this id hash at `now`, else null. */
  userForSession(idHash: string, now: string): Promise<User | null>;
  /** Ends a session (signing out); also drops every session expired at `now`. */
  deleteSession(idHash: string, now: string): Promise<void>;
}

export const userSubject = (name: string): string => `user:${name}`;
