import type { Kysely } from 'kysely';
import { isRole, type Role, type User } from '../contract/auth.js';
import { StoreError } from './errors.js';
import { insertAudit } from './sql-scenario-store.js';
import type { SqlDatabase } from './sql-database.js';
import type { Tables, UsersTable } from './tables.js';
import { userSubject, type AccessTokenInfo, type NewUser, type UserAudit, type UserPatch, type UserStore } from './user-store.js';
import { timestampProblem } from './validate-change.js';

const NAME = /^[\p{L}\p{N}][\p{L}\p{N}._@-]{0,63}$/u;
const HASH = /^[0-9a-f]{64}$/;
const DISTRICT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MUNICIPALITY = /^\d{4}$/;

/**
 * Users, tokens and sessions over the same SQL database as the change log, one implementation for
 * both engines. Writes run in the database's write transaction, which is what makes max + 1 ids safe
 * and puts each write and its audit entry in one commit.
 */
export class SqlUserStore implements UserStore {
  constructor(
    private readonly sql: SqlDatabase,
    /** The database, or a store.closed error once the owning store is closed. */
    private readonly db: () => Kysely<Tables>,
  ) {}

  async createUser(input: NewUser, options: { at: string; audit: UserAudit }): Promise<User> {
    this.db();
    refuseTime(options.at);
    refuseUser(input.name, input.roles, input.districtId ?? null, input.municipalityNumber ?? null);
    return this.sql.writeTransaction(async (trx) => {
      if (await trx.selectFrom('users').select('id').where('name', '=', input.name).executeTakeFirst()) {
        throw new StoreError('store.duplicate-user', `There is already a user named "${input.name}"`, { name: input.name });
      }
      const row: UsersTable = {
        id: await nextId(trx, 'users'),
        name: input.name,
        roles: JSON.stringify([...input.roles]),
        district_id: input.districtId ?? null,
        municipality_number: input.municipalityNumber ?? null,
        disabled: 0,
        password_hash: input.passwordHash,
        created_at: options.at,
      };
      await trx.insertInto('users').values(row).execute();
      const user = toUser(row);
      await insertAudit(trx, { ...options.audit, action: 'user.add', subject: userSubject(user.name), detail: describe(user) }, options.at);
      return user;
    });
  }

  async updateUser(name: string, patch: UserPatch, options: { at: string; audit: UserAudit; action: string }): Promise<User> {
    this.db();
    refuseTime(options.at);
    return this.sql.writeTransaction(async (trx) => {
      const row = await trx.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
      if (!row) throw new StoreError('store.user-not-found', `There is no user named "${name}"`, { name });
      const before = toUser(row);
      const next: UsersTable = {
        ...row,
        ...(patch.roles !== undefined ? { roles: JSON.stringify([...patch.roles]) } : {}),
        ...(patch.districtId !== undefined ? { district_id: patch.districtId } : {}),
        ...(patch.municipalityNumber !== undefined ? { municipality_number: patch.municipalityNumber } : {}),
        ...(patch.disabled !== undefined ? { disabled: patch.disabled ? 1 : 0 } : {}),
        ...(patch.passwordHash !== undefined ? { password_hash: patch.passwordHash } : {}),
      };
      const after = toUser(next);
      refuseUser(after.name, after.roles, after.districtId, after.municipalityNumber);
      const { id, ...values } = next;
      await trx.updateTable('users').set(values).where('id', '=', id).execute();
      // A disabled user is signed out everywhere at once.
      if (after.disabled) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
      await insertAudit(
        trx,
        { ...options.audit, action: options.action, subject: userSubject(name), detail: { before: describe(before), after: describe(after), passwordChanged: patch.passwordHash !== undefined } },
        options.at,
      );
      return after;
    });
  }

