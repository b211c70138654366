import { performance } from 'node:perf_hooks';
import { preciseBodyValidation } from '../body-validation.js';
import { named } from '../../contract/named.js';
import { PlannerPreview, PreviewRequest } from '../../contract/planner.js';
import { ref } from '../../contract/schema-helpers.js';
import { dateParam, type Api, type RouteOptions } from './params.js';
import { plainJson, problems } from './planning-common.js';

/**
 * The planner's live preview: close offices and open sites on a base date and see what it does,
 * nationally and per district, at once. Nothing is stored, so it is open to everyone (a POST only
 * because the lists can be long); the server's own time is in Server-Timing.
 */
export async function previewRoutes(app: Api, { services }: RouteOptions): Promise<void> {
  app.post(
    '/planner/preview',
    {
      schema: {
        tags: ['planner'],
        summary: 'What closing offices and opening sites on a base date would do to travel times, nationally and per district (nothing stored)',
        description:
          'Computed with an incremental evaluator kept warm per base date, so a preview costs well under a millisecond on the server after the first on a date ' +
          '(`Server-Timing: preview;dur=<ms>`). Travel times are driving times on the road network by default (`travel`: road or estimated; `estimated`, `travelModel.label`, `travelModel.terms`). Districts are those of the base date; an opened ' +
          "site counts towards the district its position's municipality belongs to.",
        body: named(PreviewRequest),
        response: { 200: ref(PlannerPreview), ...problems(400, 422, 429) },
      },
      validatorCompiler: preciseBodyValidation,
      ...plainJson,
    },
    async (request, reply) => {
      const base = dateParam(request.body.base, 'base');
      const register = await services.directory.register();
      const preview = services.previewFor(request.body.travel);
      preview.prepare(register, base);
      const started = performance.now();
      const answer = preview.preview(register, { ...request.body, base });
      reply.header('server-timing', `preview;dur=${(performance.now() - started).toFixed(3)}`).header('cache-control', 'no-store');
      return answer;
    },
  );
}
