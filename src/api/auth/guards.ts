import type { FastifyReply, FastifyRequest } from 'fastify';
import { ROLE_LABELS, type Role } from '../../contract/auth.js';
import { ProblemError } from '../../contract/problem.js';
import type { AppServices } from '../../services/app-services.js';
import { admit, callerOf, unauthenticated, type Caller } from './caller.js';
import { refuseCrossOrigin } from './same-origin.js';

/** What the guards need to know about the deployment (from `serve`'s configuration). */
export interface AuthSettings {
  /** The site's public origin (PUBLIC_ORIGIN, e.g. https://naerpoliti.example.no), or null: trust the request's own. */
  readonly publicOrigin: string | null;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The caller, checked: 401 (with WWW-Authenticate) when nobody is signed in, 403 when a cookie
 * session's write comes from another site, else the caller (admitted, for actingOf).
 */
export async function authenticated(request: FastifyRequest, reply: FastifyReply, services: AppServices, settings: AuthSettings): Promise<Caller> {
  const caller = await callerOf(request, services.accounts);
  if (!caller) {
    reply.header('www-authenticate', 'Bearer realm="naerpoliti"');
    throw unauthenticated();
  }
  if (caller.via === 'session' && WRITE_METHODS.has(request.method)) refuseCrossOrigin(request, settings.publicOrigin);
  admit(request, caller);
  return caller;
}

export function forbidden(roles: readonly Role[]): ProblemError {
  const names = roles.map((r) => ROLE_LABELS[r]);
  return new ProblemError(403, 'auth.forbidden', `Dette krever rollen ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} eller ${names.at(-1)}`}.`, { roles: [...roles] });
}

/** An onRequest hook admitting only signed-in callers with one of `roles`. */
export function requireRole(services: AppServices, settings: AuthSettings, ...roles: Role[]) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const caller = await authenticated(request, reply, services, settings);
    if (!roles.some((r) => caller.user.roles.includes(r))) throw forbidden(roles);
  };
}
