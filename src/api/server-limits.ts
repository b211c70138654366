import type { Server } from 'node:http';
import type { FastifyHttpOptions } from 'fastify';
import { finiteNumberKeyword } from './finite-number-keyword.js';
import { BODY_LIMIT_BYTES, clientErrorHandler, frameworkErrors } from './framework-errors.js';
import { sendProblem } from './error-handler.js';

/**
 * How long a client may take, and how large what it sends may be: the fastify and Node server
 * options that bound every request, gathered so `buildApp` sets them with one line. Fastify leaves
 * the request and idle timeouts off by default, so a body sent a byte every 2.5 s held its
 * connection for as long as the client liked.
 */
export interface ServerTimeouts {
  /** The request line and headers must arrive within this (Node's headersTimeout). */
  readonly headersMs: number;
  /** The whole request, headers and body, must arrive within this (Node's requestTimeout). */
  readonly requestMs: number;
  /**
   * A connection with no traffic either way for this long is closed (fastify's connectionTimeout):
   * a client that stops reading an answer. Longer than the optimiser's longest silent phase (a
   * 120 s time limit) so its progress stream is never cut.
   */
  readonly idleMs: number;
  /** How often Node checks the header and request deadlines (they are enforced to this granularity). */
  readonly checkEveryMs: number;
}

const DEFAULT_TIMEOUTS: ServerTimeouts = { headersMs: 10_000, requestMs: 30_000, idleMs: 180_000, checkEveryMs: 1_000 };

/**
 * Longest path parameter the router hands to a route (fastify's default is 100, which turned a
 * 101-character id into a 414 or a 404 instead of the route's own 400 naming the parameter). Above
 * Node's 16 kB header limit, so in practice every parameter reaches its route's schema.
 */
const MAX_PARAM_LENGTH = 20_000;

export function serverLimits(timeouts: Partial<ServerTimeouts> = {}): FastifyHttpOptions<Server> {
  const t = { ...DEFAULT_TIMEOUTS, ...timeouts };
  return {
    bodyLimit: BODY_LIMIT_BYTES,
    requestTimeout: t.requestMs,
    connectionTimeout: t.idleMs,
    http: { headersTimeout: Math.min(t.headersMs, t.requestMs), connectionsCheckingInterval: t.checkEveryMs },
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    ajv: { plugins: [finiteNumberKeyword] },
    frameworkErrors: frameworkErrors(sendProblem),
    clientErrorHandler,
  };
}
