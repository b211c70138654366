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
