import { SEED_DIR, resolveDataDir } from '../config.js';
import { AppServices } from '../services/app-services.js';
import { ensureSeeded } from '../services/seed.js';
import { openStore } from '../store/open-store.js';
import type { SqlChangeLogStore } from '../store/sql-change-log.js';

export interface GlobalOptions {
  dataDir?: string;
}

export interface CliContext {
  /** The change log, and scenarios and the audit log in the same database. */
  store: SqlChangeLogStore;
  /** The application services over it: the same composition root the server uses. */
  services: AppServices;
  close(): Promise<void>;
}

/**
 * Opens the store the command works on (PostgreSQL when DATABASE_URL is set, else the embedded
 * SQLite file under the data directory), seeding it on first use unless the command asks not to
 * (import wants an empty store).
 */
export async function openContext(options: GlobalOptions, { seed = true, log = (line: string) => console.error(line) } = {}): Promise<CliContext> {
  const dataDir = resolveDataDir(options.dataDir);
  const store = await openStore({ databaseUrl: process.env.DATABASE_URL, dataDir });
  try {
    if (seed) {
      const result = await ensureSeeded(store, SEED_DIR);
      if (result.seeded) log(`Opprettet registeret i ${store.description} med ${result.changes} endringer fra data/register/changes.json`);
    }
  } catch (e) {
    await store.close();
    throw e;
  }
  const services = new AppServices({ store, scenarios: store.scenarios, roadNetworks: store.roadNetworks, users: store.users });
  try {
    await services.prepareRoadNetwork();
  } catch (e) {
    await store.close();
    throw e;
  }
  return { store, services, close: () => store.close() };
}
