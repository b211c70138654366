import { SEED_DIR, resolveDataDir } from '../config.js';
import { AppServices } from '../services/app-services.js';
import { seedStore, storeState, type StoreState } from '../services/seed.js';
import { openStore } from '../store/open-store.js';
import type { SqlChangeLogStore } from '../store/sql-change-log.js';
import { CliError } from './errors.js';
import { plural } from './wording.js';

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
 * What the command needs of the store: `read` (every reading or editing command) a register that is
 * there; `serve` the same, but a truly new store is seeded first (the one first-start step); `fill`
 * (init, import) takes the store as it is and decides itself; `any` (user, token, audit, network
 * import) needs no register at all, so the first administrator or a road network can be added before
 * or after the first start.
 */
export type StoreNeed = 'read' | 'serve' | 'fill' | 'any';

/** The one-line answer when a store holds no register, saying why and what to run. */
function emptyStoreMessage(description: string, state: Exclude<StoreState, { kind: 'ready' }>): string {
  const remedy = 'kjør «naerpoliti init» for å fylle det med det innebygde registeret, eller «naerpoliti import <mappe>» for en eksport';
  if (state.kind === 'new') return `registeret i ${description} er tomt; ${remedy}`;
  return `registeret i ${description} er halvveis opprettet: innlastingen av ${state.source || 'en endringslogg'} startet ${state.at} ble avbrutt, og ingen endringer er lagret; ${remedy}`;
}

/**
 * Opens the store the command works on (PostgreSQL when DATABASE_URL is set, else the embedded
 * SQLite file under the data directory). Reading commands never fill it: an empty or half-created
 * store is reported instead, so that an interrupted import is noticed rather than papered over.
 */
export async function openContext(options: GlobalOptions, { need = 'read' as StoreNeed, log = (line: string) => console.error(line) } = {}): Promise<CliContext> {
  const dataDir = resolveDataDir(options.dataDir);
  const store = await openStore({ databaseUrl: process.env.DATABASE_URL, dataDir });
  try {
    if (need !== 'fill' && need !== 'any') {
      const state = await storeState(store);
      if (state.kind === 'new' && need === 'serve') {
        const result = await seedStore(store, SEED_DIR);
        log(`Opprettet registeret i ${store.description} med ${plural(result.changes, 'endring', 'endringer')} fra data/register/changes.json`);
      } else if (state.kind !== 'ready') {
        throw new CliError(emptyStoreMessage(store.description, state));
      }
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
