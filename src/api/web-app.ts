import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './error-handler.js';
import { ProblemError } from '../contract/problem.js';

/**
 * The built web app (web/dist) at `/`, when there is one: files as they are (hashed assets cached
 * for a year, everything else revalidated), and index.html for any other GET that wants HTML and
 * is not an API path, so the app's own routes (/kommuner/0301 …) survive a reload. Everything else
 * that matches no route is a 404 problem.
 */

const wantsHtml = (request: FastifyRequest) => (request.headers.accept ?? '').includes('text/html');
const isApiPath = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

export async function serveWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    setHeaders(reply, path) {
      reply.header('cache-control', /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

export function installNotFoundHandler(app: FastifyInstance, webRoot: string | null): void {
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if (webRoot && (request.method === 'GET' || request.method === 'HEAD') && !isApiPath(request.url) && wantsHtml(request)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    const path = request.url.split('?')[0];
    return sendProblem(reply, request, new ProblemError(404, 'route.not-found', `Det finnes ingen ressurs på ${path}. Se /api/docs for det API-et tilbyr.`));
  });
}
