/**
 * A binary min-heap of node indices keyed by cost, on typed arrays, with decrease-key: `position[v]` is
 * where node v sits in the heap (-1 when absent), so an improved cost moves the node up in O(log n)
 * instead of pushing a duplicate. Sized once for a graph and reused across runs (`clear`).
 */
export class IndexedMinHeap {
  private readonly nodes: Int32Array;
  private readonly keys: Float64Array;
  private readonly position: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  get size(): number {
    return this.count;
  }

  /** Empties the heap (O(size), not O(capacity)). */
  clear(): void {
    for (let i = 0; i < this.count; i++) this.position[this.nodes[i]] = -1;
    this.count = 0;
  }

  /** Inserts v with `key`, or lowers its key if it is there with a higher one (a higher key is ignored). */
  pushOrDecrease(v: number, key: number): void {
    let i = this.position[v];
    if (i === -1) {
      i = this.count++;
    } else if (key >= this.keys[i]) {
      return;
    }
    // Sift up from i, moving larger parents down.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.nodes[i] = this.nodes[parent];
      this.keys[i] = this.keys[parent];
      this.position[this.nodes[i]] = i;
      i = parent;
    }
    this.nodes[i] = v;
    this.keys[i] = key;
    this.position[v] = i;
  }

  /** Key of the minimum (Infinity when empty). */
  peekKey(): number {
    return this.count > 0 ? this.keys[0] : Infinity;
  }

  /** Removes and returns the node with the smallest key (-1 when empty). */
  pop(): number {
    if (this.count === 0) return -1;
    const top = this.nodes[0];
    this.position[top] = -1;
    const last = --this.count;
    if (last > 0) {
      const v = this.nodes[last];
      const key = this.keys[last];
      let i = 0;
      // Sift down: move the smaller child up until `key` fits.
      for (;;) {
        let child = 2 * i + 1;
        if (child >= last) break;
        if (child + 1 < last && this.keys[child + 1] < this.keys[child]) child++;
        if (this.keys[child] >= key) break;
        this.nodes[i] = this.nodes[child];
        this.keys[i] = this.keys[child];
        this.position[this.nodes[i]] = i;
        i = child;
      }
      this.nodes[i] = v;
      this.keys[i] = key;
      this.position[v] = i;
    }
    return top;
  }
}
