import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemError } from '../contract/problem.js';

/**
 * The API's one body parser: JSON in UTF-8, bounded before it is parsed. Fastify's default parser
 * read `charset=utf-16` bodies as UTF-8, called a `__proto__` key "not valid JSON", and parsed any
 * depth, so 6,000 nested arrays (12 kB) overflowed the stack of the code that later walked the value.
 * Here the nesting is counted on the raw bytes first (JSON's brackets and quotes are ASCII, which
 * never occurs inside a UTF-8 multi-byte sequence), the bytes must be valid UTF-8, and a key that
 * could reach an object's prototype when the value is merged somewhere is refused by its path.
 * text/plain (fastify's other default) is dropped: no route takes it, so it gets a 415.
 */

/**
 * The deepest nesting of arrays and objects accepted. The deepest body any route takes (a criteria
 * rule set, a scenario change) nests about 6 levels; 32 leaves room and stays far from the stack.
 */
export const MAX_JSON_DEPTH = 32;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Whether the JSON text's arrays and objects nest deeper than `limit` (strings are skipped). */
export function nestsDeeperThan(bytes: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) inString = true;
    else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
      if (++depth > limit) return true;
    } else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) depth--;
  }
  return false;
}

/** The charset parameter of a Content-Type, lower-cased, or null when there is none. */
export function charsetOf(contentType: string | undefined): string | null {
  for (const part of (contentType ?? '').split(';').slice(1)) {
    const [name, ...value] = part.split('=');
    if (name?.trim().toLowerCase() === 'charset') return value.join('=').trim().replace(/^"(.*)"$/, '$1').toLowerCase();
  }
  return null;
}

const pointer = (path: readonly string[]) => path.map((key) => `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/**
 * The path of the first key that could reach a prototype when the value is merged into another
 * object (`__proto__`, or `constructor` holding `prototype`), or null. JSON.parse itself makes
 * such keys plain own properties; the danger is in what is done with the value later.
 */
export function prototypeKeyPath(value: unknown, path: string[] = []): string | null {
  if (typeof value !== 'object' || value === null) return null;
  // Depth is bounded by MAX_JSON_DEPTH before this runs, so the recursion is too.
  for (const [key, child] of Object.entries(value)) {
    if (key === '__proto__') return pointer([...path, key]);
    if (key === 'constructor' && typeof child === 'object' && child !== null && Object.hasOwn(child, 'prototype')) return pointer([...path, key, 'prototype']);
    const inner = prototypeKeyPath(child, [...path, key]);
    if (inner) return inner;
  }
  return null;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The request body as a value, or the problem with it. */
function parseJsonBody(request: FastifyRequest, body: Buffer): unknown {
  const charset = charsetOf(request.headers['content-type']);
  if (charset !== null && charset !== 'utf-8' && charset !== 'utf8') {
    throw new ProblemError(415, 'request.unsupported-charset', `Innholdet må være JSON i UTF-8, ikke «${charset.slice(0, 40)}» (Content-Type: application/json; charset=utf-8).`);
  }
  if (body.length === 0) throw new ProblemError(400, 'request.invalid-json', 'Innholdet er tomt; send et JSON-objekt.');
  if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
    throw new ProblemError(400, 'request.body-too-deep', `Innholdet har lister og objekter nestet i mer enn ${MAX_JSON_DEPTH} nivåer.`, { maxDepth: MAX_JSON_DEPTH });
  }
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch {
    throw new ProblemError(400, 'request.invalid-json', 'Innholdet er ikke gyldig UTF-8.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    const where = position ? ` (feil ved tegn ${Number(position[1]) + 1})` : '';
    throw new ProblemError(400, 'request.invalid-json', `Innholdet er ikke gyldig JSON${where}.`);
  }
  const path = prototypeKeyPath(value);
  if (path !== null) {
    const parameter = path.split('/')[1] ?? 'body';
    throw new ProblemError(400, 'request.invalid-parameter', `Innholdet ved «${path}» bruker et feltnavn som ikke er tillatt, fordi det kan endre objekters prototype.`, { parameter, path });
  }
  return value;
}

export function installJsonBodyParser(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, async (request: FastifyRequest, body: Buffer) => parseJsonBody(request, body));
}
