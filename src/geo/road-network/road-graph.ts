import { assertRoadNetworkData, type RoadNetworkData } from './road-network-data.js';

/**
 * A road network as a graph on flat typed arrays, for shortest paths over a whole country without
 * one object per node or edge.
 *
 * Adjacency is CSR (compressed sparse row): the arcs leaving node u are `offsets[u] … offsets[u+1]-1`,
 * arc a goes to `targets[a]`, costs `arcMinutes[a]` minutes and `arcKm[a]` km and belongs to edge
 * `arcEdge[a]`. Every undirected edge is two arcs, one each way, with the same cost.
 *
 * Units: coordinates WGS84 degrees; lengths km; times minutes (ferry minutes include their wait).
 * Float32 for the per-arc costs halves the memory; 24 bits is far finer than any road time.
 */
export interface RoadGraph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** WGS84 latitude per node, degrees. */
  readonly nodeLat: Float64Array;
  /** WGS84 longitude per node, degrees. */
  readonly nodeLon: Float64Array;
  /** CSR row starts, length nodeCount + 1. */
  readonly offsets: Int32Array;
  /** Head node of each arc, length 2 × edgeCount. */
  readonly targets: Int32Array;
  /** Edge of each arc. */
  readonly arcEdge: Int32Array;
  /** Minutes per arc (the edge's minutes). */
  readonly arcMinutes: Float32Array;
  /** Km per arc (the edge's length). */
  readonly arcKm: Float32Array;
  /** Per edge: its two end nodes, as in the source list (fraction 0 is at `edgeFrom`). */
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  /** Per edge: minutes (ferry wait included), km, wait minutes, ferry flag, road class, motorway flag. */
  readonly edgeMinutes: Float32Array;
  readonly edgeKm: Float32Array;
  readonly edgeWaitMinutes: Float32Array;
  readonly edgeFerry: Uint8Array;
  readonly edgeClass: Uint8Array;
  readonly edgeMotorway: Uint8Array;
  /**
   * Connected component per node, numbered by size: 0 is the largest (ties: the one holding the
   * lowest node index first). Ferries count as links.
   */
  readonly component: Int32Array;
  /** Nodes per component, by component number (so descending). */
  readonly componentSizes: Int32Array;
}

/** Builds the CSR graph from a validated node/edge list (checked again here: a bad list throws `geo.road-network`). */
export function buildRoadGraph(data: RoadNetworkData): RoadGraph {
  assertRoadNetworkData(data);
  const n = data.nodeLat.length;
  const m = data.edgeFrom.length;
  const degree = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    degree[data.edgeFrom[e]]++;
    degree[data.edgeTo[e]]++;
  }
  const offsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) offsets[u + 1] = offsets[u] + degree[u];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(2 * m);
  const arcEdge = new Int32Array(2 * m);
  const arcMinutes = new Float32Array(2 * m);
  const arcKm = new Float32Array(2 * m);
  // Arcs in edge order within each row, so the graph is the same for the same list.
  for (let e = 0; e < m; e++) {
    const a = data.edgeFrom[e];
    const b = data.edgeTo[e];
    for (const [u, v] of [
      [a, b],
      [b, a],
    ]) {
      const k = fill[u]++;
      targets[k] = v;
      arcEdge[k] = e;
      arcMinutes[k] = data.edgeMinutes[e];
      arcKm[k] = data.edgeKm[e];
    }
  }
  const { component, componentSizes } = connectedComponents(n, offsets, targets);
  return {
    nodeCount: n,
    edgeCount: m,
    nodeLat: data.nodeLat,
    nodeLon: data.nodeLon,
    offsets,
    targets,
    arcEdge,
    arcMinutes,
    arcKm,
    edgeFrom: data.edgeFrom,
    edgeTo: data.edgeTo,
    edgeMinutes: Float32Array.from(data.edgeMinutes),
    edgeKm: Float32Array.from(data.edgeKm),
    edgeWaitMinutes: Float32Array.from(data.edgeWaitMinutes),
    edgeFerry: data.edgeFerry,
    edgeClass: data.edgeClass,
    edgeMotorway: data.edgeMotorway,
    component,
    componentSizes,
  };
}

/** Components by breadth-first search with an array queue, renumbered largest first. */
function connectedComponents(n: number, offsets: Int32Array, targets: Int32Array): { component: Int32Array; componentSizes: Int32Array } {
  const raw = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (raw[s] !== -1) continue;
    const c = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    raw[s] = c;
    while (head < tail) {
      const u = queue[head++];
      for (let a = offsets[u]; a < offsets[u + 1]; a++) {
        const v = targets[a];
        if (raw[v] === -1) {
          raw[v] = c;
          queue[tail++] = v;
        }
      }
    }
    sizes.push(tail);
  }
  // Raw numbers follow the lowest node index, so a stable sort by size keeps that as the tie-break.
  const order = sizes.map((_, c) => c).sort((x, y) => sizes[y] - sizes[x]);
  const renumber = new Int32Array(sizes.length);
  order.forEach((c, rank) => {
    renumber[c] = rank;
  });
  const component = new Int32Array(n);
  for (let u = 0; u < n; u++) component[u] = renumber[raw[u]];
  return { component, componentSizes: Int32Array.from(order, (c) => sizes[c]) };
}

/** Edge counts of a graph, for summaries and tests. */
export function roadGraphSummary(graph: RoadGraph): { nodes: number; edges: number; roadEdges: number; ferryEdges: number; components: number; largestComponent: number } {
  let ferries = 0;
  for (let e = 0; e < graph.edgeCount; e++) ferries += graph.edgeFerry[e];
  return {
    nodes: graph.nodeCount,
    edges: graph.edgeCount,
    roadEdges: graph.edgeCount - ferries,
    ferryEdges: ferries,
    components: graph.componentSizes.length,
    largestComponent: graph.componentSizes[0] ?? 0,
  };
}
