import type { Kysely } from 'kysely';
import { StoreError } from './errors.js';
import type { SqlDatabase } from './sql-database.js';
import type { RoadNetworksTable, Tables } from './tables.js';

/** What is said about an imported road network: shown in the app's credits and every road answer. */
export interface StoredRoadNetworkInfo {
  readonly id: number;
  readonly version: string;
  readonly source: string;
  readonly terms: string;
  readonly format: string;
  readonly fileName: string;
  readonly importedAt: string;
  readonly counts: Readonly<Record<string, number>>;
}

/** A stored network with its data, as the project's road CSV (nodes.csv and edges.csv texts). */
export interface StoredRoadNetwork extends StoredRoadNetworkInfo {
  readonly nodesCsv: string;
  readonly edgesCsv: string;
}

export type NewRoadNetwork = Omit<StoredRoadNetwork, 'id'>;

/** The port: imported road networks beside the change log, in the same database. */
export interface RoadNetworkStore {
  /** Stores a network under a new version; a version already stored is refused (`store.duplicate-version`). */
  saveRoadNetwork(network: NewRoadNetwork): Promise<StoredRoadNetworkInfo>;
  /** The most recently imported network, or null when none was imported. */
  latestRoadNetwork(): Promise<StoredRoadNetwork | null>;
  /** Every imported network without its data, newest first. */
  listRoadNetworks(): Promise<StoredRoadNetworkInfo[]>;
}

/** Both engines through one kysely implementation; a save is one insert in the write transaction. */
export class SqlRoadNetworkStore implements RoadNetworkStore {
  constructor(
    private readonly sql: SqlDatabase,
    private readonly db: () => Kysely<Tables>,
  ) {}

  async saveRoadNetwork(network: NewRoadNetwork): Promise<StoredRoadNetworkInfo> {
    this.db();
    return this.sql.writeTransaction(async (trx) => {
      const same = await trx.selectFrom('road_networks').select('id').where('version', '=', network.version).executeTakeFirst();
      if (same) throw new StoreError('store.duplicate-version', `road network version ${network.version} is already stored`, { version: network.version });
      const row = await trx
        .selectFrom('road_networks')
        .select((eb) => eb.fn.max('id').as('max'))
        .executeTakeFirst();
      const id = row?.max === null || row?.max === undefined ? 1 : Number(row.max) + 1;
      await trx
        .insertInto('road_networks')
        .values({
          id,
          version: network.version,
          source: network.source,
          terms: network.terms,
          format: network.format,
          file_name: network.fileName,
          imported_at: network.importedAt,
          counts: JSON.stringify(network.counts),
          nodes_csv: network.nodesCsv,
          edges_csv: network.edgesCsv,
        })
        .execute();
      return infoOf({ id, version: network.version, source: network.source, terms: network.terms, format: network.format, file_name: network.fileName, imported_at: network.importedAt, counts: JSON.stringify(network.counts) });
    });
  }

  async latestRoadNetwork(): Promise<StoredRoadNetwork | null> {
    const row = await this.db().selectFrom('road_networks').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
    return row ? { ...infoOf(row), nodesCsv: row.nodes_csv, edgesCsv: row.edges_csv } : null;
  }

  async listRoadNetworks(): Promise<StoredRoadNetworkInfo[]> {
    const rows = await this.db()
      .selectFrom('road_networks')
      .select(['id', 'version', 'source', 'terms', 'format', 'file_name', 'imported_at', 'counts'])
      .orderBy('id', 'desc')
      .execute();
    return rows.map(infoOf);
  }
}

function infoOf(row: Omit<RoadNetworksTable, 'nodes_csv' | 'edges_csv'>): StoredRoadNetworkInfo {
  // Written by saveRoadNetwork from a plain record of numbers.
  const counts = JSON.parse(row.counts) as Record<string, number>;
  return { id: Number(row.id), version: row.version, source: row.source, terms: row.terms, format: row.format, fileName: row.file_name, importedAt: row.imported_at, counts };
}
