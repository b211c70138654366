/**
 * OR-Library p-median instances (Beasley 1985): "n edges p" then one "i j cost" line per edge of an
 * undirected graph; the cost matrix is all-pairs shortest paths. As the OR-Library notes say, when an
 * edge appears more than once the last cost read is the one that counts.
 */
export interface OrLibInstance {
  readonly n: number;
  readonly p: number;
  /** n × n shortest-path costs, row-major. */
  readonly cost: Float64Array;
}

export function parseOrLib(text: string): OrLibInstance {
  const numbers = text.trim().split(/\s+/).map(Number);
  const [n, edges, p] = numbers;
  if (numbers.length !== 3 + 3 * edges) throw new Error(`expected ${edges} edges, got ${(numbers.length - 3) / 3}`);
  const cost = new Float64Array(n * n).fill(Infinity);
  for (let i = 0; i < n; i++) cost[i * n + i] = 0;
  for (let e = 0; e < edges; e++) {
    const [a, b, c] = numbers.slice(3 + 3 * e, 6 + 3 * e);
    cost[(a - 1) * n + (b - 1)] = c;
    cost[(b - 1) * n + (a - 1)] = c;
  }
  // Floyd–Warshall.
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      const ik = cost[i * n + k];
      if (ik === Infinity) continue;
      for (let j = 0; j < n; j++) {
        const via = ik + cost[k * n + j];
        if (via < cost[i * n + j]) cost[i * n + j] = via;
      }
    }
  }
  return { n, p, cost };
}

/** The matrix as a travel-time matrix file (`origin_id,destination_id,minutes`); every node is demand and candidate. */
export function orLibMatrixCsv(instance: OrLibInstance): string {
  const lines = ['origin_id,destination_id,minutes'];
  for (let i = 0; i < instance.n; i++) {
    for (let j = 0; j < instance.n; j++) lines.push(`${i + 1},${j + 1},${instance.cost[i * instance.n + j]}`);
  }
  return lines.join('\n') + '\n';
}