  async getUser(id: number): Promise<User | null> {
    if (!Number.isSafeInteger(id)) return null;
    const row = await this.db().selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async getUserByName(name: string): Promise<User | null> {
    const row = await this.db().selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async credentialsOf(name: string): Promise<{ user: User; passwordHash: string | null } | null> {
    const row = await this.db().selectFrom('users').selectAll().where('name', '=', name).where('disabled', '=', 0).executeTakeFirst();
    return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
  }

  async listUsers(): Promise<User[]> {
    const rows = await this.db().selectFrom('users').selectAll().orderBy('name').execute();
    return rows.map(toUser);
  }

  async createToken(input: { userId: number; tokenHash: string; expiresAt: string | null }, options: { at: string; audit: UserAudit }): Promise<AccessTokenInfo> {
    this.db();
    refuseTime(options.at);
    refuseHash(input.tokenHash);
    if (input.expiresAt !== null) refuseTime(input.expiresAt, 'expiresAt');
    return this.sql.writeTransaction(async (trx) => {
      const owner = await trx.selectFrom('users').select(['id', 'name']).where('id', '=', input.userId).executeTakeFirst();
      if (!owner) throw new StoreError('store.user-not-found', `There is no user ${input.userId}`, { id: input.userId });
      const id = await nextId(trx, 'access_tokens');
      await trx.insertInto('access_tokens').values({ id, user_id: input.userId, token_hash: input.tokenHash, created_at: options.at, expires_at: input.expiresAt }).execute();
      await insertAudit(trx, { ...options.audit, action: 'token.create', subject: userSubject(owner.name), detail: { tokenId: id, expiresAt: input.expiresAt } }, options.at);
      return { id, userId: input.userId, createdAt: options.at, expiresAt: input.expiresAt };
    });
  }

  async userForToken(tokenHash: string, now: string): Promise<User | null> {
    if (!HASH.test(tokenHash)) return null;
    const row = await this.db()
      .selectFrom('access_tokens')
      .innerJoin('users', 'users.id', 'access_tokens.user_id')
      .selectAll('users')
      .where('access_tokens.token_hash', '=', tokenHash)
      .where('users.disabled', '=', 0)
      // ISO timestamps of one form compare as strings.
      .where((eb) => eb.or([eb('access_tokens.expires_at', 'is', null), eb('access_tokens.expires_at', '>', now)]))
      .executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async createSession(input: { idHash: string; userId: number; expiresAt: string }, at: string): Promise<void> {
    this.db();
    refuseTime(at);
    refuseTime(input.expiresAt, 'expiresAt');
    refuseHash(input.idHash);
    await this.sql.writeTransaction(async (trx) => {
      await trx.insertInto('sessions').values({ id_hash: input.idHash, user_id: input.userId, created_at: at, expires_at: input.expiresAt }).execute();
    });
  }

  async userForSession(idHash: string, now: string): Promise<User | null> {
    if (!HASH.test(idHash)) return null;
    const row = await this.db()
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .where('sessions.id_hash', '=', idHash)
      .where('sessions.expires_at', '>', now)
      .where('users.disabled', '=', 0)
      .executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async deleteSession(idHash: string, now: string): Promise<void> {
    this.db();
    await this.sql.writeTransaction(async (trx) => {
      await trx
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('id_hash', '=', idHash), eb('expires_at', '<=', now)]))
        .execute();
    });
  }
}

async function nextId(trx: Kysely<Tables>, table: 'users' | 'access_tokens'): Promise<number> {
  const row = await trx
    .selectFrom(table)
    .select((eb) => eb.fn.max('id').as('max'))
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 1 : Number(row.max) + 1;
}

function toUser(row: UsersTable): User {
  const roles = (JSON.parse(row.roles) as string[]).filter(isRole); // written only from checked role lists
  return {
    id: Number(row.id),
    name: row.name,
    roles,
    districtId: row.district_id,
    municipalityNumber: row.municipality_number,
    disabled: Number(row.disabled) === 1,
    createdAt: row.created_at,
  };
}

/** What the audit log keeps about a user: never the password hash. */
function describe(user: User): Record<string, unknown> {
  return { roles: user.roles, districtId: user.districtId, municipalityNumber: user.municipalityNumber, disabled: user.disabled };
}

function refuseUser(name: string, roles: readonly string[], districtId: string | null, municipalityNumber: string | null): void {
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw new StoreError('store.invalid-user', `user name must be 1–64 letters, digits or . _ - @, starting with a letter or digit (got ${JSON.stringify(name)})`, { field: 'name' });
  }
  if (roles.length === 0 || !roles.every(isRole) || new Set(roles).size !== roles.length) {
    throw new StoreError('store.invalid-user', `user ${name}: roles must be one or more of planner, municipality, decider, administrator, each once (got ${JSON.stringify(roles)})`, { field: 'roles' });
  }
  if (districtId !== null && !DISTRICT.test(districtId)) {
    throw new StoreError('store.invalid-user', `user ${name}: districtId must be a district id such as "vest" (got ${JSON.stringify(districtId)})`, { field: 'districtId' });
  }
  if (municipalityNumber !== null && !MUNICIPALITY.test(municipalityNumber)) {
    throw new StoreError('store.invalid-user', `user ${name}: municipalityNumber must be four digits (got ${JSON.stringify(municipalityNumber)})`, { field: 'municipalityNumber' });
  }
  const isMunicipality = (roles as readonly Role[]).includes('municipality');
  if (isMunicipality !== (municipalityNumber !== null)) {
    throw new StoreError('store.invalid-user', `user ${name}: a municipality representative needs a municipality number, and only a representative has one`, { field: 'municipalityNumber' });
  }
}

function refuseHash(hash: string): void {
  if (!HASH.test(hash)) throw new StoreError('store.invalid-option', 'a token or session hash must be 64 lower-case hex digits (SHA-256)', { option: 'hash' });
}

function refuseTime(at: string, option = 'at'): void {
  const problem = timestampProblem(at);
  if (problem) throw new StoreError('store.invalid-option', `option ${option} ${problem}`, { option });
}
