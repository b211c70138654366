import Type from 'typebox';
import { saveOptimizeScenario } from '../../services/optimize/optimize-scenario.js';
import { preciseBodyValidation } from '../body-validation.js';
import { plainIssue } from '../domain-problems.js';
import type { JobEvent } from '../../services/optimize/optimize-jobs.js';
import { ProblemError, notFound } from '../../contract/problem.js';
import { named } from '../../contract/named.js';
import { OptimizeJob, OptimizeJobRequest, SaveScenarioBody, SavedOptimizeScenario } from '../../contract/optimize.js';
import { ref } from '../../contract/schema-helpers.js';
import { dateParam, todayCached, type Api, type RouteOptions } from './params.js';
import { plainJson, plannerUnavailable, problems } from './planning-common.js';
import { writeGuard } from './scenarios.js';
import { actingOf, admittedCaller } from '../auth/caller.js';
import { requireRole } from '../auth/guards.js';
import { JobOwners } from '../auth/job-owners.js';

/**
 * The optimiser as background jobs: start one (202 + Location), poll it or follow its progress as
 * server-sent events, cancel it (the answer so far stays), and save its answer as a draft scenario.
 * Job answers change while they run, so nothing here is cached.
 */

const tags = ['optimize'];
const JobParams = Type.Object({ jobId: Type.String({ pattern: '^[0-9a-f-]{36}$', description: 'The job id from POST /optimize' }) });

const jobNotFound = (id: string) =>
  notFound(`Det finnes ingen optimeringsjobb «${id}» (jobber glemmes en time etter at de er ferdige, og når tjeneren starter på nytt).`, { id, entityType: 'optimizeJob' });

/**
 * Solves hold a worker thread (and a core) for up to two minutes, so starting or cancelling one is a
 * planner's action: one running job per planner, cancelled only by whoever started it.
 */
