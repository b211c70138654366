import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every answer (HTML, API, /api/docs, errors) through @fastify/helmet: a
 * Content-Security-Policy that the web app passes (checked in Chromium by test/e2e/csp.test.ts),
 * no framing anywhere (the planner must not be clickjacked), nosniff, a referrer policy that keeps
 * the path and query (a search, a date) on this site. Everything the app loads is its own:
 * scripts, styles, fonts and data; maps draw from our GeoJSON, not tile servers.
 */
const APP_CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // React and Leaflet set style properties from script (CSSOM), which CSP allows; no inline <style>.
  'style-src': ["'self'"],
  // data: is the empty favicon (<link rel="icon" href="data:,">) and Leaflet's inline SVG icons.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  // Not upgrade-insecure-requests: served over plain HTTP (a loopback address, a test) it would
  // send the app's own requests to an https:// that does not answer.
  'upgrade-insecure-requests': null,
};

export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: APP_CSP },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // The API is open data for any site (CORS is open for GET); same-origin would block embedding it.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
}

/**
 * swagger-ui's own CSP (its fonts and styles differ from the app's) with the same no-framing rule
 * and without upgrade-insecure-requests, for @fastify/swagger-ui's transformStaticCSP.
 */
export function docsCsp(header: string): string {
  return header
    .replace(/frame-ancestors [^;]*;/, "frame-ancestors 'none';")
    .replace(/\s*upgrade-insecure-requests;?/, '')
    .trim();
}
