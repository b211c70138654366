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

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

/**
 * The real server as `naerpoliti serve` runs it: the API over an SQLite store in a fresh temporary
 * directory, seeded from the committed seed, serving the built web app at `/`, on a free port. It
 * listens on a loopback address, so the planner takes writes, as `serve` would there (unless
 * `plannerWrites: false`, to see what a public server's visitors see).
 */
export async function startWebServer(options: { plannerWrites?: boolean } = {}): Promise<RunningServer> {
  const webRoot = ensureWebDist();
  const dataDir = mkdtempSync(join(tmpdir(), 'naerpoliti-e2e-'));
  const store = await openStore({ databaseUrl: undefined, dataDir });
  try {
    await ensureSeeded(store, SEED_DIR);
    const app = await buildApp({ services: new AppServices({ store, scenarios: store.scenarios }), webRoot, rateLimitPerMinute: null, plannerWrites: options.plannerWrites ?? true });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo; // listening on TCP, so the address is an AddressInfo
    return {
      url: `http://127.0.0.1:${port}`,
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
