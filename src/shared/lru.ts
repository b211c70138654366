/** A map that keeps the `capacity` most recently used entries (Map keeps insertion order). */
export class Lru<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** The value under `key`, built by `build` when missing (and then kept). */
  getOrBuild(key: K, build: () => V): V {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const value = build();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
