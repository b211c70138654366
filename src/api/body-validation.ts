import type { FastifySchemaCompiler } from 'fastify';
import type Type from 'typebox';
import { Compile } from 'typebox/compile';
import { Value } from 'typebox/value';
import { schemaIssueFinder } from '../domain/schema-issues.js';
import { schemaNamed } from '../contract/named.js';

/**
 * Validation for routes that take a JSON body (the planner's). Fastify's Ajv is set up to strip
 * unknown fields (`removeAdditional`), which inside a union strips the fields of the alternative it
 * tries first — a `merge-office` proposal would lose `intoOfficeId` on its way past `close-office` —
 * and its first error names an alternative the client never meant. So these routes validate their
 * body with the domain's walker (the one the services use), which picks the union member by its
 * `type` and names the first wrong field as a JSON path, on the schema as defined (the route's
 * `$ref` looked up by name). Path parameters are converted and checked by TypeBox; their errors have
 * the same shape as Ajv's, so the error handler renders both alike.
 */

/** The body's first problem in the shape fastify passes to the error handler (`error.validation`). */
interface BodyIssue {
  keyword: 'body';
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message: string;
}

function bodyValidator(schema: unknown): (value: unknown) => { value: unknown } | { error: BodyIssue[] } {
  const id = typeof schema === 'object' && schema !== null ? (schema as { $ref?: unknown }).$ref : undefined;
  const defined = typeof id === 'string' ? schemaNamed(id) : undefined;
  if (!defined) throw new Error(`precise body validation needs a $ref to a schema named with nameSchemas(), got ${JSON.stringify(schema)}`);
  const issueOf = schemaIssueFinder(defined);
  return (value) => {
    const issue = issueOf(value);
    return issue ? { error: [{ keyword: 'body', instancePath: issue.path, schemaPath: '#', params: {}, message: issue.message }] } : { value };
  };
}

function convertingValidator(schema: Type.TSchema) {
  const check = Compile(schema);
  return (value: unknown) => {
    const converted = Value.Convert(schema, value);
    return check.Check(converted) ? { value: converted } : { error: [...check.Errors(converted)] };
  };
}

/** Route option `validatorCompiler` for routes with a JSON body. */
export const preciseBodyValidation: FastifySchemaCompiler<Type.TSchema> = ({ schema, httpPart }) =>
  httpPart === 'body' ? bodyValidator(schema) : convertingValidator(schema);
