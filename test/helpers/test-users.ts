import type { Role } from '../../src/contract/auth.js';
import { AccountService } from '../../src/services/auth/account-service.js';
import type { SqlChangeLogStore } from '../../src/store/sql-change-log.js';

/** The people the API and browser tests act as: one per role, plus a second planner and a municipality's representative. */
export const TEST_USERS = {
  planner: { name: 'kari', roles: ['planner'] as Role[] },
  planner2: { name: 'per', roles: ['planner'] as Role[] },
  planner3: { name: 'ola', roles: ['planner'] as Role[] },
  decider: { name: 'dina', roles: ['decider'] as Role[] },
  administrator: { name: 'ada', roles: ['administrator'] as Role[] },
  /** Alta (5601), in Finnmark. */
  municipality: { name: 'alta', roles: ['municipality'] as Role[], municipalityNumber: '5601' },
} as const;
export type TestUser = keyof typeof TEST_USERS;

/** The password each test user gets when passwords are asked for (long enough for the rule). */
export const testPassword = (who: TestUser): string => `${TEST_USERS[who].name}-passord-123`;

/**
 * Creates the test users through the store's account service (as `naerpoliti user add` does) and
 * gives each a personal access token. Passwords cost a scrypt hash each (about half a second here),
 * so only the users in `withPasswords` get one.
 */
export async function createTestUsers(store: SqlChangeLogStore, withPasswords: readonly TestUser[] = []): Promise<Record<TestUser, string>> {
  const accounts = new AccountService(store.users, store.scenarios);
  const tokens = {} as Record<TestUser, string>; // filled for every key just below
  for (const [who, u] of Object.entries(TEST_USERS) as [TestUser, (typeof TEST_USERS)[TestUser]][]) {
    const acting = { actor: 'test' };
    if (withPasswords.includes(who)) {
      await accounts.addUser({ name: u.name, roles: u.roles, municipalityNumber: 'municipalityNumber' in u ? u.municipalityNumber : null, password: testPassword(who) }, acting);
    } else {
      await store.users.createUser({ name: u.name, roles: u.roles, municipalityNumber: 'municipalityNumber' in u ? u.municipalityNumber : null, passwordHash: null }, { at: new Date().toISOString(), audit: acting });
    }
    tokens[who] = (await accounts.createToken(u.name, null, acting)).token;
  }
  return tokens;
}
