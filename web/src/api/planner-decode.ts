import type { TSchema } from 'typebox';
import { Check } from 'typebox/value';
import { ANALYSIS_SCHEMAS } from '../../../src/contract/analysis.js';
import { COMMON_SCHEMAS } from '../../../src/contract/common.js';
import { OPTIMIZE_SCHEMAS } from '../../../src/contract/optimize.js';
import { PLANNER_SCHEMAS } from '../../../src/contract/planner.js';
import { ApiShapeError } from './decode.js';

/**
 * The planner's answers checked against the API's own named schemas (ANALYSIS_SCHEMAS, PLANNER_SCHEMAS,
 * OPTIMIZE_SCHEMAS). Kept apart from decode.ts so these larger schemas ship only in the planner's
 * lazily loaded chunk, never with the front page.
 */

const ALL_SCHEMAS: readonly TSchema[] = [...COMMON_SCHEMAS, ...ANALYSIS_SCHEMAS, ...PLANNER_SCHEMAS, ...OPTIMIZE_SCHEMAS];

const CONTEXT: Record<string, TSchema> = Object.fromEntries(
  ALL_SCHEMAS.flatMap((schema) => {
    // TSchema does not declare $id; read it as unknown and keep only strings.
    const id = (schema as { $id?: unknown }).$id;
    return typeof id === 'string' ? [[id, schema]] : [];
  }),
);

/** A decoder typed as `T` for the schema registered under `name` (`ScenarioView`, `OptimizeJob` …). */
export function decodeNamed<T>(name: string, what: string): (body: unknown) => T {
  const schema = { $ref: name } as TSchema;
  if (!CONTEXT[name]) throw new Error(`decodeNamed: no schema named ${name}`);
  return (body) => {
    // Checked against the named schema with every $ref resolvable; T is that schema's static type.
    if (Check(CONTEXT, schema, body)) return body as T;
    throw new ApiShapeError(`${what}: the answer does not have the shape the API documents`);
  };
}

