import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../../contract/problem.js';

/**
 * CSRF and DNS-rebinding defence for requests that carry the session cookie. The cookie is
 * SameSite=Strict already; on top of that every write must say where it comes from (Origin, which
 * browsers send on every cross-origin request and on same-origin POST/PATCH/DELETE) and that must
 * be this site: PUBLIC_ORIGIN when configured (then the Host header must be its host too, so a
 * rebound name pointing at this server is refused), else the origin the request itself was sent to.
 * Bearer-token requests are exempt: a browser never attaches a token on its own.
 */
export function refuseCrossOrigin(request: FastifyRequest, publicOrigin: string | null): void {
  const origin = request.headers.origin;
  const own = publicOrigin ?? `${request.protocol}://${request.host}`;
  if (publicOrigin !== null && request.host.toLowerCase() !== new URL(publicOrigin).host.toLowerCase()) {
    throw new ProblemError(403, 'auth.cross-origin', `Forespørselen var adressert til «${request.host}», men tjenesten heter ${publicOrigin}.`);
  }
  if (origin === undefined || origin.toLowerCase() !== own.toLowerCase()) {
    throw new ProblemError(
      403,
      'auth.cross-origin',
      origin === undefined
        ? 'Endringer med innlogging fra nettleseren må ha en «Origin»-header fra denne tjenesten.'
        : `Endringen kom fra et annet nettsted («${origin.slice(0, 200)}») og ble avvist.`,
    );
  }
}
