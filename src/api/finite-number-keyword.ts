import { FINITE_KEYWORD } from '../contract/finite-number.js';

/**
 * Teaches fastify's Ajv the contract's FINITE_KEYWORD (see src/contract/finite-number.ts): a number
 * marked with it must be finite. The keyword runs after Ajv's coercion, so it sees the number a query
 * string became (`1e309` → Infinity) and refuses it; the error handler names the parameter. It is
 * declared for every data type on purpose: Ajv guards its `number` keyword group with isFinite(),
 * so a keyword confined to numbers would never see the values it is for.
 * Registered through fastify's `ajv.plugins` option.
 */

/** The part of Ajv this plugin uses (Ajv itself is fastify's dependency, not ours). */
interface KeywordHost {
  addKeyword(definition: { keyword: string; schemaType: 'boolean'; errors: boolean; validate: (schema: boolean, data: unknown) => boolean }): unknown;
}

export function finiteNumberKeyword<A extends KeywordHost>(ajv: A): A {
  ajv.addKeyword({
    keyword: FINITE_KEYWORD,
    schemaType: 'boolean',
    errors: false,
    validate: (finite, data) => !finite || typeof data !== 'number' || Number.isFinite(data),
  });
  return ajv;
}
