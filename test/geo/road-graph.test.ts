import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../../src/domain/errors.js';
import { buildRoadGraph, roadGraphSummary } from '../../src/geo/road-network/road-graph.js';
import { ShortestPaths } from '../../src/geo/road-network/shortest-paths.js';
import { IndexedMinHeap } from '../../src/geo/road-network/min-heap.js';
import { roadData, seededRandom } from '../helpers/road-fixtures.js';

/** All-pairs least cost by Floyd–Warshall: the reference the heap-based search must match. */
function floydWarshall(n: number, edges: readonly { from: number; to: number; minutes: number }[]): number[][] {
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  for (const e of edges) {
    d[e.from][e.to] = Math.min(d[e.from][e.to], e.minutes);
    d[e.to][e.from] = Math.min(d[e.to][e.from], e.minutes);
  }
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
  return d;
}

describe('road graph (CSR)', () => {
  const line = roadData(
    [
      { id: 'a', lat: 60, lon: 10 },
      { id: 'b', lat: 60, lon: 10.1 },
      { id: 'c', lat: 60, lon: 10.2 },
      { id: 'island', lat: 61, lon: 5 },
      { id: 'islet', lat: 61, lon: 5.01 },
    ],
    [
      { from: 0, to: 1, km: 5.6, minutes: 6 },
      { from: 1, to: 2, km: 5.6, minutes: 4 },
      { from: 3, to: 4, km: 0.5, minutes: 1 },
    ],
  );

  it('makes two arcs of every edge and numbers components largest first', () => {
    const g = buildRoadGraph(line);
    assert.deepEqual([...g.offsets], [0, 1, 3, 4, 5, 6]);
    assert.deepEqual([...g.targets], [1, 0, 2, 1, 4, 3]);
    assert.deepEqual([...g.arcEdge], [0, 0, 1, 1, 2, 2]);
    assert.deepEqual([...g.component], [0, 0, 0, 1, 1]);
    assert.deepEqual([...g.componentSizes], [3, 2]);
    assert.deepEqual(roadGraphSummary(g), { nodes: 5, edges: 3, roadEdges: 3, ferryEdges: 0, components: 2, largestComponent: 3 });
  });

  it('refuses a loop or an edge to a node that does not exist, naming it', () => {
    assert.throws(() => buildRoadGraph(roadData([{ id: 'a', lat: 60, lon: 10 }], [{ from: 0, to: 0, km: 1, minutes: 1 }])), (e: unknown) => e instanceof DomainError && /loop at node a/.test(e.message));
    assert.throws(() => buildRoadGraph(roadData([{ id: 'a', lat: 60, lon: 10 }], [{ from: 0, to: 7, km: 1, minutes: 1 }])), /outside 0…0/);
  });
});

describe('Dijkstra (indexed binary heap)', () => {
  it('the heap pops keys in order and lowers a key in place', () => {
    const h = new IndexedMinHeap(10);
    for (const [v, k] of [
      [3, 5],
      [1, 2],
      [7, 9],
      [4, 1],
    ]) h.pushOrDecrease(v, k);
    h.pushOrDecrease(7, 0.5);
    h.pushOrDecrease(1, 3); // higher: ignored
    assert.equal(h.size, 4);
    assert.deepEqual([h.pop(), h.pop(), h.pop(), h.pop(), h.pop()], [7, 4, 1, 3, -1]);
  });

  it('equals Floyd–Warshall on random small graphs, from every node', () => {
    const random = seededRandom(14);
    for (let round = 0; round < 20; round++) {
      const n = 2 + Math.floor(random() * 25);
      const nodes = Array.from({ length: n }, (_, i) => ({ id: `v${i}`, lat: 60 + random(), lon: 10 + random() }));
      const edges: { from: number; to: number; km: number; minutes: number }[] = [];
      const m = Math.floor(random() * n * 2.5);
      for (let k = 0; k < m; k++) {
        const from = Math.floor(random() * n);
        let to = Math.floor(random() * n);
        if (to === from) to = (to + 1) % n;
        edges.push({ from, to, km: 1, minutes: Math.round(random() * 1000) / 10 });
      }
      const g = buildRoadGraph(roadData(nodes, edges));
      const reference = floydWarshall(n, edges);
      const paths = new ShortestPaths(g);
      for (let s = 0; s < n; s++) {
        const got = paths.run({ nodes: [s], costs: [0] });
        for (let t = 0; t < n; t++) {
          if (reference[s][t] === Infinity) assert.equal(got[t], Infinity, `round ${round}: ${s}→${t} should be unreachable`);
          else assert.ok(Math.abs(got[t] - reference[s][t]) < 1e-4, `round ${round}: ${s}→${t} ${got[t]} ≠ ${reference[s][t]}`);
        }
      }
    }
  });

  it('starts from several nodes with costs already spent, and a bound leaves farther nodes at Infinity', () => {
    const g = buildRoadGraph(
      roadData(
        [0, 1, 2, 3].map((i) => ({ id: `v${i}`, lat: 60, lon: 10 + i / 10 })),
        [
          { from: 0, to: 1, km: 1, minutes: 10 },
          { from: 1, to: 2, km: 1, minutes: 10 },
          { from: 2, to: 3, km: 1, minutes: 10 },
        ],
      ),
    );
    const paths = new ShortestPaths(g);
    assert.deepEqual([...paths.run({ nodes: [1, 2], costs: [4, 6] })], [14, 4, 6, 16]);
    assert.deepEqual([...paths.run({ nodes: [0], costs: [0] }, { maxCost: 15 })], [0, 10, Infinity, Infinity]);
    assert.deepEqual([...paths.run({ nodes: [0], costs: [0] }, { weight: 'km' })], [0, 1, 2, 3]);
    assert.throws(() => paths.run({ nodes: [9], costs: [0] }), /source node 9/);
  });
});
