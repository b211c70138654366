import type { FastifyInstance } from 'fastify';
import { etagOf } from '../services/answer-etag.js';

/**
 * Conditional GET for the public API. Every dated answer is a function of the register and the
 * request alone, so its body hash is a strong validator: the ETag is a SHA-256 of the body
 * (routes that cache big bodies may set the ETag themselves and spare the hash). A matching
 * If-None-Match turns the 200 into a 304 with no body. Cache-Control lets browsers and proxies
 * keep answers for five minutes; "today" moves at midnight, corrections at any time, so no longer.
 */

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * 'public': an answer shared caches may keep (ETag + max-age); 'revalidate': an ETag, but checked
     * every time (`no-cache`: it changes with writes, not with the date); 'none': never stored.
     */
    cache?: 'public' | 'revalidate' | 'none';
    /** The route answers JSON or GeoJSON by the Accept header: responses Vary on it. */
    negotiated?: boolean;
  }
}

const PUBLIC_CACHE_CONTROL = 'public, max-age=300';

/** RFC 9110 §13.1.2: weak comparison, a list of tags (which may themselves hold commas) or "*". */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  for (const m of header.matchAll(/(?:W\/)?("[^"]*")/g)) if (m[1] === bare) return true;
  return false;
}

export function installHttpCache(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    const config = request.routeOptions.config;
    if (config.negotiated) {
      // Added to, not replaced: a precompressed answer has already set Vary: Accept-Encoding.
      const vary = reply.getHeader('vary');
      reply.header('vary', typeof vary === 'string' && vary !== '' ? `${vary}, Accept` : 'Accept');
    }
    if (config.cache === undefined || reply.statusCode !== 200 || (request.method !== 'GET' && request.method !== 'HEAD')) {
      done(null, payload);
      return;
    }
    if (config.cache === 'none') {
      reply.header('cache-control', 'no-store');
      done(null, payload);
      return;
    }
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) {
      done(null, payload);
      return;
    }
    const given = reply.getHeader('etag');
    const etag = typeof given === 'string' ? given : etagOf(payload);
    reply.header('etag', etag).header('cache-control', config.cache === 'revalidate' ? 'no-cache' : PUBLIC_CACHE_CONTROL);
    if (ifNoneMatchHits(request.headers['if-none-match'], etag)) {
      reply.code(304).removeHeader('content-type');
      done(null, null);
      return;
    }
    done(null, payload);
  });
}
