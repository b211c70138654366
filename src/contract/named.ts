import Type from 'typebox';

/**
 * Schemas defined in the analysis, domain and service layers (without `$id`: those layers know
 * nothing of OpenAPI), given a name for the API. A named copy has every nested schema that is itself
 * named — the same object, as TypeBox keeps nested schemas by reference — replaced by a `$ref`, so
 * each appears once under components/schemas in the OpenAPI document and once in a client's
 * schema context. The schema as defined stays available by name for validating request bodies
 * with the domain's precise walker (`src/api/body-validation.ts`), which needs no `$ref`s.
 *
 * Name dependencies before their users: a schema named later is not turned into a `$ref` inside a
 * copy made earlier (it is then inlined, still correct).
 */

const idOf = new Map<object, string>();
const definedAs = new Map<string, Type.TSchema>();

function withRefs(node: unknown, root: unknown): unknown {
  if (Array.isArray(node)) return node.map((item) => withRefs(item, root));
  if (typeof node !== 'object' || node === null) return node;
  const id = idOf.get(node);
  if (id !== undefined && node !== root) return { $ref: id };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = withRefs(value, root);
  return out;
}

/** Named copies of `entries` (name → schema), ready for `app.addSchema`. */
export function nameSchemas(entries: Readonly<Record<string, Type.TSchema>>): Type.TSchema[] {
  for (const [id, schema] of Object.entries(entries)) {
    const known = idOf.get(schema);
    if (known !== undefined && known !== id) throw new Error(`nameSchemas: a schema named ${known} cannot also be named ${id}`);
    if (definedAs.has(id) && definedAs.get(id) !== schema) throw new Error(`nameSchemas: the name ${id} is taken`);
    idOf.set(schema, id);
    definedAs.set(id, schema);
  }
  // Safe: a copy of a JSON Schema object with nested schemas replaced by $refs is a JSON Schema object.
  return Object.entries(entries).map(([id, schema]) => ({ ...(withRefs(schema, schema) as object), $id: id }) as Type.TSchema);
}

/** A `$ref` to the name `schema` was given, typed as the schema itself. */
export function named<S extends Type.TSchema>(schema: S): Type.TUnsafe<Type.Static<S>> {
  const id = idOf.get(schema);
  if (id === undefined) throw new Error('named(): this schema was not given a name with nameSchemas()');
  return Type.Unsafe<Type.Static<S>>(Type.Ref(id));
}

/** A `$ref` to a named schema typed as `T` (for schemas whose static type TypeBox cannot spell). */
export function namedAs<T>(schema: Type.TSchema): Type.TUnsafe<T> {
  const id = idOf.get(schema);
  if (id === undefined) throw new Error('namedAs(): this schema was not given a name with nameSchemas()');
  return Type.Unsafe<T>(Type.Ref(id));
}

/** The schema as defined (no `$ref`s) under `id`, for body validation. */
export function schemaNamed(id: string): Type.TSchema | undefined {
  return definedAs.get(id);
}
