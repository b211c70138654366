import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Type from 'typebox';
import { Compile } from 'typebox/compile';
import { parseRoadNetworkCsv } from '../../analysis/road-network-files/parse-road-csv.js';
import { roadNetworkTravel, type RoadNetworkInfo } from '../../analysis/road-travel/road-travel-model.js';
import type { TravelModel } from '../../analysis/travel-model.js';
import type { CircuityTable } from '../../analysis/circuity-table.js';
import { buildRoadGraph, type RoadGraph } from '../../geo/road-network/road-graph.js';
import type { RoadNetworkData } from '../../geo/road-network/road-network-data.js';
import { DomainError } from '../../domain/errors.js';
import { Lru } from '../../shared/lru.js';
import type { StoredRoadNetwork } from '../../store/road-network-store.js';

/** A road network ready to route on, with what must be said about it. */
export interface LoadedRoadNetwork {
  readonly data: RoadNetworkData;
  readonly graph: RoadGraph;
  readonly info: RoadNetworkInfo;
  /** The data's terms in full (network.json's `terms`, or an import's). */
  readonly terms: string;
  /** Road km ÷ straight km by distance band measured on this network, when known (the estimated model's circuity). */
  readonly circuity: CircuityTable | null;
}

const checkMeta = Compile(Type.Object({ version: Type.String({ minLength: 1 }), source: Type.String({ minLength: 1 }), credit: Type.String({ minLength: 1 }), terms: Type.Optional(Type.String()) }));
const checkCircuity = Compile(Type.Object({
  table: Type.Object({ source: Type.String(), bands: Type.Array(Type.Object({ fromKm: Type.Number(), toKm: Type.Union([Type.Number(), Type.Null()]), factor: Type.Number() })) }),
}));

/**
 * The project's road network as `npm run build:roads` writes it (nodes.csv, edges.csv, network.json,
 * circuity.json), or null when the folder has none (a checkout without road data: the estimated model
 * is then the default). A folder that has the files but cannot be read is an error, not a silent null.
 */
export function loadRoadNetworkDir(dir: string): LoadedRoadNetwork | null {
  const metaFile = join(dir, 'network.json');
  if (!existsSync(metaFile)) return null;
  const meta: unknown = JSON.parse(readFileSync(metaFile, 'utf8'));
  if (!checkMeta.Check(meta)) throw new DomainError('analysis.road-network', `${metaFile}: needs version, source and credit as text`);
  const nodesFile = join(dir, 'nodes.csv');
  const edgesFile = join(dir, 'edges.csv');
  const parsed = parseRoadNetworkCsv({ nodesText: readFileSync(nodesFile, 'utf8'), nodesFile, edgesText: readFileSync(edgesFile, 'utf8'), edgesFile });
  if (!parsed.ok) throw new DomainError('analysis.road-network', parsed.error.slice(0, 5).map((i) => i.message).join('; '));
  const circuityFile = join(dir, 'circuity.json');
  let circuity: CircuityTable | null = null;
  if (existsSync(circuityFile)) {
    const c: unknown = JSON.parse(readFileSync(circuityFile, 'utf8'));
    if (!checkCircuity.Check(c)) throw new DomainError('analysis.road-network', `${circuityFile}: has no circuity table`);
    circuity = c.table;
  }
  return {
    data: parsed.value,
    graph: buildRoadGraph(parsed.value),
    info: { version: meta.version, source: meta.source, credit: meta.credit },
    terms: meta.terms ?? meta.credit,
    circuity,
  };
}

/** A network imported into the store, parsed back from its CSV texts (validated on import). */
export function loadStoredRoadNetwork(stored: StoredRoadNetwork): LoadedRoadNetwork {
  const file = `road_networks ${stored.version}`;
  const parsed = parseRoadNetworkCsv({ nodesText: stored.nodesCsv, nodesFile: `${file} nodes`, edgesText: stored.edgesCsv, edgesFile: `${file} edges` });
  if (!parsed.ok) throw new DomainError('analysis.road-network', parsed.error.slice(0, 5).map((i) => i.message).join('; '));
  return {
    data: parsed.value,
    graph: buildRoadGraph(parsed.value),
    info: { version: stored.version, source: stored.source, credit: stored.terms },
    terms: stored.terms,
    // Circuity is measured by the data build on the project's own network; an import has none yet.
    circuity: null,
  };
}

/**
 * The road network the travel models route on, loaded once, and the road models built on it. A road
 * model caches one shortest-path tree per office (its matrix rows), so one instance per network
 * version and fallback is kept and shared by every answer: the national matrix is built once, and a
 * scenario's or the optimiser's offices reuse the trees of the offices they share.
 */
export class RoadNetworks {
  private loaded: LoadedRoadNetwork | null | undefined;
  private stored: StoredRoadNetwork | null = null;
  private readonly models = new Lru<string, TravelModel>(8);

  constructor(private readonly load: () => LoadedRoadNetwork | null) {}

  /** The current network (the newest imported, else the project's), or null when there is none. */
  current(): LoadedRoadNetwork | null {
    if (this.loaded === undefined) this.loaded = this.stored ? loadStoredRoadNetwork(this.stored) : this.load();
    return this.loaded;
  }

  /**
   * Route on a network imported into the store from now on (parsed on first use). The newest import
   * replaces the project's own network; the same version again changes nothing.
   */
  useStored(stored: StoredRoadNetwork): void {
    if (this.stored?.version === stored.version) return;
    this.stored = stored;
    this.loaded = undefined;
  }

  /** The road model on `network` with `fallback` for the points it cannot route, shared per version and fallback. */
  model(network: LoadedRoadNetwork, fallback: TravelModel): TravelModel {
    const key = JSON.stringify([network.info.version, fallback.id, fallback.params]);
    return this.models.getOrBuild(key, () => roadNetworkTravel(network.graph, network.info, {}, fallback));
  }
}
