import type { FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { RecordedChange } from '../../domain/changes.js';
import type { Scenario as ScenarioType } from '../../domain/scenario/scenario.js';
import { Scenario } from '../../domain/scenario/scenario.js';
import {
  CreateScenarioInput,
  PublishResultSchema,
  ScenarioComparisonSchema,
  ScenarioEvaluationSchema,
  ScenarioViewSchema,
  type ScenarioView,
} from '../../contract/scenario-views.js';
import type { LocateFn } from '../../services/optimize/optimize-scenario.js';
import type { ScenarioService } from '../../services/planner/scenario-service.js';
import { preciseBodyValidation } from '../body-validation.js';
import { historyOr404, latestName } from '../../services/views/lookup.js';
import type { AppServices } from '../../services/app-services.js';
import { ProblemError, invalidParameter } from '../../contract/problem.js';
import { named, namedAs } from '../../contract/named.js';
import { AddChangeBody, MoveChangeBody, MunicipalityConsultations, PublishBody, ScenarioHistory, ScenarioList, StatusBody, UpdateScenarioBody } from '../../contract/planner.js';
import { MunicipalityNumberString, ref } from '../../contract/schema-helpers.js';
import { dateParam, type Api, type RouteOptions } from './params.js';
import type { Role } from '../../contract/auth.js';
import type { EditContext } from '../../services/planner/scenario-service.js';
import { actingOf, admittedCaller } from '../auth/caller.js';
import { forbidden, requireRole, type AuthSettings } from '../auth/guards.js';
import { accessParams, plainJson, plannerUnavailable, problems, reportOptionsQuery } from './planning-common.js';
import { FiniteInteger } from '../../contract/finite-number.js';

/**
 * The planner's scenarios over HTTP: thin handlers over ScenarioService. Reads are open; every write
 * needs a signed-in caller with the right role (src/api/auth: planners draft and edit, deciders
 * decide and publish what someone else wrote) and a JSON body (so a cross-site form cannot send one).
 * Every scenario answer carries `ETag: "<revision>"`; an edit of an existing scenario must send it
 * back in If-Match (428 without it), and a stale one is 409. Nothing here is cached.
 */

const tags = ['planner'];
const IdParams = Type.Object({ id: FiniteInteger({ minimum: 1, description: 'Scenario id' }) });
const ChangeParams = Type.Object({ id: FiniteInteger({ minimum: 1 }), position: FiniteInteger({ minimum: 1, description: 'The change’s position, from 1' }) });

const ViewRef = namedAs<ScenarioView>(ScenarioViewSchema);
const PublishRef = namedAs<{ scenario: ScenarioType; changes: RecordedChange[] }>(PublishResultSchema);

/**
 * The revision an edit was made on: If-Match: "<revision>" (or the body's `expectedRevision`, the
 * same number for clients that cannot set headers), required: 428 without either, since an edit
 * that names no revision could overwrite one it never saw; `*` is refused for the same reason.
 */
function expectedRevision(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  const body = request.body;
  const given = typeof body === 'object' && body !== null ? (body as { expectedRevision?: unknown }).expectedRevision : undefined;
  if (header === undefined && typeof given === 'number') return given;
  if (header === undefined || header.trim() === '*') {
    throw new ProblemError(
      428,
      'scenario.revision-required',
      'Endringer i et scenario må sende revisjonen de ble gjort på i «If-Match», slik ETag-en ga den (f.eks. "3"); «*» godtas ikke.',
    );
  }
  const m = /^\s*"(\d+)"\s*$/.exec(header);
  if (!m) throw invalidParameter('If-Match', `Headeren «If-Match» må være scenarioets revisjon i anførselstegn, som i ETag-en, f.eks. "3", ikke «${header}».`);
  const revision = Number(m[1]);
  if (typeof given === 'number' && given !== revision) {
    throw invalidParameter('expectedRevision', `«expectedRevision» (${given}) og «If-Match» (${revision}) sier forskjellige revisjoner.`);
  }
  return revision;
}

/** onRequest guard of every write: a scenario store, a signed-in caller with one of `roles`, a JSON body. */
export function writeGuard(services: AppServices, auth: AuthSettings, ...roles: Role[]) {
  const admitted = requireRole(services, auth, ...roles);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!services.scenarios) throw plannerUnavailable();
    await admitted(request, reply);
    if ((request.method === 'POST' || request.method === 'PATCH') && !/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      throw new ProblemError(415, 'request.unsupported-media-type', 'Endringer i planleggeren må sendes som JSON (Content-Type: application/json).');
    }
  };
}

