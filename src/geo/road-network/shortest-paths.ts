import { DomainError } from '../../domain/errors.js';
import { IndexedMinHeap } from './min-heap.js';
import type { RoadGraph } from './road-graph.js';

/** Where a search starts: nodes with the cost already spent to reach them (e.g. part of an edge). */
export interface PathSources {
  readonly nodes: ArrayLike<number>;
  /** Cost at each source node, in the unit of the weights (minutes or km). */
  readonly costs: ArrayLike<number>;
}

export interface ShortestPathOptions {
  /** Which arc cost to add up: `minutes` (default; ferry waits included) or `km`. */
  readonly weight?: 'minutes' | 'km';
  /**
   * Stop once every node within this cost is settled; nodes beyond it read Infinity (not their
   * tentative cost), so a bounded answer never claims a cost it has not proved. Default: no bound.
   */
  readonly maxCost?: number;
}

/**
 * Single-source (or multi-source) Dijkstra over the CSR graph with an indexed binary heap. Reusable:
 * one instance per graph keeps its heap and settled flags between runs, so a national matrix of
 * hundreds of searches allocates only the answers.
 */
export class ShortestPaths {
  private readonly heap: IndexedMinHeap;
  private readonly settled: Uint8Array;
  /** Float64 tentative costs, whatever `out` is: rounding to Float32 while relaxing would compound. */
  private readonly tentative: Float64Array;

  constructor(private readonly graph: RoadGraph) {
    this.heap = new IndexedMinHeap(graph.nodeCount);
    this.settled = new Uint8Array(graph.nodeCount);
    this.tentative = new Float64Array(graph.nodeCount);
  }

  /**
   * Least cost from the sources to every node (Infinity where unreachable or beyond `maxCost`). Writes
   * into `out` when given (length nodeCount), else into a new Float64Array.
   */
  run(sources: PathSources, options: ShortestPathOptions = {}, out?: Float64Array | Float32Array): Float64Array | Float32Array {
    const g = this.graph;
    const n = g.nodeCount;
    const dist = out ?? new Float64Array(n);
    if (dist.length !== n) throw new DomainError('geo.invalid-argument', `ShortestPaths.run: out has ${dist.length} entries, the graph ${n} nodes`);
    const weights = options.weight === 'km' ? g.arcKm : g.arcMinutes;
    const maxCost = options.maxCost ?? Infinity;
    if (!(maxCost >= 0)) throw new DomainError('geo.invalid-argument', `ShortestPaths.run: maxCost must be ≥ 0, got ${maxCost}`);
    dist.fill(Infinity);
    this.settled.fill(0);
    this.heap.clear();
    const tentative = this.tentative.fill(Infinity);
    for (let k = 0; k < sources.nodes.length; k++) {
      const s = sources.nodes[k];
      const c = sources.costs[k];
      if (!(s >= 0 && s < n)) throw new DomainError('geo.invalid-argument', `ShortestPaths.run: source node ${s} is not in the graph (0…${n - 1})`);
      if (!(c >= 0)) throw new DomainError('geo.invalid-argument', `ShortestPaths.run: source cost ${c} at node ${s} must be ≥ 0`);
      if (c < tentative[s]) {
        tentative[s] = c;
        this.heap.pushOrDecrease(s, c);
      }
    }
    const { offsets, targets } = g;
    while (this.heap.size > 0) {
      if (this.heap.peekKey() > maxCost) break;
      const u = this.heap.pop();
      this.settled[u] = 1;
      const du = tentative[u];
      dist[u] = du;
      for (let a = offsets[u]; a < offsets[u + 1]; a++) {
        const v = targets[a];
        if (this.settled[v]) continue;
        const dv = du + weights[a];
        if (dv < tentative[v]) {
          tentative[v] = dv;
          this.heap.pushOrDecrease(v, dv);
        }
      }
    }
    return dist;
  }
}
