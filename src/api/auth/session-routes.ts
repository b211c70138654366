import type { FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { SessionAnswer, SignInBody } from '../../contract/auth.js';
import { AuditEntry } from '../../contract/audit-entry.js';
import { ProblemError } from '../../contract/problem.js';
import { ref } from '../../contract/schema-helpers.js';
import { SESSION_HOURS } from '../../services/auth/account-service.js';
import { formatAuditCsv } from '../../services/auth/audit-csv.js';
import { plannerUnavailable, plainJson, problems } from '../routes/planning-common.js';
import type { Api } from '../routes/params.js';
import type { AppServices } from '../../services/app-services.js';
import { admittedCaller, callerOf, SESSION_COOKIE } from './caller.js';
import { authenticated, requireRole, type AuthSettings } from './guards.js';
import { refuseCrossOrigin } from './same-origin.js';
import { FiniteInteger } from '../../contract/finite-number.js';
import { SignInLimiter } from './sign-in-limiter.js';

/**
 * Signing in and out of the browser session, "who am I", and the audit log for administrators.
 * The session cookie is HttpOnly (scripts cannot read it), SameSite=Strict (other sites' pages never
 * send it), Path=/ and Secure whenever the site is reached over HTTPS (directly, through a trusted
 * proxy's X-Forwarded-Proto, or as PUBLIC_ORIGIN says).
 */

const tags = ['session'];

function sessionCookie(request: FastifyRequest, settings: AuthSettings, value: string, maxAgeSeconds: number): string {
  const secure = request.protocol === 'https' || settings.publicOrigin?.startsWith('https:') === true;
  return [`${SESSION_COOKIE}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`, ...(secure ? ['Secure'] : [])].join('; ');
}

const AuditQuery = Type.Object({
  limit: Type.Optional(FiniteInteger({ minimum: 1, maximum: 1000, default: 100, description: 'How many entries (newest first)' })),
  before: Type.Optional(FiniteInteger({ minimum: 1, description: 'Only entries older than this id: pass the previous page’s `next`' })),
  format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')], { description: 'csv: RFC 4180 text, one header row' })),
});

const AuditPage = Type.Object(
  {
    entries: Type.Array(AuditEntry, { description: 'Newest first' }),
    next: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: 'The `before` for the next page, or null at the end' }),
  },
  { additionalProperties: false },
);

export async function sessionRoutes(app: Api, { services, auth }: { services: AppServices; auth: AuthSettings }): Promise<void> {
  const limiter = new SignInLimiter();

  app.post(
    '/session',
    {
      schema: {
        tags,
        summary: 'Sign in with name and password: sets the session cookie',
        body: ref(SignInBody),
        response: { 200: ref(SessionAnswer), ...problems(400, 401, 403, 415, 429, 503) },
      },
      config: { cache: 'none' },
      ...plainJson,
    },
    async (request: FastifyRequest<{ Body: { name: string; password: string } }>, reply: FastifyReply) => {
      const accounts = services.accounts;
      if (!accounts) throw plannerUnavailable();
      // Login CSRF: a browser posting from another site sends its Origin; programs send none.
      if (request.headers.origin !== undefined) refuseCrossOrigin(request, auth.publicOrigin);
      const { name, password } = request.body;
      const wait = limiter.retryAfterSeconds(request.ip, name);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new ProblemError(429, 'auth.too-many-attempts', `For mange mislykkede innlogginger. Prøv igjen om ${Math.ceil(wait / 60)} minutter.`, { retryAfterSeconds: wait });
      }
      const signedIn = await accounts.signIn(name, password, request.ip);
      if (!signedIn) {
        limiter.recordFailure(request.ip, name);
        throw new ProblemError(401, 'auth.invalid-credentials', 'Feil brukernavn eller passord (eller brukeren er deaktivert).');
      }
      reply.header('set-cookie', sessionCookie(request, auth, signedIn.sessionId, SESSION_HOURS * 3600)).header('cache-control', 'no-store');
      return { user: signedIn.user, via: 'session' as const, expiresAt: signedIn.expiresAt };
    },
  );

  app.get(
    '/session',
    { schema: { tags, summary: 'Who is signed in (user null when nobody is)', response: { 200: ref(SessionAnswer), ...problems(401, 429) } }, config: { cache: 'none' }, ...plainJson },
    async (request, reply) => {
      const caller = await callerOf(request, services.accounts);
      reply.header('cache-control', 'no-store');
      return caller ? { user: caller.user, via: caller.via } : { user: null, via: null };
    },
  );

  app.delete(
    '/session',
    {
      schema: { tags, summary: 'Sign out: ends the browser session and clears its cookie', response: { 204: Type.Null(), ...problems(401, 403, 429) } },
      onRequest: (request, reply) => authenticated(request, reply, services, auth).then(() => undefined),
      config: { cache: 'none' },
    },
    async (request, reply) => {
      const caller = admittedCaller(request);
      if (caller.sessionId !== null) await services.accounts!.signOut(caller.sessionId, caller.user, request.ip); // admitted: accounts exist
      reply.header('set-cookie', sessionCookie(request, auth, '', 0)).header('cache-control', 'no-store').code(204);
      return null;
    },
  );

  app.get(
    '/audit',
    {
      schema: {
        tags,
        summary: 'The audit log, newest first, paged (administrator); ?format=csv for a spreadsheet',
        querystring: AuditQuery,
        response: { 200: AuditPage, ...problems(400, 401, 403, 429, 503) },
      },
      onRequest: requireRole(services, auth, 'administrator'),
      config: { cache: 'none' },
      ...plainJson,
    },
    async (request, reply) => {
      const store = services.scenarios;
      if (!store) throw plannerUnavailable();
      const { limit = 100, before, format = 'json' } = request.query;
      const entries = await store.auditLog({ limit, ...(before === undefined ? {} : { before }) });
      reply.header('cache-control', 'no-store');
      if (format === 'csv') {
        reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="naerpoliti-revisjonslogg.csv"');
        // The schema documents the JSON page; CSV is text the serializer passes through untouched.
        return reply.send(formatAuditCsv(entries) as never);
      }
      return { entries, next: entries.length === limit ? entries.at(-1)!.id : null };
    },
  );
}
