import Type from 'typebox';
import { CriteriaReportSchema } from '../../contract/criteria-report.js';
import { parseRuleSet } from '../../analysis/criteria/index.js';
import { ClosingCostsReportSchema } from '../../contract/closing-costs-report.js';
import { jsonTextOf } from '../../services/access/access-analysis.js';
import { preciseBodyValidation } from '../body-validation.js';
import { ProblemError } from '../../contract/problem.js';
import { named } from '../../contract/named.js';
import { CriteriaEvaluateBody } from '../../contract/planner.js';
import { PROBLEM_RESPONSES, atQuery, dateParam, type Api, type RouteOptions } from './params.js';
import { jsonText, plainJson, problems, sendJsonText, travelQuery } from './planning-common.js';
import { RuleSet } from '../../contract/criteria-rule-set.js';
import { FiniteInteger, FiniteNumber } from '../../contract/finite-number.js';

/**
 * The planner's criteria (the default rule set, or a planner's own sent as JSON) and closing costs,
 * on any date of the register.
 */

const tags = ['planner'];

export async function criteriaRoutes(app: Api, { services }: RouteOptions): Promise<void> {
  app.get(
    '/criteria',
    {
      schema: {
        tags,
        summary: 'The structure on the date judged by the default criteria (data/criteria/default.json)',
        description: 'Each rule passes or fails with its headline number and the districts or municipalities behind it; travel rules use the travel model chosen (`travel`: road by default, estimated).',
        querystring: Type.Object({ ...atQuery, travel: travelQuery.travel }),
        response: { 200: jsonText(named(CriteriaReportSchema)), ...PROBLEM_RESPONSES, ...problems(422) },
      },
      config: { cache: 'public' },
    },
    async (request, reply) => {
      const at = dateParam(request.query.at, 'at');
      const register = await services.directory.register();
      const travel = request.query.travel;
      return sendJsonText(
        reply,
        services.memo.get(register, `criteria|${at}|${services.travelKey(travel)}`, () => jsonTextOf(services.analysisFor(travel).criteriaAt(register, at, services.defaultRuleSet()))),
      );
    },
  );

  app.get(
    '/criteria/rule-set',
    {
      schema: { tags, summary: 'The default rule set, to copy, change and send to POST /criteria/evaluate', response: { 200: named(RuleSet), ...problems(429) } },
      config: { cache: 'public' },
      ...plainJson,
    },
    async () => services.defaultRuleSet(),
  );

  app.post(
    '/criteria/evaluate',
    {
      schema: {
        tags,
        summary: "The structure on a date judged by the planner's own rule set",
        description:
          'A rule set that does not fit the schema, uses an id twice or has a population band with min above max is a 400 `criteria.invalid` naming `parameter: "ruleSet"` and the JSON `path` of the first problem.',
        body: named(CriteriaEvaluateBody),
        response: { 200: named(CriteriaReportSchema), ...problems(400, 422, 429) },
      },
      config: { bodyFieldCodes: { ruleSet: 'criteria.invalid' } },
      validatorCompiler: preciseBodyValidation,
      ...plainJson,
    },
    async (request) => {
      const at = dateParam(request.body.at, 'at');
      // The schema passed; what it cannot say (ids used twice, empty bands) the rule-set parser does.
      const parsed = parseRuleSet(JSON.stringify(request.body.ruleSet), 'ruleSet');
      if (!parsed.ok) {
        const issues = parsed.error.map((i) => ({ code: i.code, path: `/ruleSet${i.path}`, message: i.message }));
        throw new ProblemError(400, 'criteria.invalid', `Kriteriesettet er ugyldig ved «${issues[0]!.path}»: ${parsed.error[0]!.message}.`, {
          parameter: 'ruleSet',
          path: issues[0]!.path,
          issues,
        });
      }
      return services.analysis.criteriaAt(await services.directory.register(), at, parsed.value);
    },
  );

  app.get(
    '/closing-costs',
    {
      schema: {
        tags,
        summary: 'What closing each office open on the date would cost, alone: people affected and moved beyond the threshold, person-minutes added',
        querystring: Type.Object({
          ...atQuery,
          threshold: Type.Optional(FiniteNumber({ exclusiveMinimum: 0, maximum: 1440, description: 'Minutes (default 45)' })),
          target: Type.Optional(FiniteNumber({ exclusiveMinimum: 0, maximum: 1, description: 'District target share (default 0.9), for `breaksTarget`' })),
          limit: Type.Optional(FiniteInteger({ minimum: 1, maximum: 10_000, description: 'At most this many, most costly first (default all)' })),
          travel: travelQuery.travel,
        }),
        response: { 200: jsonText(named(ClosingCostsReportSchema)), ...PROBLEM_RESPONSES, ...problems(422) },
      },
      config: { cache: 'public' },
    },
    async (request, reply) => {
      const q = request.query;
      const at = dateParam(q.at, 'at');
      const register = await services.directory.register();
      const key = JSON.stringify(['closing-costs', at, q.threshold ?? null, q.target ?? null, q.limit ?? null, services.travelKey(q.travel)]);
      return sendJsonText(
        reply,
        services.memo.get(register, key, () => jsonTextOf(services.analysisFor(q.travel).closingCostsAt(register, at, { thresholdMinutes: q.threshold, targetShare: q.target, limit: q.limit }))),
      );
    },
  );
}
