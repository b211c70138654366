import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.js';
import { domainProblem } from './domain-problems.js';
import { FINITE_KEYWORD } from '../contract/finite-number.js';
import { fastifyErrorProblem } from './framework-errors.js';
import { ProblemError, invalidParameter, type ProblemBody, type ProblemCode } from '../contract/problem.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Problem codes for a body field that does not fit the route's schema (default request.invalid-parameter). */
    bodyFieldCodes?: Readonly<Record<string, ProblemCode>>;
  }
}

/**
 * The one place errors become responses: every failure leaves as RFC 9457 problem+json with a
 * stable `code`, a Norwegian `title`/`detail` and, for bad input, the parameter named. 4xx say what
 * was wrong; 5xx say only that something failed (the full error goes to the log with the request).
 */

const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** How a parameter should be written, for messages about it (the schema says it to programs). */
const PARAMETER_FORMS: Record<string, string> = {
  at: 'en dato på formen ÅÅÅÅ-MM-DD, f.eks. 2018-07-01',
  from: 'en dato på formen ÅÅÅÅ-MM-DD, f.eks. 2015-12-31',
  to: 'en dato på formen ÅÅÅÅ-MM-DD, f.eks. 2018-07-01',
  number: 'et firesifret kommunenummer, f.eks. 0301',
  municipality: 'et firesifret kommunenummer, f.eks. 0301',
  near: 'to tall «breddegrad,lengdegrad», f.eks. 59.91,10.75',
  id: 'et id med små bokstaver, tall og bindestrek, f.eks. sor-ost',
};

interface AjvErrorLike {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

const WHERE: Record<string, string> = { querystring: 'Spørreparameteren', params: 'Stiparameteren', headers: 'Headeren', body: 'Innholdet' };

/** The value as the client sent it, quoted; cut short, since a message should not echo a 400-digit number back. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'ingenting';
  const text = Array.isArray(value) ? value.join(',') : String(value);
  return `«${text.length > 40 ? `${text.slice(0, 39)}…` : text}»`;
}

/** The property a `required` error is about (Ajv: missingProperty; TypeBox: requiredProperties). */
function missingProperty(params: Record<string, unknown>): string | null {
  if (typeof params.missingProperty === 'string') return params.missingProperty;
  const list = params.requiredProperties;
  return Array.isArray(list) && typeof list[0] === 'string' ? list[0] : null;
}

/**
 * A body that does not fit: the top-level field is the `parameter`, the JSON pointer to the first
 * wrong field is `path`, and the reason is the schema walker's (English, as the CLI shows it).
 */
function bodyProblem(error: AjvErrorLike, fieldCodes: Readonly<Record<string, ProblemCode>> = {}): ProblemError {
  const missing = error.keyword === 'required' ? missingProperty(error.params) : null;
  const path = missing ? `${error.instancePath}/${missing}` : error.instancePath;
  const parameter = path.split('/')[1] || 'body';
  const code = fieldCodes[parameter] ?? 'request.invalid-parameter';
  const where = path === '' ? 'Innholdet' : `Innholdet ved «${path}»`;
  return new ProblemError(400, code, `${where} er ugyldig: ${error.message ?? error.keyword}.`, { parameter, path });
}

/** A Norwegian problem for the first schema violation, naming the parameter and what it must be. */
export function validationProblem(error: AjvErrorLike, context: string, input: Record<string, unknown>): ProblemError {
  const name = (error.keyword === 'required' ? missingProperty(error.params) : null) ?? (error.instancePath.replace(/^\//, '').split('/')[0] || context);
  const value = describeValue(input[name]);
  const where = `${WHERE[context] ?? 'Parameteren'} «${name}»`;
  const form = PARAMETER_FORMS[name];
  const p = error.params;
  let why: string;
  switch (error.keyword) {
    case 'required':
      why = `mangler${form ? `; den skal være ${form}` : ''}`;
      break;
    case 'type':
      why = `må være ${p.type === 'integer' ? 'et heltall' : p.type === 'number' ? 'et tall' : String(p.type)}, ikke ${value}`;
      break;
    case 'minimum':
      why = `må være minst ${String(p.limit)}, ikke ${value}`;
      break;
    case 'maximum':
      why = `må være høyst ${String(p.limit)}, ikke ${value}`;
      break;
    case 'exclusiveMinimum':
      why = `må være over ${String(p.limit)}, ikke ${value}`;
      break;
    case 'exclusiveMaximum':
      why = `må være under ${String(p.limit)}, ikke ${value}`;
      break;
    case 'minLength':
      why = `må ha minst ${String(p.limit)} tegn`;
      break;
    case 'maxLength':
      why = `kan ha høyst ${String(p.limit)} tegn`;
      break;
    case 'enum':
      why = `må være én av ${(p.allowedValues as unknown[]).map((v) => `«${String(v)}»`).join(', ')}, ikke ${value}`;
      break;
    case FINITE_KEYWORD:
      why = `må være et endelig tall, ikke ${value}`;
      break;
    case 'pattern':
      why = `må være ${form ?? `på formen ${String(p.pattern)}`}, ikke ${value}`;
      break;
    default:
      why = `er ugyldig (${error.message ?? error.keyword})`;
  }
  return invalidParameter(name, `${where} ${why}.`);
}

/** The query string's parameters as sent (repeated ones as a list), for messages that quote them. */
function rawQuery(url: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  const start = url.indexOf('?');
  if (start < 0) return query;
  const params = new URLSearchParams(url.slice(start + 1));
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    query[name] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

function isFastifyValidation(error: FastifyError): error is FastifyError & { validation: AjvErrorLike[]; validationContext: string } {
  return Array.isArray(error.validation) && error.validation.length > 0;
}

function toProblem(error: FastifyError | ProblemError, request: FastifyRequest): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof DomainError) {
    const problem = domainProblem(error, request);
    if (problem) return problem;
    return new ProblemError(500, 'server.error', 'Noe gikk galt hos oss. Feilen er logget; prøv igjen senere.');
  }
  if (isFastifyValidation(error)) {
    const context = error.validationContext ?? 'querystring';
    if (context === 'body') return bodyProblem(error.validation[0]!, request.routeOptions.config.bodyFieldCodes);
    // The query as the client wrote it: Ajv has already coerced request.query (`1e309` is Infinity there).
    // Safe: fastify validates the other request parts as objects before it reports a violation in them.
    const input = context === 'querystring' ? rawQuery(request.url) : ((context === 'params' ? request.params : request.headers) as Record<string, unknown>);
    return validationProblem(error.validation[0]!, context, input ?? {});
  }
  const framework = fastifyErrorProblem(error);
  if (framework) return framework;
  const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 400 && status < 500) {
    return new ProblemError(status, 'request.invalid', `Forespørselen ble avvist: ${error.message}`);
  }
  return new ProblemError(status >= 500 && status < 600 ? status : 500, 'server.error', 'Noe gikk galt hos oss. Feilen er logget; prøv igjen senere.');
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: ProblemError): FastifyReply {
  const body: ProblemBody = problem.body(request.url);
  const retryAfter = problem.extensions['retryAfterSeconds'];
  if (typeof retryAfter === 'number' && !reply.hasHeader('retry-after')) reply.header('retry-after', String(retryAfter));
  return reply
    .code(problem.statusCode)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('cache-control', 'no-store')
    .send(JSON.stringify(body));
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ProblemError, request, reply) => {
    const problem = toProblem(error, request);
    if (problem.statusCode >= 500) {
      request.log.error({ err: error, method: request.method, url: request.url, params: request.params, query: request.query }, 'request failed');
    }
    return sendProblem(reply, request, problem);
  });
}
