import { Compile } from 'typebox/compile';
import { parseIsoDate } from '../shared/dates.js';

/**
 * Precise validation against the domain's TypeBox schemas. TypeBox answers a failed union (the
 * change ops, one variant per operation and entity type; the proposal types; every `kind` literal
 * list) with one error per alternative, which tells a user nothing; this walks the schema the way
 * a person reads it: pick the variant by its constant fields (`type`, `entity`), then report the
 * first field that is wrong as a JSON path and why ("/op/attrs/kind must be one of …"). The
 * compiled TypeBox check still runs on every value as the authority, so a schema construct this
 * walker does not know cannot let an invalid value through.
 *
 * On top of the schema it refuses what a store could not give back unchanged or what the fold
 * would misread: impossible calendar dates that fit the YYYY-MM-DD pattern, `undefined` field values
 * (JSON drops them), NUL characters (PostgreSQL text cannot hold them) and lone UTF-16 surrogates
 * (UTF-8 cannot encode them).
 */

export interface Issue {
  /** JSON pointer to the offending field, relative to the value checked ("" for the value itself). */
  readonly path: string;
  /** What is wrong, starting with the requirement ("must …", "is missing"). */
  readonly message: string;
}

/** The JSON Schema keywords the domain schemas use. TypeBox schemas are plain JSON Schema objects. */
interface SchemaNode {
  readonly type?: unknown;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly SchemaNode[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: unknown;
  readonly items?: SchemaNode;
  readonly pattern?: string;
}

interface CompiledCheck {
  Check(value: unknown): boolean;
  Errors(value: unknown): readonly { readonly keyword: string; readonly instancePath: string; readonly message: string }[];
}

/** Internal form: the requirement and the offending value kept apart so a nullable union can join them. */
interface Problem {
  readonly path: string;
  readonly must: string;
  readonly got?: { readonly value: unknown };
  /** A rule beyond the schema's own type (NUL, surrogates, calendar): "or null" would not help. */
  readonly beyondType?: boolean;
}

// Both IsoDateSchema definitions in the domain (changes.ts, entities.ts) use exactly this pattern.
const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const leafChecks = new WeakMap<SchemaNode, CompiledCheck>();

function leafCheck(node: SchemaNode): CompiledCheck {
  let check = leafChecks.get(node);
  if (!check) {
    // Safe: SchemaNode is a view of a TypeBox schema object (see asNode); Compile reads it as-is.
    check = Compile(node as Parameters<typeof Compile>[0]);
    leafChecks.set(node, check);
  }
  return check;
}

function asNode(schema: object): SchemaNode {
  // Safe: TypeBox schemas are plain JSON Schema objects; SchemaNode only reads standard keywords.
  return schema as SchemaNode;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** A short rendering of a value for messages. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function literalLabel(node: SchemaNode): string {
  return node.type === 'null' ? 'null' : JSON.stringify(node.const);
}

function findProblem(node: SchemaNode, value: unknown, path: string): Problem | null {
  if (node.anyOf) return unionProblem(node.anyOf, value, path);
  if (node.type === 'object') return objectProblem(node, value, path);
  if (node.type === 'array') return arrayProblem(node, value, path);
  return leafProblem(node, value, path);
}

function leafProblem(node: SchemaNode, value: unknown, path: string): Problem | null {
  const check = leafCheck(node);
  if (!check.Check(value)) {
    if (node.const !== undefined) return { path, must: `must be ${JSON.stringify(node.const)}`, got: { value } };
    if (node.enum) return { path, must: `must be one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`, got: { value } };
    // JSON.parse reads 1e309 as Infinity; TypeBox's "must be number" would puzzle whoever sent a number.
    if (typeof value === 'number' && !Number.isFinite(value) && (node.type === 'number' || node.type === 'integer')) {
      return { path, must: 'must be a finite number', got: { value } };
    }
    const first = check.Errors(value)[0];
    const must = first?.keyword === 'minLength' && value === '' ? 'must not be empty' : (first?.message ?? 'is not valid');
    return { path, must, got: { value } };
  }
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { path, must: 'must not contain the NUL character (U+0000)', beyondType: true };
    if (LONE_SURROGATE.test(value)) return { path, must: 'must be well-formed Unicode (it holds a lone surrogate)', beyondType: true };
    if (node.pattern === ISO_DATE_PATTERN && !parseIsoDate(value).ok) {
      return { path, must: 'must be a real calendar date', got: { value }, beyondType: true };
    }
  }
  return null;
}

function objectProblem(node: SchemaNode, value: unknown, path: string): Problem | null {
  if (!isRecord(value)) return { path, must: 'must be an object', got: { value } };
  const properties = node.properties ?? {};
  const known = Object.keys(properties);
  if (node.additionalProperties === false) {
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(properties, key)) {
        return { path: pointer(path, key), must: `is not a known field (known: ${known.join(', ')})` };
      }
    }
  }
  const required = new Set(node.required ?? []);
  for (const key of known) {
    if (!Object.hasOwn(value, key)) {
      if (required.has(key)) return { path: pointer(path, key), must: 'is missing' };
      continue;
    }
    const child = value[key];
    if (child === undefined) return { path: pointer(path, key), must: 'is undefined (leave the field out or use null)' };
    const problem = findProblem(properties[key]!, child, pointer(path, key));
    if (problem) return problem;
  }
  return null;
}

