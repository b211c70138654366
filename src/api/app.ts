import cors from '@fastify/cors';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppServices } from '../services/app-services.js';
import { installErrorHandler } from './error-handler.js';
import { installJsonBodyParser } from './json-body-parser.js';
import { serverLimits, type ServerTimeouts } from './server-limits.js';
import { negotiatedUrl } from './geojson-negotiation.js';
import { installHttpCache } from './http-cache.js';
import { registerOpenApi, registerOpenApiRoutes } from './openapi.js';
import { OneLinePerRequest } from './request-log.js';
import type { LogLevel } from '../config.js';
import { installCompression } from './compression.js';
import { installRateLimits } from './rate-limits.js';
import { installSecurityHeaders } from './security-headers.js';
import { fastifyTrustProxy, type TrustProxy } from './trust-proxy.js';
import { accessRoutes } from './routes/access.js';
import { criteriaRoutes } from './routes/criteria.js';
import { optimizeRoutes } from './routes/optimize.js';
import { previewRoutes } from './routes/preview.js';
import { scenarioRoutes } from './routes/scenarios.js';
import { changeRoutes } from './routes/changes.js';
import { districtRoutes } from './routes/districts.js';
import { findRoutes } from './routes/find.js';
import type { Api, RouteOptions } from './routes/params.js';
import { placeRoutes } from './routes/places.js';
import { registerRoutes } from './routes/register.js';
import { unitRoutes } from './routes/units.js';
import { ACCESS_SCHEMAS } from '../contract/access.js';
import { ANALYSIS_SCHEMAS } from '../contract/analysis.js';
import { OPTIMIZE_SCHEMAS } from '../contract/optimize.js';
import { PLANNER_SCHEMAS } from '../contract/planner.js';
import { COMMON_SCHEMAS } from '../contract/common.js';
import { DIRECTORY_SCHEMAS } from '../contract/directory.js';
import { GEOJSON_SCHEMAS } from '../contract/geojson.js';
import { PLACES_SCHEMAS } from '../contract/places.js';
import { REGISTER_SCHEMAS } from '../contract/register.js';
import { installNotFoundHandler, serveWebApp } from './web-app.js';
import { AUTH_SCHEMAS } from '../contract/auth.js';
import { sessionRoutes } from './auth/session-routes.js';

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 1200;

export interface AppOptions {
  /** The application services (the composition root over the store); see src/services/app-services.ts. */
  services: AppServices;
  /** One log line per request (and errors) through fastify's logger, to stdout or to `stream`. */
  logger?: boolean | { stream: { write(line: string): void } };
  /** The log's level (LOG_LEVEL; default info, a line per request); `warn` keeps only warnings and errors. */
  logLevel?: LogLevel;
  /** A built web app (web/dist) to serve at `/`, with index.html for the app's own routes. */
  webRoot?: string | null;
  /** Requests per minute per client address (default DEFAULT_RATE_LIMIT_PER_MINUTE); null turns the limit off. */
  rateLimitPerMinute?: number | null;
  /** Expensive requests (search, full-resolution GeoJSON, analyses with options) per minute per client; default a tenth of rateLimitPerMinute. */
  expensivePerMinute?: number;
  /** The proxies whose X-Forwarded-For to believe (src/api/trust-proxy.ts); default none. */
  trustProxy?: TrustProxy;
  /**
   * The site's public origin (PUBLIC_ORIGIN), checked against Origin and Host on every write made
   * with the session cookie; null: the origin the request was sent to (docs/security.md).
   */
  publicOrigin?: string | null;
  /** Header, request and idle timeouts (default DEFAULT_TIMEOUTS in server-limits.ts); tests shorten them. */
  timeouts?: Partial<ServerTimeouts>;
}

const API_PREFIX = '/api/v1';

/**
 * Builds the HTTP application over a register service. No port: `serve` listens, tests use inject().
 * Order matters: the error handler, caching and CORS are set up before the routes so they apply to
 * all of them; swagger must be registered before the routes it documents.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { services, logger = false, webRoot = null } = options;
  const rateLimitPerMinute = options.rateLimitPerMinute === undefined ? DEFAULT_RATE_LIMIT_PER_MINUTE : options.rateLimitPerMinute;

  const app = Fastify({
    logger: logger === false ? false : { level: options.logLevel ?? 'info', ...(logger === true ? {} : { stream: logger.stream }) },
    logController: new OneLinePerRequest(),
    rewriteUrl: (req) => negotiatedUrl(req.method, req.url ?? '/', req.headers.accept),
    return503OnClosing: true,
    ...serverLimits(options.timeouts),
    trustProxy: fastifyTrustProxy(options.trustProxy ?? false),
  }).withTypeProvider<TypeBoxTypeProvider>();
  services.setLog(() => app.log);

  // Build the locate index while starting, not on the first /locate request.
  app.addHook('onReady', async () => void services.geo.locateIndex());
  installErrorHandler(app);
  installJsonBodyParser(app);
  installHttpCache(app);
  // After http-cache: its onSend hook must see the uncompressed body (ETag, 304) first.
  await installCompression(app);
  await installSecurityHeaders(app);
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD', 'OPTIONS'],
    exposedHeaders: ['ETag', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'],
    maxAge: 86400,
  });
  await installRateLimits(app, { perMinute: rateLimitPerMinute, expensivePerMinute: options.expensivePerMinute });

  await registerOpenApi(app);
  for (const schema of [...COMMON_SCHEMAS, ...DIRECTORY_SCHEMAS, ...REGISTER_SCHEMAS, ...PLACES_SCHEMAS, ...GEOJSON_SCHEMAS, ...ANALYSIS_SCHEMAS, ...ACCESS_SCHEMAS, ...PLANNER_SCHEMAS, ...OPTIMIZE_SCHEMAS, ...AUTH_SCHEMAS]) {
    app.addSchema(schema);
  }

  // A load balancer's probe, outside the versioned API and the docs.
  app.get('/health', { schema: { hide: true }, config: { cache: 'none' } }, async () => ({ status: 'ok' }));

  await app.register(
    async (api: Api, routeOptions: RouteOptions) => {
      await registerRoutes(api, routeOptions);
      await districtRoutes(api, routeOptions);
      await unitRoutes(api, routeOptions);
      await placeRoutes(api, routeOptions);
      await changeRoutes(api, routeOptions);
      await findRoutes(api, routeOptions);
      await accessRoutes(api, routeOptions);
      await criteriaRoutes(api, routeOptions);
      await scenarioRoutes(api, routeOptions);
      await previewRoutes(api, routeOptions);
      await optimizeRoutes(api, routeOptions);
      await sessionRoutes(api, routeOptions);
    },
    { prefix: API_PREFIX, services, auth: { publicOrigin: options.publicOrigin ?? null } },
  );
  await registerOpenApiRoutes(app);

  if (webRoot) await serveWebApp(app, webRoot);
  installNotFoundHandler(app, webRoot);
  return app;
}
