import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * One log line per request, written when it completes (fastify's default is two: one on arrival,
 * one on completion): method, the URL as the client sent it (before GeoJSON negotiation rewrote
 * it), status, time and the client's address (request.ip: behind trusted proxies, the client's). 5xx errors are also logged in full by the error handler.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = { method: request.method, url: request.originalUrl, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10, client: request.ip };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request');
  }
}
