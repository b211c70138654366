import Type from 'typebox';

/**
 * Building blocks for the API's schemas. A schema with an `$id` is registered once with
 * `app.addSchema` and referred to by `ref()`, so it appears once in the OpenAPI document under
 * components/schemas/<$id> and once in the serializer, while TypeScript still sees its static type.
 */

/** A `$ref` to a registered schema that keeps the referenced schema's static type. */
export function ref<S extends Type.TSchema>(schema: S): Type.TUnsafe<Type.Static<S>> {
  const id = (schema as { $id?: unknown }).$id;
  if (typeof id !== 'string') throw new Error('ref(): the schema has no $id; register it with an $id first');
  return Type.Unsafe<Type.Static<S>>(Type.Ref(id));
}

export const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

export const IsoDateString = Type.String({ pattern: ISO_DATE_PATTERN, description: 'A calendar date, YYYY-MM-DD', examples: ['2018-07-01'] });

const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

export const Slug = Type.String({ pattern: SLUG_PATTERN, maxLength: 80 });

/** An id parameter (lower-case letters, digits, hyphens) with its own description. */
export const slugParam = (description: string) => Type.String({ pattern: SLUG_PATTERN, maxLength: 80, description });

export const MunicipalityNumberString = Type.String({ pattern: '^\\d{4}$', description: 'Four-digit municipality number (2024 numbering)', examples: ['0301'] });
