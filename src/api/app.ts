import Fastify, { type FastifyInstance } from 'fastify';
import { todayInNorway, parseIsoDate } from '../domain/dates.js';
import { countStructure } from '../domain/structure-counts.js';
import type { RegisterService } from '../services/register-service.js';

export interface AppOptions {
  service: RegisterService;
  logger?: boolean;
}

/** Builds the HTTP application over a register service (no port: tests drive it with inject()). */
export async function buildApp({ service, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger });
  app.get('/health', async () => ({ status: 'ok' }));
  app.get<{ Querystring: { at?: string } }>('/api/v1/structure', async (request, reply) => {
    const text = request.query.at ?? todayInNorway();
    const at = parseIsoDate(text);
    if (!at.ok) return reply.code(400).type('application/problem+json').send({ type: 'about:blank', title: 'Ugyldig parameter', status: 400, detail: `at: ${at.error}`, parameter: 'at' });
    return countStructure((await service.register()).snapshot(at.value));
  });
  return app;
}
