import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemError } from '../contract/problem.js';

/**
 * Two budgets per client address (request.ip: the client behind trusted proxies, see
 * trust-proxy.ts), both per minute:
 *  - the API budget, for every request under /api. The load balancer's probe (/health) and the web
 *    app's files are outside it: a spent budget must not take the instance out of rotation or
 *    break the page that explains the 429.
 *  - a smaller cost budget for the answers that cost CPU to build rather than to look up: search,
 *    full-resolution GeoJSON, and analyses asked with parameters of their own. Within the API
 *    budget one client could otherwise keep a core busy building them (issue 12, defect 1).
 */

export interface RateLimits {
  /** Requests per minute per client under /api; null turns both budgets off. */
  readonly perMinute: number | null;
  /** Expensive requests per minute per client (default: a tenth of perMinute, at least 1). */
  readonly expensivePerMinute?: number;
}

const ANALYSIS_ROUTES = ['/api/v1/access', '/api/v1/criteria', '/api/v1/closing-costs'];
/** Parameters that pick a cached answer rather than ask for a new computation. */
const PLAIN_PARAMETERS = new Set(['at', 'resolution']);

/** Whether answering costs a computation rather than a lookup (by route and parameters). */
function isExpensive(request: FastifyRequest): boolean {
  const route = request.routeOptions.url ?? '';
  const query = (request.query ?? {}) as Record<string, unknown>; // safe: fastify's parsed query string is a plain object
  if (route === '/api/v1/search') return true;
  if (route.endsWith('.geojson') && query['resolution'] === 'full') return true;
  if (route !== '/api/v1/criteria/rule-set' && ANALYSIS_ROUTES.some((r) => route === r || route.startsWith(`${r}/`))) {
    return Object.keys(query).some((k) => !PLAIN_PARAMETERS.has(k));
  }
  return false;
}

const isApiPath = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export async function installRateLimits(app: FastifyInstance, limits: RateLimits): Promise<void> {
  const { perMinute } = limits;
  if (perMinute === null) return;
  await app.register(rateLimit, {
    global: true,
    max: perMinute,
    timeWindow: 60_000,
    allowList: (request) => !isApiPath(request.url),
    errorResponseBuilder: (_request, context) =>
      new ProblemError(429, 'rate-limit.exceeded', `Du har sendt mer enn ${context.max} forespørsler det siste minuttet. Prøv igjen om ${seconds(context.ttl)} sekunder.`, {
        retryAfterSeconds: seconds(context.ttl),
      }),
  });
  const expensiveMax = limits.expensivePerMinute ?? Math.max(1, Math.floor(perMinute / 10));
  // A limiter of its own (createRateLimit keeps a separate store), counted only for expensive requests.
  const expensive = app.createRateLimit({ max: expensiveMax, timeWindow: 60_000, allowList: () => false });
  app.addHook('onRequest', async (request, reply) => {
    if (!isExpensive(request)) return;
    const result = await expensive(request);
    if (result.isAllowed || !result.isExceeded) return;
    reply.header('x-ratelimit-limit', String(expensiveMax)).header('x-ratelimit-remaining', '0');
    throw new ProblemError(
      429,
      'rate-limit.expensive',
      `Du har bedt om mer enn ${expensiveMax} krevende svar (søk, kart i full oppløsning, analyser med egne valg) det siste minuttet. Prøv igjen om ${seconds(result.ttl)} sekunder.`,
      { retryAfterSeconds: seconds(result.ttl) },
    );
  });
}
