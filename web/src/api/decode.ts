import type { Static, TSchema } from 'typebox';
import { Check } from 'typebox/value';
import { COMMON_SCHEMAS } from '../../../src/contract/common.js';
import { DIRECTORY_SCHEMAS } from '../../../src/contract/directory.js';
import { PLACES_SCHEMAS } from '../../../src/contract/places.js';
import { REGISTER_SCHEMAS } from '../../../src/contract/register.js';

/**
 * Answers from the API are checked against the API's own response schemas (the same TypeBox
 * objects the server validates, serialises and documents with), so a page never renders a shape it
 * was not written for: a mismatch becomes the error state instead of a broken page.
 */

const ALL_SCHEMAS: readonly TSchema[] = [...COMMON_SCHEMAS, ...DIRECTORY_SCHEMAS, ...PLACES_SCHEMAS, ...REGISTER_SCHEMAS];

/** `$ref`s between schemas resolve through this context, keyed by each schema's `$id`. */
const CONTEXT: Record<string, TSchema> = Object.fromEntries(
  ALL_SCHEMAS.flatMap((schema) => {
    // TSchema does not declare $id; read it as unknown and keep only strings.
    const id = (schema as { $id?: unknown }).$id;
    return typeof id === 'string' ? [[id, schema]] : [];
  }),
);

export class ApiShapeError extends Error {
  override name = 'ApiShapeError';
}

/** A decoder for ApiRequest: the body as Static<schema>, or ApiShapeError naming what was asked for. */
export function decodeWith<S extends TSchema>(schema: S, what: string): (body: unknown) => Static<S> {
  return (body) => {
    // Checked against the schema with every $ref resolvable, so the static type holds.
    if (Check(CONTEXT, schema, body)) return body as Static<S>;
    throw new ApiShapeError(`${what}: the answer does not have the shape the API documents`);
  };
}