function arrayProblem(node: SchemaNode, value: unknown, path: string): Problem | null {
  if (!Array.isArray(value)) return { path, must: 'must be an array', got: { value } };
  if (!node.items) return null;
  for (let i = 0; i < value.length; i++) {
    const problem = findProblem(node.items, value[i], pointer(path, i));
    if (problem) return problem;
  }
  return null;
}

function unionProblem(members: readonly SchemaNode[], value: unknown, path: string): Problem | null {
  const allowsNull = members.some((m) => m.type === 'null');
  if (value === null && allowsNull) return null;
  const others = members.filter((m) => m.type !== 'null');

  if (others.every((m) => m.const !== undefined)) {
    if (others.some((m) => m.const === value)) return null;
    return { path, must: `must be one of ${members.map(literalLabel).join(', ')}`, got: { value } };
  }

  if (others.length === 1) {
    const inner = findProblem(others[0]!, value, path);
    if (!inner || !allowsNull || inner.path !== path || inner.beyondType) return inner;
    return { ...inner, must: `${inner.must}, or null` };
  }

  if (others.every((m) => m.type === 'object' && m.properties)) {
    return taggedProblem(others, allowsNull, value, path);
  }

  // No union of another shape occurs in the domain schemas; answer plainly if one is added.
  for (const member of others) if (findProblem(member, value, path) === null) return null;
  return { path, must: `must match one of ${others.length} alternatives`, got: { value } };
}

/** A union of objects told apart by constant fields (the ops: `type` and `entity`). */
function taggedProblem(members: readonly SchemaNode[], allowsNull: boolean, value: unknown, path: string): Problem | null {
  if (!isRecord(value)) return { path, must: allowsNull ? 'must be an object or null' : 'must be an object', got: { value } };
  const first = members[0]!;
  const tags = Object.keys(first.properties ?? {}).filter((key) =>
    members.every((m) => m.properties?.[key]?.const !== undefined),
  );
  let candidates = members;
  for (const tag of tags) {
    const v = value[tag];
    const matching = candidates.filter((m) => m.properties?.[tag]?.const === v);
    if (matching.length === 0) {
      const allowed = [...new Set(candidates.map((m) => JSON.stringify(m.properties?.[tag]?.const)))];
      if (!Object.hasOwn(value, tag)) return { path: pointer(path, tag), must: `is missing (one of ${allowed.join(', ')})` };
      return { path: pointer(path, tag), must: `must be one of ${allowed.join(', ')}`, got: { value: v } };
    }
    candidates = matching;
  }
  let firstProblem: Problem | null = null;
  for (const candidate of candidates) {
    const problem = findProblem(candidate, value, path);
    if (problem === null) return null;
    firstProblem ??= problem;
  }
  return firstProblem;
}

function toIssue(problem: Problem): Issue {
  const got = problem.got ? ` (got ${showValue(problem.got.value)})` : '';
  return { path: problem.path, message: `${problem.must}${got}` };
}

function schemaIssue(node: SchemaNode, check: CompiledCheck, value: unknown): Issue | null {
  const problem = findProblem(node, value, '');
  if (problem) return toIssue(problem);
  if (!check.Check(value)) {
    // The walker missed something TypeBox sees: fall back to TypeBox's own first message.
    const first = check.Errors(value)[0];
    return { path: first?.instancePath ?? '', message: first?.message ?? 'does not match the schema' };
  }
  return null;
}

/**
 * A validator for `schema` that answers with the first issue (JSON pointer and why), or null when
 * the value is valid. Compiles the schema once.
 */
export function schemaIssueFinder(schema: object): (value: unknown) => Issue | null {
  const node = asNode(schema);
  // Safe: a TypeBox schema is what Compile takes; callers pass the domain's TypeBox schemas.
  const check = Compile(schema as Parameters<typeof Compile>[0]);
  return (value) => schemaIssue(node, check, value);
}
