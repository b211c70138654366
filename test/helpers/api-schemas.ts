import assert from 'node:assert/strict';
import type { TSchema } from 'typebox';
import { Check, Errors } from 'typebox/value';
import { ACCESS_SCHEMAS } from '../../src/contract/access.js';
import { ANALYSIS_SCHEMAS } from '../../src/contract/analysis.js';
import { COMMON_SCHEMAS } from '../../src/contract/common.js';
import { OPTIMIZE_SCHEMAS } from '../../src/contract/optimize.js';
import { PLANNER_SCHEMAS } from '../../src/contract/planner.js';
import { AUTH_SCHEMAS } from '../../src/contract/auth.js';

/**
 * Holds an answer to the schema the API documents for it, with every `$ref` resolved by name through
 * the API's registered schemas — what a client checking answers (web/src/api/decode.ts) does.
 */
const CONTEXT: Record<string, TSchema> = Object.fromEntries(
  [...COMMON_SCHEMAS, ...ANALYSIS_SCHEMAS, ...ACCESS_SCHEMAS, ...PLANNER_SCHEMAS, ...OPTIMIZE_SCHEMAS, ...AUTH_SCHEMAS].map((s) => [(s as { $id: string }).$id, s]),
);

export function assertConforms(schema: TSchema | string, value: unknown, what = 'answer'): void {
  const s = typeof schema === 'string' ? { $ref: schema } : schema;
  if (Check(CONTEXT, s, value)) return;
  const errors = [...Errors(CONTEXT, s, value)].slice(0, 5).map((e) => `${e.instancePath} ${e.message}`);
  assert.fail(`${what} does not fit ${typeof schema === 'string' ? schema : 'its schema'}: ${errors.join('; ')}`);
}
