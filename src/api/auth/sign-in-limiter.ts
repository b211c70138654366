/**
 * Slows down password guessing: at most MAX_FAILURES failed sign-ins per client address, and per
 * user name, within WINDOW_MS; after that every sign-in from that address or for that name is
 * refused until the window has passed, right or wrong. Kept in memory per process (a restart
 * forgets it, which costs an attacker a restart they cannot cause); bounded so a flood of made-up
 * names cannot grow it without end.
 */
const MAX_FAILURES = 10;
const WINDOW_MS = 15 * 60_000;
const MAX_KEYS = 10_000;

export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - WINDOW_MS;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Seconds until a sign-in for this address and name may be tried again, or 0 when it may now. */
  retryAfterSeconds(address: string, name: string): number {
    let until = 0;
    for (const key of [`a:${address}`, `n:${name.toLowerCase()}`]) {
      const times = this.recent(key);
      if (times.length >= MAX_FAILURES) until = Math.max(until, times[times.length - MAX_FAILURES]! + WINDOW_MS);
    }
    return until === 0 ? 0 : Math.max(1, Math.ceil((until - this.now()) / 1000));
  }

  recordFailure(address: string, name: string): void {
    if (this.failures.size >= MAX_KEYS) {
      // Drop the oldest keys (Map keeps insertion order) rather than grow.
      for (const key of [...this.failures.keys()].slice(0, MAX_KEYS / 10)) this.failures.delete(key);
    }
    for (const key of [`a:${address}`, `n:${name.toLowerCase()}`]) {
      this.failures.set(key, [...this.recent(key), this.now()]);
    }
  }
}
