import type { FastifyRequest } from 'fastify';
import type { User } from '../../contract/auth.js';
import { ProblemError } from '../../contract/problem.js';
import type { Acting, AccountService } from '../../services/auth/account-service.js';

/**
 * Who is calling: the owner of a bearer token (`Authorization: Bearer np_…`, for API clients) or of
 * the browser's session cookie. Looked up at most once per request and only when a route asks, so
 * the public GETs never touch the user tables. A request that presents a bad token is refused
 * outright rather than treated as anonymous, so a client learns its token stopped working.
 */

export const SESSION_COOKIE = 'naerpoliti_session';

export interface Caller {
  readonly user: User;
  readonly via: 'token' | 'session';
  /** The session id from the cookie (only for `via: 'session'`), to sign out. */
  readonly sessionId: string | null;
}

const known = new WeakMap<FastifyRequest, Promise<Caller | null>>();

export function unauthenticated(detail = 'Du må logge inn for å gjøre endringer (eller sende en tilgangsnøkkel som «Authorization: Bearer …»).'): ProblemError {
  return new ProblemError(401, 'auth.required', detail);
}

/** The value of one cookie in the Cookie header, or null. */
function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

async function lookUp(request: FastifyRequest, accounts: AccountService): Promise<Caller | null> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const m = /^Bearer +(\S{1,200})\s*$/i.exec(authorization);
    const user = m ? await accounts.userForToken(m[1]!) : null;
    if (!user) throw unauthenticated('Tilgangsnøkkelen i «Authorization» ble ikke godtatt: den er ukjent, utløpt eller tilhører en deaktivert bruker.');
    return { user, via: 'token', sessionId: null };
  }
  const sessionId = cookieValue(request.headers.cookie, SESSION_COOKIE);
  if (sessionId === null) return null;
  const user = await accounts.userForSession(sessionId);
  return user ? { user, via: 'session', sessionId } : null;
}

/** The caller, or null for an anonymous request (an expired session counts as anonymous). */
export function callerOf(request: FastifyRequest, accounts: AccountService | null): Promise<Caller | null> {
  let found = known.get(request);
  if (!found) {
    found = accounts ? lookUp(request, accounts) : Promise.resolve(null);
    known.set(request, found);
  }
  return found;
}

/** Set by the guards once a route has let the caller in. */
const admitted = new WeakMap<FastifyRequest, Caller>();

export function admit(request: FastifyRequest, caller: Caller): void {
  admitted.set(request, caller);
}

/** The caller a guard admitted; a route without a guard asking for it is a bug. */
export function admittedCaller(request: FastifyRequest): Caller {
  const caller = admitted.get(request);
  if (!caller) throw new Error(`${request.method} ${request.url}: no guard admitted a caller`);
  return caller;
}

/** Who the audit log names for this request: the signed-in user, from the client's address. */
export function actingOf(request: FastifyRequest): Acting {
  const { user } = admittedCaller(request);
  return { actor: user.name, userId: user.id, clientAddress: request.ip };
}
