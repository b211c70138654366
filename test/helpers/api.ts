import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type AppOptions } from '../../src/api/app.js';
import { SEED_DIR } from '../../src/config.js';
import { RegisterService } from '../../src/services/register-service.js';
import { ensureSeeded } from '../../src/services/seed.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { ChangeLogStore } from '../../src/store/store.js';

export interface TestApp {
  app: FastifyInstance;
  store: ChangeLogStore;
  /** GET `url`: a path under /api/v1 ("/districts"), or an absolute one ("/api/docs", "/health"). */
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * The real app over a real SQLite store in a fresh temp directory, seeded from the committed seed
 * (data/register/changes.json), as `serve` builds it. Rate limiting is off unless asked for, since
 * a test file sends far more requests than a person would. Close it in `after`.
 */
export async function startTestApp(options: Partial<Omit<AppOptions, 'service'>> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'naerpoliti-api-'));
  const store = await openSqliteStore(dir);
  await ensureSeeded(store, SEED_DIR);
  const app = await buildApp({ service: new RegisterService(store), rateLimitPerMinute: null, ...options });
  await app.ready();
  return {
    app,
    store,
    get(url, headers = {}) {
      const absolute = url.startsWith('/api/') || url === '/health';
      return app.inject({ method: 'GET', url: absolute ? url : `/api/v1${url}`, headers } satisfies InjectOptions);
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
