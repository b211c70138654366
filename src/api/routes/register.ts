import Type from 'typebox';
import { countStructure } from '../../domain/structure-counts.js';
import { Organisation, PrioritisedFunction, StructureCounts } from '../../contract/register.js';
import { ref } from '../../contract/schema-helpers.js';
import { functionsView, organisationView } from '../../services/views/organisation.js';
import { PROBLEM_RESPONSES, atQuery, directoryAt, type Api, type RouteOptions } from './params.js';

/** The register as a whole: counts, the organisation tree and the prioritised functions; and health. */

const AtQuery = Type.Object(atQuery);
const Health = Type.Object({ status: Type.Literal('ok') });

export async function registerRoutes(app: Api, { services }: RouteOptions): Promise<void> {
  app.get('/health', { schema: { tags: ['meta'], summary: 'Liveness', response: { 200: Health } }, config: { cache: 'none' } }, async () => ({ status: 'ok' as const }));

  app.get(
    '/structure',
    {
      schema: { tags: ['meta'], summary: 'Counts on the date (as `naerpoliti structure --json`)', querystring: AtQuery, response: { 200: ref(StructureCounts), ...PROBLEM_RESPONSES } },
      config: { cache: 'public' },
    },
    async (request) => countStructure((await directoryAt(services.directory, request.query.at)).snapshot),
  );

  app.get(
    '/organisation',
    {
      schema: {
        tags,
        summary: 'The organisation on the date: directorate → districts → operating units → station districts → offices, and the prioritised functions',
        querystring: AtQuery,
        response: { 200: ref(Organisation), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public' },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      return organisationView(dir.snapshot, dir.reference.functions);
    },
  );

  app.get(
    '/functions',
    {
      schema: {
        tags,
        summary: "The reform's six prioritised functions, with the functional units carrying them on the date",
        querystring: AtQuery,
        response: { 200: Type.Object({ at: Type.String(), functions: Type.Array(ref(PrioritisedFunction)) }), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public' },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      return { at: dir.at, functions: functionsView(dir.snapshot, dir.reference.functions) };
    },
  );
}

const tags = ['directory'];
