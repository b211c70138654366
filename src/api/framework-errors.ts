import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from '../contract/problem.js';

/**
 * Problems for what fastify and Node refuse before a route runs: a URL that does not decode, a
 * body too large or of a type no route takes, a request that was too slow or whose headers were too
 * large. Fastify answered these with its own JSON (English, no CORS headers) or, for a slow body,
 * not at all. Each becomes the API's problem+json here, with the CORS headers a browser needs to
 * read it (the CORS plugin's hook has not run for errors raised before routing).
 */

/** The largest request body accepted (fastify's default, made explicit): the planner's bodies are a few kB. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Headers for an error answered before the CORS plugin ran: the API is open to every origin, as the plugin sets it. */
const CORS_HEADERS = { 'access-control-allow-origin': '*' } as const;

/** The problem for an error fastify raised itself, by its code; null for anything else. */
export function fastifyErrorProblem(error: FastifyError): ProblemError | null {
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
      return new ProblemError(400, 'request.bad-url', 'Adressen er ikke gyldig: den har en %-koding som ikke er et tegn (f.eks. %ZZ).');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new ProblemError(414, 'request.uri-too-long', 'En del av adressen er for lang.');
    case 'FST_STATIC_FORBIDDEN_PATH':
      // @fastify/static refuses a path it cannot check against the disk (a name too long for the file
      // system, `..` segments) with a bare 403; no file or route is there, so say that.
      return new ProblemError(404, 'route.not-found', 'Det finnes ingen ressurs på denne adressen. Se /api/docs for det API-et tilbyr.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ProblemError(413, 'request.body-too-large', `Innholdet er større enn ${BODY_LIMIT_BYTES / 1024} kB.`, { maxBytes: BODY_LIMIT_BYTES });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ProblemError(415, 'request.unsupported-media-type', 'Innholdet må sendes som JSON (Content-Type: application/json).');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ProblemError(400, 'request.invalid', 'Innholdet har en annen lengde enn Content-Length sier.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ProblemError(400, 'request.invalid-json', 'Innholdet er tomt; send et JSON-objekt.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ProblemError(400, 'request.invalid-json', 'Innholdet er ikke gyldig JSON.');
    default:
      return null;
  }
}

/**
 * Fastify's `frameworkErrors` option: errors found while routing (bad %-encoding, a parameter past
 * maxParamLength), before any hook runs. Problems for the client, never 5xx.
 */
export function frameworkErrors(send: (reply: FastifyReply, request: FastifyRequest, problem: ProblemError) => FastifyReply) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const problem = fastifyErrorProblem(error) ?? new ProblemError(400, 'request.invalid', 'Forespørselen kunne ikke leses.');
    reply.headers(CORS_HEADERS);
    send(reply, request, problem);
  };
}

/** The problem for a connection-level error Node reports (`clientError`): timeouts, oversized headers, unparseable requests. */
function clientErrorProblem(error: NodeJS.ErrnoException): ProblemError {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new ProblemError(408, 'request.timeout', 'Forespørselen kom ikke fram i tide: headere og innhold må være sendt innen fristen.');
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') return new ProblemError(431, 'request.header-too-large', 'Adressen og headerne er til sammen for store.');
  return new ProblemError(400, 'request.invalid', 'Forespørselen kunne ikke leses som HTTP.');
}

const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/**
 * Fastify's `clientErrorHandler` option: the connection is answered with a problem+json written on
 * the socket (there is no request object yet) and then closed, as Node does by default.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const problem = clientErrorProblem(error);
    const body = JSON.stringify(problem.body(''));
    socket.write(
      `HTTP/1.1 ${problem.statusCode} ${REASONS[problem.statusCode] ?? 'Bad Request'}\r\n` +
        'Content-Type: application/problem+json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\n' +
        'Access-Control-Allow-Origin: *\r\n' +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}
