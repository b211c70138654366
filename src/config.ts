import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout (or installed package) root: two levels above this file in src/ and in dist/. */
export const PACKAGE_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The compiled seed shipped with the project (built by `npm run build:data`). */
export const SEED_DIR = resolve(PACKAGE_ROOT, 'data', 'register');
export const BOUNDARIES_DIR = resolve(PACKAGE_ROOT, 'data', 'boundaries');
/** The project's road network (built by `npm run build:roads`), the road travel model's default network. */
export const ROADS_DIR = resolve(PACKAGE_ROOT, 'data', 'roads');

/**
 * Where the embedded database lives: --data-dir, else NAERPOLITI_DATA_DIR, else var/data inside the
 * checkout (git-ignored), so a fresh clone works with no setup.
 */
export function resolveDataDir(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(option ?? env.NAERPOLITI_DATA_DIR ?? resolve(PACKAGE_ROOT, 'var', 'data'));
}

/** A setting (option or environment variable) with a value that cannot be used; its message is for the user, in Norwegian. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** PORT for the server: --port, else PORT, else 8080. Validated by the caller. */
export function resolvePort(option: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  const text = option ?? env.PORT ?? '8080';
  const port = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    const source = option === undefined && env.PORT !== undefined ? 'PORT' : '--port';
    throw new ConfigError(`${source} «${text}» er ikke et heltall fra 0 til 65535`);
  }
  return port;
}

/** The built web app, served at / by `serve` when it exists (built by the web workspace into web/dist). */
export const WEB_DIST_DIR = resolve(PACKAGE_ROOT, 'web', 'dist');

/** The server log's levels, quietest last; fastify (pino) names them so. */
const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * How much the server logs, from LOG_LEVEL (default info: one line per request). A busy site or a
 * load test sets `warn`: then only refusals worth a look and errors are written, so the log does not
 * grow with the traffic (at 20,000 requests a second the request lines alone are ~130 MB a minute).
 */
export function resolveLogLevel(env: NodeJS.ProcessEnv): LogLevel {
  const text = env.LOG_LEVEL?.trim().toLowerCase();
  if (text === undefined || text === '') return 'info';
  const level = LOG_LEVELS.find((l) => l === text);
  if (!level) throw new ConfigError(`LOG_LEVEL «${env.LOG_LEVEL}» må være en av ${LOG_LEVELS.join(', ')}`);
  return level;
}

/**
 * Requests per minute per client address from RATE_LIMIT_PER_MINUTE: a whole number ≥ 1, or 0 to
 * turn the limit off (null); unset gives `fallback`. Anything else refuses to start, naming the variable.
 */
export function resolveRateLimit(env: NodeJS.ProcessEnv, fallback: number): number | null {
  const text = env.RATE_LIMIT_PER_MINUTE?.trim();
  if (text === undefined || text === '') return fallback;
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n)) throw new ConfigError(`RATE_LIMIT_PER_MINUTE «${text}» er ikke et heltall ≥ 0 (0 slår grensen av)`);
  return n === 0 ? null : n;
}
