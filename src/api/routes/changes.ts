import Type from 'typebox';
import { addDays, type IsoDate } from '../../shared/dates.js';
import { diffStructure } from '../../domain/diff.js';
import type { Register } from '../../domain/register.js';
import { inForcePeriods, latestName } from '../../services/views/lookup.js';
import { invalidParameter, notFound } from '../../contract/problem.js';
import { ChangeList, EntityHistory, StructureDiff } from '../../contract/register.js';
import { ISO_DATE_PATTERN, ref } from '../../contract/schema-helpers.js';
import { toChangeRef } from '../../domain/diff.js';
import { changeListView, changesInRange, type ChangeRange } from '../../services/views/changes.js';
import { AtParam, EntityTypeParam, PROBLEM_RESPONSES, atQuery, dateParam, type Api, type RouteOptions } from './params.js';
import { FiniteInteger } from '../../contract/finite-number.js';

const tags = ['history'];
const DateParam = (description: string) => Type.String({ pattern: ISO_DATE_PATTERN, description });

export const changeRangeQuery = {
  ...atQuery,
  from: Type.Optional(DateParam('Exclusive start (default: before the first change)')),
  to: Type.Optional(DateParam('Inclusive end (default: `at`)')),
  limit: Type.Optional(FiniteInteger({ minimum: 1, maximum: 5000, default: 1000 })),
  offset: Type.Optional(FiniteInteger({ minimum: 0, default: 0 })),
};

/** from/to/limit/offset from the query: dates checked, from ≤ to, defaults filled in. */
export function resolveChangeRange(register: Register, q: { at?: string; from?: string; to?: string; limit?: number; offset?: number }): ChangeRange {
  const at = dateParam(q.at, 'at');
  const to = dateParam(q.to, 'to', () => at);
  const first = register.firstDate;
  // `from` is exclusive, so the day before the register starts asks for every change from its first day.
  const from = dateParam(q.from, 'from', () => (first ? addDays(first, -1) : to), { exclusiveStart: true });
  if (from > to) throw invalidParameter('from', `«from» (${from}) må være samme dag som eller før «to» (${to}).`);
  return { from, to, limit: q.limit ?? 1000, offset: q.offset ?? 0 };
}

export async function changeRoutes(app: Api, { services }: RouteOptions): Promise<void> {
  app.get(
    '/changes',
    {
      schema: {
        tags,
        summary: 'The change log between two dates, each change with its decision reference and sources',
        description: 'Changes effective after `from` and on or before `to`, in the order they take effect.',
        querystring: Type.Object({ ...changeRangeQuery, entity: Type.Optional(EntityTypeParam) }),
        response: { 200: ref(ChangeList), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public' },
    },
    async (request) => {
      const register = await services.directory.register();
      const range = { ...resolveChangeRange(register, request.query), entity: request.query.entity };
      return changeListView(changesInRange(register, range), range);
    },
  );

  app.get(
    '/diff',
    {
      schema: {
        tags,
        summary: 'What differs between the structure on two dates (as `naerpoliti diff --json`)',
        querystring: Type.Object({ at: Type.Optional(AtParam), from: DateParam('The earlier date'), to: DateParam('The later date') }),
        response: { 200: ref(StructureDiff), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public' },
    },
    async (request) => {
      // `at` changes nothing here (every route takes it), but it is checked like everywhere else.
      dateParam(request.query.at, 'at');
      const from = dateParam(request.query.from, 'from');
      const to = dateParam(request.query.to, 'to');
      if (from > to) throw invalidParameter('from', `«from» (${from}) må være samme dag som eller før «to» (${to}).`);
      return diffStructure(await services.directory.register(), from, to);
    },
  );

  app.get(
    '/history/:id',
    {
      schema: {
        tags,
        summary: 'The dated life of any id (district, unit, station district, office, municipality number …)',
        params: Type.Object({ id: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 }) }),
        querystring: Type.Object(atQuery),
        response: { 200: ref(EntityHistory), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public' },
    },
    async (request) => {
      const register = await services.directory.register();
      const at: IsoDate = dateParam(request.query.at, 'at');
      const history = register.history(request.params.id);
      if (!history) throw notFound(`Registeret har ingen historikk for «${request.params.id}».`, { id: request.params.id });
      const periods = inForcePeriods(history);
      return {
        id: history.id,
        type: history.type,
        name: latestName(history),
        at,
        inForceAt: periods.some((p) => p.from <= at && (p.to === null || at < p.to)),
        inForce: periods,
        intervals: history.intervals.map((i) => ({ from: i.from, fromKnown: i.change.datePrecision !== 'on-or-before', to: i.to, active: i.active, attrs: { ...i.attrs }, change: toChangeRef(i.change) })),
      };
    },
  );
}
