// Reads the project's road network (data/roads/, built by scripts/build-roads.ts) into a graph and the
// model's network description. I/O at the edge; the parsing itself is the pure CSV parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRoadNetworkCsv } from '../../src/analysis/road-network-files/parse-road-csv.js';
import type { RoadNetworkInfo } from '../../src/analysis/road-travel/road-travel-model.js';
import { buildRoadGraph, type RoadGraph } from '../../src/geo/road-network/road-graph.js';
import type { RoadNetworkData } from '../../src/geo/road-network/road-network-data.js';

export interface LoadedRoadNetwork {
  readonly data: RoadNetworkData;
  readonly graph: RoadGraph;
  readonly info: RoadNetworkInfo;
}

export function loadRoadNetwork(dir: string): LoadedRoadNetwork {
  const nodesFile = join(dir, 'nodes.csv');
  const edgesFile = join(dir, 'edges.csv');
  const parsed = parseRoadNetworkCsv({ nodesText: readFileSync(nodesFile, 'utf8'), nodesFile, edgesText: readFileSync(edgesFile, 'utf8'), edgesFile });
  if (!parsed.ok) throw new Error(parsed.error.map((i) => i.message).join('\n'));
  const meta = JSON.parse(readFileSync(join(dir, 'network.json'), 'utf8')) as { version: string; source: string; credit: string }; // written by build-roads
  return { data: parsed.value, graph: buildRoadGraph(parsed.value), info: { version: meta.version, source: meta.source, credit: meta.credit } };
}
