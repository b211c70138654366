import type { Role, User } from '../../contract/auth.js';
import { DomainError } from '../../domain/errors.js';
import type { AuditOrigin, ScenarioWrites } from '../../store/scenario-store.js';
import type { AccessTokenInfo, UserStore } from '../../store/user-store.js';
import { dummyHash, generatePassword, hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.js';
import { looksLikeSecret, newSessionId, newToken, sha256Hex } from './secrets.js';

/** Who is acting, for the audit log: a signed-in user, or the command line (the operating-system user). */
export interface Acting extends AuditOrigin {
  readonly actor: string;
}

/** How long a browser session lasts without signing in again. */
export const SESSION_HOURS = 12;

export interface NewAccount {
  readonly name: string;
  readonly roles: readonly Role[];
  readonly districtId?: string | null;
  readonly municipalityNumber?: string | null;
  /** The password to set; absent: one is generated and returned once. */
  readonly password?: string;
}

/**
 * Accounts as the CLI and the API use them: adding and disabling users, issuing tokens, signing in
 * and out, and finding who a bearer token or session cookie belongs to. Secrets are made and hashed
 * here; the store only ever sees hashes.
 */
export class AccountService {
  constructor(
    private readonly users: UserStore,
    private readonly audit: Pick<ScenarioWrites, 'recordAudit'>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private timestamp(): string {
    return this.now().toISOString();
  }

  async addUser(input: NewAccount, acting: Acting): Promise<{ user: User; generatedPassword: string | null }> {
    const generated = input.password === undefined ? generatePassword() : null;
    const password = input.password ?? generated!;
    refusePassword(password);
    const user = await this.users.createUser(
      { name: input.name, roles: input.roles, districtId: input.districtId ?? null, municipalityNumber: input.municipalityNumber ?? null, passwordHash: await hashPassword(password) },
      { at: this.timestamp(), audit: acting },
    );
    return { user, generatedPassword: generated };
  }

  listUsers(): Promise<User[]> {
    return this.users.listUsers();
  }

  async disableUser(name: string, acting: Acting): Promise<User> {
    return this.users.updateUser(name, { disabled: true }, { at: this.timestamp(), audit: acting, action: 'user.disable' });
  }

  /** A new personal access token for `name`, shown once; only its hash is kept. */
  async createToken(name: string, expiresAt: string | null, acting: Acting): Promise<{ token: string; info: AccessTokenInfo }> {
    const user = await this.users.getUserByName(name);
    if (!user) throw new DomainError('auth.unknown-user', `There is no user named "${name}"`, { name });
    if (user.disabled) throw new DomainError('auth.user-disabled', `User "${name}" is disabled`, { name });
    if (expiresAt !== null && expiresAt <= this.timestamp()) throw new DomainError('auth.expiry-past', `The expiry ${expiresAt} has passed`, { expiresAt });
    const token = newToken();
    const info = await this.users.createToken({ userId: user.id, tokenHash: sha256Hex(token), expiresAt }, { at: this.timestamp(), audit: acting });
    return { token, info };
  }

  async userForToken(token: string): Promise<User | null> {
    if (!looksLikeSecret(token)) return null;
    return this.users.userForToken(sha256Hex(token), this.timestamp());
  }

  async userForSession(sessionId: string): Promise<User | null> {
    if (!looksLikeSecret(sessionId)) return null;
    return this.users.userForSession(sha256Hex(sessionId), this.timestamp());
  }

  /**
   * Checks a name and password and opens a session; null (and an audited failed sign-in) when they
   * do not match an enabled user. An unknown name costs as much time as a wrong password, so the
   * answer's timing does not tell which names exist.
   */
  async signIn(name: string, password: string, clientAddress: string | null): Promise<{ user: User; sessionId: string; expiresAt: string } | null> {
    const at = this.timestamp();
    const found = name.length <= 64 ? await this.users.credentialsOf(name) : null;
    const ok = await verifyPassword(password, found?.passwordHash ?? (await dummyHash()));
    if (!found || !found.passwordHash || !ok) {
      await this.audit.recordAudit(
        { actor: found ? found.user.name : 'anonym', userId: found?.user.id ?? null, clientAddress, action: 'session.failed', subject: `user:${name.slice(0, 64)}`, detail: null },
        at,
      );
      return null;
    }
    const sessionId = newSessionId();
    const expiresAt = new Date(this.now().getTime() + SESSION_HOURS * 3600_000).toISOString();
    await this.users.createSession({ idHash: sha256Hex(sessionId), userId: found.user.id, expiresAt }, at);
    await this.audit.recordAudit({ actor: found.user.name, userId: found.user.id, clientAddress, action: 'session.create', subject: `user:${found.user.name}`, detail: null }, at);
    return { user: found.user, sessionId, expiresAt };
  }

  async signOut(sessionId: string, user: User, clientAddress: string | null): Promise<void> {
    const at = this.timestamp();
    await this.users.deleteSession(sha256Hex(sessionId), at);
    await this.audit.recordAudit({ actor: user.name, userId: user.id, clientAddress, action: 'session.delete', subject: `user:${user.name}`, detail: null }, at);
  }
}

function refusePassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new DomainError('auth.weak-password', `A password must have ${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters`, { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH });
  }
}
