import type { BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/api/app.js';
import { SEED_DIR } from '../../src/config.js';
import { AppServices } from '../../src/services/app-services.js';
import { ensureSeeded } from '../../src/services/seed.js';
import { openStore } from '../../src/store/open-store.js';
import { ensureWebDist } from './web-dist.js';
import { createTestUsers, TEST_USERS, testPassword, type TestUser } from './test-users.js';

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** Each test user's bearer token. */
  tokens: Record<TestUser, string>;
  /** Signs `who` in over HTTP (POST /api/v1/session, as the sign-in page does) and returns the session cookie's value. */
  signIn(who: TestUser): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real server as `naerpoliti serve` runs it: the API over an SQLite store in a fresh temporary
 * directory, seeded from the committed seed, serving the built web app at `/`, on a free port. The
 * test users exist (test/helpers/test-users.ts), those in `withPasswords` with a password to sign in.
 */
export async function startWebServer(options: { withPasswords?: readonly TestUser[] } = {}): Promise<RunningServer> {
  const webRoot = ensureWebDist();
  const dataDir = mkdtempSync(join(tmpdir(), 'naerpoliti-e2e-'));
  const store = await openStore({ databaseUrl: undefined, dataDir });
  try {
    await ensureSeeded(store, SEED_DIR);
    const tokens = await createTestUsers(store, options.withPasswords ?? []);
    const app = await buildApp({ services: new AppServices({ store, scenarios: store.scenarios, users: store.users }), webRoot, rateLimitPerMinute: null });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo; // listening on TCP, so the address is an AddressInfo
    const url = `http://127.0.0.1:${port}`;
    return {
      url,
      tokens,
      async signIn(who) {
        const response = await fetch(`${url}/api/v1/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: url },
          body: JSON.stringify({ name: TEST_USERS[who].name, password: testPassword(who) }),
        });
        const cookie = /naerpoliti_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
        if (response.status !== 200 || !cookie) throw new Error(`signing in as ${who}: ${response.status} ${await response.text()}`);
        return cookie;
      },
      async close() {
        await app.close();
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
}

/**
 * Puts `who`'s session cookie (signed in over HTTP, as the sign-in page does) into a browser context,
 * replacing whoever was signed in there: the pages then act as that user.
 */
export async function signInBrowser(context: BrowserContext, server: RunningServer, who: TestUser): Promise<void> {
  const value = await server.signIn(who);
  await context.clearCookies();
  await context.addCookies([{ name: 'naerpoliti_session', value, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
}