export async function optimizeRoutes(app: Api, { services, auth }: RouteOptions): Promise<void> {
  const jobs = services.jobs;
  const owners = new JobOwners();
  const solverGuard = requireRole(services, auth, 'planner');
  app.addHook('preClose', async () => jobs.close());

  app.post(
    '/optimize',
    {
      schema: {
        tags,
        summary: 'Start an optimisation: which K offices, among the open ones and other candidates, serve the population best (runs in the background)',
        description:
          'Answers 202 at once with the job and `Location: /api/v1/optimize/{jobId}`. Greedy + swap, then HiGHS for up to `timeLimitSeconds` (≤ 120) unless `heuristicOnly`. ' +
          'A request that cannot be solved is a 422 `optimize.*` naming the field; while 2 solves run, 503 `optimize.busy` with Retry-After. Travel times are estimated.',
        body: named(OptimizeJobRequest),
        response: { 202: ref(OptimizeJob), ...problems(400, 401, 403, 409, 422, 429, 503) },
      },
      onRequest: solverGuard,
      validatorCompiler: preciseBodyValidation,
      ...plainJson,
    },
    async (request, reply) => {
      if (request.body.at !== undefined) dateParam(request.body.at, 'at');
      const { user } = admittedCaller(request);
      owners.refuseSecond(user, (id) => {
        const job = jobs.get(id);
        return job ? job.status === 'running' : null;
      });
      const job = jobs.start(await services.directory.register(), request.body, todayCached());
      owners.record(job.id, user);
      reply.code(202).header('location', `/api/v1/optimize/${job.id}`).header('cache-control', 'no-store');
      return job;
    },
  );

  app.get(
    '/optimize/:jobId',
    {
      schema: {
        tags,
        summary: 'An optimisation job: running (with progress: phase, objective, bound, gap, elapsed), done (with the answer), cancelled (with the answer so far) or failed (with a problem)',
        params: JobParams,
        response: { 200: ref(OptimizeJob), ...problems(400, 404, 429) },
      },
      config: { cache: 'none' },
      ...plainJson,
    },
    async (request) => {
      const job = jobs.get(request.params.jobId);
      if (!job) throw jobNotFound(request.params.jobId);
      return job;
    },
  );

  app.get(
    '/optimize/:jobId/events',
    {
      schema: {
        tags,
        summary: "The job's progress as server-sent events: `progress` (phase, objective, bound, gap, elapsed) a few times a second, then one `end` with the whole job",
        params: JobParams,
        response: {
          200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: Type.String({ description: 'event: progress|end, data: JSON' }) } } },
          ...problems(400, 404, 429),
        },
      },
    },
    async (request, reply) => {
      const id = request.params.jobId;
      if (!jobs.get(id)) throw jobNotFound(id);
      // From here the stream is ours; keep the headers set so far (CORS, rate limit).
      reply.hijack();
      const raw = reply.raw;
      const kept = Object.entries(reply.getHeaders()).filter((e): e is [string, string | number | string[]] => e[1] !== undefined);
      raw.writeHead(200, {
        ...Object.fromEntries(kept),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      let unfollow: (() => void) | null = null;
      const send = (event: JobEvent) => {
        raw.write(`event: ${event.kind}\ndata: ${JSON.stringify(event.kind === 'end' ? event.job : event.progress)}\n\n`);
        if (event.kind === 'end') {
          unfollow?.();
          raw.end();
        }
      };
      unfollow = jobs.follow(id, send);
      if (raw.writableEnded) unfollow?.();
      request.raw.on('close', () => unfollow?.());
    },
  );

  app.delete(
    '/optimize/:jobId',
    {
      schema: {
        tags,
        summary: 'Cancel a running job; answers once it has stopped, with the best answer found so far (status cancelled)',
        params: JobParams,
        response: { 200: ref(OptimizeJob), ...problems(400, 401, 403, 404, 429) },
      },
      onRequest: solverGuard,
      ...plainJson,
    },
    async (request, reply) => {
      owners.refuseOthers(request.params.jobId, admittedCaller(request).user);
      const job = await jobs.cancel(request.params.jobId);
      if (!job) throw jobNotFound(request.params.jobId);
      reply.header('cache-control', 'no-store');
      return job;
    },
  );

  app.post(
    '/optimize/:jobId/scenario',
    {
      schema: {
        tags: [...tags, 'planner'],
        summary: "Save the job's answer as a draft scenario: selected sites opened, the others closed per station district (planner writes)",
        params: JobParams,
        body: named(SaveScenarioBody),
        response: { 201: ref(SavedOptimizeScenario), ...problems(400, 401, 403, 404, 409, 415, 422, 429, 503) },
      },
      onRequest: writeGuard(services, auth, 'planner'),
      validatorCompiler: preciseBodyValidation,
      ...plainJson,
    },
    async (request, reply) => {
      const scenarios = services.scenarios;
      if (!scenarios) throw plannerUnavailable();
      const job = jobs.get(request.params.jobId);
      if (!job) throw jobNotFound(request.params.jobId);
      const report = jobs.result(job.id);
      if (!report) {
        throw new ProblemError(409, 'optimize.not-done', `Optimeringsjobben er ${job.status === 'running' ? 'ikke ferdig ennå' : 'feilet'} og har ikke noe svar å lagre.`, { status: job.status });
      }
      const saved = await saveOptimizeScenario(scenarios, await services.directory.register(), report, request.body.name, actingOf(request), services.locateMunicipality);
      if (!saved.ok) {
        const e = saved.error;
        if (e.code === 'optimize.scenario-rejected') {
          throw new ProblemError(422, e.code, `Svaret kan ikke lagres som scenario: planleggeren avviser ${e.issues.length === 1 ? 'én endring' : `${e.issues.length} endringer`}. Ingenting er lagret.`, {
            issues: e.issues.map(plainIssue),
          });
        }
        if (e.code === 'optimize.scenario-unlocated') {
          throw new ProblemError(422, e.code, `Det nye stedet «${e.id}» (${e.lat}, ${e.lon}) ligger ikke i noen norsk kommune. Ingenting er lagret.`, { id: e.id, lat: e.lat, lon: e.lon });
        }
        throw new ProblemError(422, e.code, 'Svaret er det samme som strukturen på grunnlagsdatoen, så scenarioet ville ikke hatt noen endringer. Ingenting er lagret.');
      }
      reply.code(201).header('location', `/api/v1/scenarios/${saved.value.scenario.id}`).header('etag', `"${saved.value.scenario.revision}"`).header('cache-control', 'no-store');
      return saved.value;
    },
  );
}
