import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type AppOptions } from '../../src/api/app.js';
import { SEED_DIR } from '../../src/config.js';
import { AppServices } from '../../src/services/app-services.js';
import type { ScenarioStore } from '../../src/store/scenario-store.js';
import { ensureSeeded } from '../../src/services/seed.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { SqlChangeLogStore } from '../../src/store/sql-change-log.js';
import { createTestUsers, type TestUser } from './test-users.js';

export interface TestApp {
  app: FastifyInstance;
  store: SqlChangeLogStore;
  /** GET `url`: a path under /api/v1 ("/districts"), or an absolute one ("/api/docs", "/health"). */
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  /**
   * Any method, with a JSON body when one is given (a path under /api/v1, as for `get`), as the
   * planner (kari's bearer token) unless `headers` has its own `authorization` ('' sends none).
   */
  send(method: 'POST' | 'PATCH' | 'DELETE' | 'PUT', url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  /** Each test user's bearer token (test/helpers/test-users.ts). */
  tokens: Record<TestUser, string>;
  /** `Authorization: Bearer …` for a test user. */
  as(who: TestUser): Record<string, string>;
  close(): Promise<void>;
}

/**
 * The real app over a real SQLite store in a fresh temp directory, seeded from the committed seed
 * (data/register/changes.json), as `serve` builds it. Rate limiting is off unless asked for, since
 * a test file sends far more requests than a person would. The planner has the store's scenarios,
 * and the test users (one per role) exist with tokens, created through the store. Close it in `after`.
 */
export async function startTestApp(options: Partial<Omit<AppOptions, 'services'>> & { scenarios?: ScenarioStore | null } = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'naerpoliti-api-'));
  const store = await openSqliteStore(dir);
  await ensureSeeded(store, SEED_DIR);
  const { scenarios = store.scenarios, ...appOptions } = options;
  const tokens = await createTestUsers(store);
  const app = await buildApp({ services: new AppServices({ store, scenarios, users: store.users }), rateLimitPerMinute: null, ...appOptions });
  const as = (who: TestUser) => ({ authorization: `Bearer ${tokens[who]}` });
  const withAuth = (headers: Record<string, string>) => {
    if (headers['authorization'] === undefined) return { ...as('planner'), ...headers };
    if (headers['authorization'] !== '') return headers;
    const { authorization: _, ...rest } = headers;
    return rest;
  };
  const path = (url: string) => (url.startsWith('/api/') || url === '/health' ? url : `/api/v1${url}`);
  await app.ready();
  return {
    app,
    store,
    get(url, headers = {}) {
      return app.inject({ method: 'GET', url: path(url), headers } satisfies InjectOptions);
    },
    tokens,
    as,
    send(method, url, body, given = {}) {
      const headers = withAuth(given);
      const payload = body === undefined ? {} : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } };
      return app.inject({ method, url: path(url), headers, ...payload } satisfies InjectOptions);
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