/** An edit's context: who (for the audit log) and the revision from If-Match. */
function editContext(request: FastifyRequest): EditContext {
  return { ...actingOf(request), expectedRevision: expectedRevision(request) };
}

function service(services: AppServices): ScenarioService {
  if (!services.scenarios) throw plannerUnavailable();
  return services.scenarios;
}

function withRevision<T>(reply: FastifyReply, revision: number, value: T): T {
  reply.header('etag', `"${revision}"`).header('cache-control', 'no-store');
  return value;
}

export async function scenarioRoutes(app: Api, { services, auth }: RouteOptions): Promise<void> {
  const write = { onRequest: writeGuard(services, auth, 'planner'), validatorCompiler: preciseBodyValidation, ...plainJson };
  const decide = { onRequest: writeGuard(services, auth, 'planner', 'decider'), validatorCompiler: preciseBodyValidation, ...plainJson };
  const publish = { onRequest: writeGuard(services, auth, 'decider'), validatorCompiler: preciseBodyValidation, ...plainJson };
  const read = { config: { cache: 'none' as const }, ...plainJson };
  const WRITE_PROBLEMS = problems(400, 401, 403, 404, 409, 415, 422, 428, 429, 503);
  const READ_PROBLEMS = problems(400, 404, 429, 503);

  app.get(
    '/scenarios',
    { schema: { tags, summary: 'Every scenario, newest first', response: { 200: ref(ScenarioList), ...READ_PROBLEMS } }, ...read },
    async () => ({ scenarios: await service(services).list() }),
  );

  app.post(
    '/scenarios',
    {
      schema: {
        tags,
        summary: 'A new draft scenario on a base date',
        body: named(CreateScenarioInput),
        response: { 201: named(Scenario), ...WRITE_PROBLEMS },
      },
      ...write,
    },
    async (request, reply) => {
      dateParam(request.body.baseDate, 'baseDate');
      const { actor, ...origin } = actingOf(request);
      const created = await service(services).create(request.body, actor, origin);
      reply.code(201).header('location', `/api/v1/scenarios/${created.id}`);
      return withRevision(reply, created.revision, created);
    },
  );

  app.get(
    '/scenarios/:id',
    {
      schema: {
        tags,
        summary: 'A scenario with each proposal expanded on its base date (the ops), what breaks, and what already broke on the base date',
        params: IdParams,
        response: { 200: ViewRef, ...READ_PROBLEMS },
      },
      ...read,
    },
    async (request, reply) => {
      const view = await service(services).view(request.params.id);
      if (!view) throw notFoundScenario(request.params.id);
      return withRevision(reply, view.scenario.revision, view);
    },
  );

  app.patch(
    '/scenarios/:id',
    {
      schema: { tags, summary: 'Rename or describe a scenario', params: IdParams, body: named(UpdateScenarioBody), response: { 200: named(Scenario), ...WRITE_PROBLEMS } },
      ...write,
    },
    async (request, reply) => {
      const { expectedRevision: _, ...patch } = request.body;
      const saved = await service(services).update(request.params.id, patch, editContext(request));
      return withRevision(reply, saved.revision, saved);
    },
  );

  app.post(
    '/scenarios/:id/changes',
    {
      schema: {
        tags,
        summary: 'Add a proposal (at a position, default last); refused with 422 when it would break a rule',
        description: 'An `open-office` proposal may leave out `municipalityNumber`: the server finds the municipality its position lies in.',
        params: IdParams,
        body: named(AddChangeBody),
        response: { 200: ViewRef, ...WRITE_PROBLEMS },
      },
      ...write,
      preValidation: async (request: FastifyRequest) => locateOpenedOffice(request, services.locateMunicipality),
    },
    async (request, reply) => {
      const { proposal, position } = request.body;
      const view = await service(services).addChange(request.params.id, proposal, { ...editContext(request), position });
      return withRevision(reply, view.scenario.revision, view);
    },
  );

  app.delete(
    '/scenarios/:id/changes/:position',
    {
      schema: { tags, summary: 'Remove the proposal at a position (undo); refused when a later one needs it', params: ChangeParams, response: { 200: ViewRef, ...WRITE_PROBLEMS } },
      ...write,
    },
    async (request, reply) => {
      const view = await service(services).removeChange(request.params.id, request.params.position, editContext(request));
      return withRevision(reply, view.scenario.revision, view);
    },
  );

  app.post(
    '/scenarios/:id/changes/:position/move',
    {
      schema: { tags, summary: 'Move the proposal at a position to another position', params: ChangeParams, body: named(MoveChangeBody), response: { 200: ViewRef, ...WRITE_PROBLEMS } },
      ...write,
    },
    async (request, reply) => {
      const { id, position } = request.params;
      const view = await service(services).moveChange(id, position, request.body.to, editContext(request));
      return withRevision(reply, view.scenario.revision, view);
    },
  );

  app.post(
    '/scenarios/:id/status',
    {
      schema: {
        tags,
        summary: 'Move a scenario through consultation to a decision (or back to draft); forward only without issues',
        params: IdParams,
        body: named(StatusBody),
        response: { 200: named(Scenario), ...WRITE_PROBLEMS },
      },
      ...decide,
    },
    async (request, reply) => {
      const context = editContext(request);
      const current = await service(services).get(request.params.id);
      // Deciding (and undoing a decision) is the decider's, and never the author's own.
      if (current && (request.body.status === 'decided' || current.status === 'decided')) refuseOwnDecision(request, current);
      else if (!admittedCaller(request).user.roles.includes('planner')) throw forbidden(['planner']);
      const saved = await service(services).setStatus(request.params.id, request.body.status, context);
      return withRevision(reply, saved.revision, saved);
    },
  );

  const analysisQuery = Type.Object({ ...reportOptionsQuery });

  app.get(
    '/scenarios/:id/evaluate',
    {
      schema: {
        tags,
        summary: "The scenario's structure judged by the default criteria, with its accessibility (estimated travel)",
        params: IdParams,
        querystring: analysisQuery,
        response: { 200: named(ScenarioEvaluationSchema), ...READ_PROBLEMS, ...problems(422) },
      },
      ...read,
    },
    async (request) => service(services).evaluate(request.params.id, { accessibility: reportOptions(request.query) }),
  );

  app.get(
    '/scenarios/:id/compare',
    {
      schema: {
        tags,
        summary: 'The scenario beside its base date: criteria before and after, accessibility, offices removed and added, municipalities farther away, the structural diff',
        params: IdParams,
        querystring: analysisQuery,
        response: { 200: named(ScenarioComparisonSchema), ...READ_PROBLEMS, ...problems(422) },
      },
      ...read,
    },
    async (request) => service(services).compare(request.params.id, { accessibility: reportOptions(request.query) }),
  );

  app.post(
    '/scenarios/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish a decided scenario: its changes are appended to the register with the decision, effective on a date',
        params: IdParams,
        body: named(PublishBody),
        response: { 200: PublishRef, ...WRITE_PROBLEMS },
      },
      ...publish,
    },
    async (request, reply) => {
      const scenarios = service(services);
      const { expectedRevision: _, ...input } = request.body;
      if (input.effective !== undefined) dateParam(input.effective, 'effective');
      const expected = expectedRevision(request);
      const current = await scenarios.get(request.params.id);
      if (current) {
        refuseOwnDecision(request, current);
        if (current.revision !== expected) throw conflict(current.id, current.revision, expected);
      }
      const { actor, ...origin } = actingOf(request);
      const published = await scenarios.publish(request.params.id, input, actor, origin);
      return withRevision(reply, published.scenario.revision, published);
    },
  );

  app.get(
    '/scenarios/:id/history',
    { schema: { tags, summary: 'What was done to the scenario, by whom and when, newest first', params: IdParams, response: { 200: ref(ScenarioHistory), ...READ_PROBLEMS } }, ...read },
    async (request) => {
      const scenarios = service(services);
      if (!(await scenarios.get(request.params.id))) throw notFoundScenario(request.params.id);
      // The history is public; the client addresses in it are personal data, kept for administrators (GET /audit).
      const entries = (await scenarios.history(request.params.id)).map((e) => ({ ...e, clientAddress: null }));
      return { id: request.params.id, entries };
    },
  );

  app.get(
    '/municipalities/:number/consultations',
    {
      schema: {
        tags: [...tags, 'directory'],
        summary: 'Scenarios in consultation whose proposals affect the municipality (move it, or close, merge, open or change an office in it or its station district)',
        params: Type.Object({ number: MunicipalityNumberString }),
        response: { 200: ref(MunicipalityConsultations), ...READ_PROBLEMS },
      },
      config: { cache: 'revalidate' },
      ...plainJson,
    },
    async (request) => {
      const register = await services.directory.register();
      const history = historyOr404(register, 'municipality', request.params.number);
      const found = await service(services).inConsultationAffecting(request.params.number);
      return {
        municipality: { number: request.params.number, name: latestName(history) },
        scenarios: found.map(({ scenario, steps }) => ({
          scenario: { id: scenario.id, name: scenario.name, baseDate: scenario.baseDate, status: scenario.status, createdAt: scenario.createdAt, updatedAt: scenario.updatedAt, revision: scenario.revision, changeCount: scenario.changes.length },
          description: scenario.description,
          changes: steps.map((s) => ({ position: s.position, label: s.label, proposal: s.proposal, names: s.names })),
        })),
      };
    },
  );
}

