import { isIP } from 'node:net';
import { err, ok, type Result } from '../shared/result.js';

/**
 * Which proxies in front of the server to believe about the client's address (X-Forwarded-For),
 * as Fastify's `trustProxy` takes it: false (the socket's peer is the client — the default, since
 * believing the header without a proxy lets anyone pick their address and dodge the rate limit),
 * a hop count, or the proxies' addresses and CIDR ranges. request.ip — the rate limit's key and
 * the address in the logs — is then the client behind them.
 */
export type TrustProxy = false | number | readonly string[];

/** The names proxy-addr (Fastify's parser) knows for the private ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_HOPS = 10;

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: unset, empty, "off" or "0" → false; a whole number 1–10 → that many proxies in
 * front; otherwise a comma-separated list of addresses, CIDR ranges and the names loopback,
 * linklocal, uniquelocal. Anything else is refused with one Norwegian line naming the setting.
 */
export function parseTrustProxy(text: string | undefined): Result<TrustProxy> {
  const value = text?.trim() ?? '';
  if (value === '' || value.toLowerCase() === 'off' || value === '0') return ok(false);
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= MAX_HOPS ? ok(hops) : err(`TRUST_PROXY=${value}: høyst ${MAX_HOPS} mellomledd (proxyer) foran tjeneren`);
  }
  const entries = value.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !isAddressOrRange(e));
  if (bad.length > 0) {
    return err(`TRUST_PROXY=${value}: «${bad[0]}» er verken en IP-adresse, et CIDR-område (10.0.0.0/8), loopback, linklocal, uniquelocal eller et antall mellomledd (1–${MAX_HOPS}); «off» slår det av`);
  }
  return ok(entries);
}

/** As Fastify's option: a hop count becomes the function proxy-addr would make of it (Fastify's types take no number). */
export function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (trust === false) return false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return [...trust];
}
