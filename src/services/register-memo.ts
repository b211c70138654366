import type { Register } from '../domain/register.js';
import { Lru } from '../shared/lru.js';

/**
 * Values computed from one register (answers, warm evaluators), the most recently used kept per
 * register. Keyed by the Register object, so an append (a new Register) starts afresh and the old
 * register's values go with it.
 */
export class RegisterMemo {
  private readonly byRegister = new WeakMap<Register, Lru<string, unknown>>();

  constructor(private readonly capacity: number) {}

  /** The value under `key` for `register`; each key must always be built by the same kind of `build`. */
  get<T>(register: Register, key: string, build: () => T): T {
    let lru = this.byRegister.get(register);
    if (!lru) this.byRegister.set(register, (lru = new Lru(this.capacity)));
    return lru.getOrBuild(key, build) as T; // safe: callers never reuse a key for another kind of value
  }
}