function reportOptions(q: { threshold?: number; target?: number; thresholds?: string }) {
  const p = accessParams(q);
  return { thresholdMinutes: p.thresholdMinutes, targetShare: p.targetShare, thresholds: p.thresholds ? [...p.thresholds] : undefined };
}

/** Four eyes: whoever wrote a scenario may not decide or publish it. */
function refuseOwnDecision(request: FastifyRequest, scenario: ScenarioType): void {
  const { user } = admittedCaller(request);
  if (!user.roles.includes('decider')) throw forbidden(['decider']);
  if (scenario.createdBy === user.name) {
    throw new ProblemError(403, 'scenario.own-scenario', `Du laget scenario ${scenario.id} selv; en annen beslutter må vedta og publisere det.`, { scenarioId: scenario.id });
  }
}

function notFoundScenario(id: number): ProblemError {
  return new ProblemError(404, 'resource.not-found', `Det finnes ikke noe scenario ${id}.`, { id: String(id), entityType: 'scenario' });
}

function conflict(id: number, revision: number, expected: number): ProblemError {
  return new ProblemError(
    409,
    'scenario.conflict',
    `Scenario ${id} er endret av noen andre i mellomtiden (det er på revisjon ${revision}, endringen ble gjort på revisjon ${expected}). Hent det på nytt og prøv igjen.`,
    { scenarioId: id, revision, expectedRevision: expected },
  );
}

