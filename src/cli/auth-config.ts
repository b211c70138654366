import { isIP } from 'node:net';
import { ConfigError } from '../config.js';

/**
 * The sign-in settings `serve` reads from the environment, checked once at start: anything it cannot
 * use refuses to start, naming the variable (docs/security.md, README «Innlogging»).
 */

/** PUBLIC_ORIGIN: the site's origin as browsers see it (scheme://host[:port]), or null when unset. */
export function resolvePublicOrigin(env: NodeJS.ProcessEnv = process.env): string | null {
  const text = env.PUBLIC_ORIGIN?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(`PUBLIC_ORIGIN «${text}» er ikke en adresse; oppgi nettstedets opphav, f.eks. https://naerpoliti.example.no`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== text.replace(/\/$/, '')) {
    throw new ConfigError(`PUBLIC_ORIGIN «${text}» skal bare ha protokoll (http/https), vertsnavn og port, f.eks. https://naerpoliti.example.no`);
  }
  return url.origin;
}

/**
 * TRUSTED_PROXY: the addresses (or CIDR ranges) of the reverse proxies whose X-Forwarded-For,
 * -Proto and -Host are believed, comma-separated; unset: none, the client is the TCP peer.
 */
export function resolveTrustedProxy(env: NodeJS.ProcessEnv = process.env): string[] | false {
  const text = env.TRUSTED_PROXY?.trim();
  if (!text) return false;
  const entries = text.split(',').map((e) => e.trim()).filter((e) => e !== '');
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address ?? '');
    const maxBits = family === 6 ? 128 : 32;
    const okBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits);
    if (family === 0 || !okBits || rest.length > 0) {
      throw new ConfigError(`TRUSTED_PROXY «${entry}» er ikke en IP-adresse eller et CIDR-område (f.eks. 127.0.0.1 eller 10.0.0.0/8)`);
    }
  }
  return entries;
}