/**
 * An open-office proposal without a municipality gets the one its position lies in (the full
 * boundary layer, as `naerpoliti scenario add … open-office` does); a position outside Norway is a
 * 400 naming it. Runs before validation, which then sees a complete proposal.
 */
async function locateOpenedOffice(request: FastifyRequest, locate: LocateFn): Promise<void> {
  const body = request.body;
  if (typeof body !== 'object' || body === null) return;
  const proposal = (body as { proposal?: unknown }).proposal;
  if (typeof proposal !== 'object' || proposal === null) return;
  const p = proposal as Record<string, unknown>;
  if (p['type'] !== 'open-office' || p['municipalityNumber'] !== undefined || typeof p['lat'] !== 'number' || typeof p['lon'] !== 'number') return;
  if (!(Math.abs(p['lat']) <= 90 && Math.abs(p['lon']) <= 180)) return; // validation names the coordinate
  const number = locate(p['lat'], p['lon']);
  if (number === null) {
    throw new ProblemError(400, 'request.invalid-parameter', `Posisjonen (${p['lat']}, ${p['lon']}) ligger ikke i noen norsk kommune; oppgi «municipalityNumber» eller en annen posisjon.`, {
      parameter: 'proposal',
      path: '/proposal/lat',
    });
  }
  p['municipalityNumber'] = number;
}
