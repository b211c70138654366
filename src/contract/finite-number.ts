import Type from 'typebox';

/**
 * Numbers in requests are finite, always. Fastify's Ajv coerces a query string to a number with
 * `+text`, so `1e309`, `Infinity`, `-Infinity` and a 400-digit number arrive as ±Infinity, and Ajv
 * skips `minimum`/`maximum` for a value that is not finite: they passed every bound and reached the
 * services (500s, or an answer for a limit of Infinity). Every numeric query, path and body field is
 * declared with these helpers, which mark the schema with FINITE_KEYWORD; the API teaches Ajv the
 * keyword (src/api/finite-number-keyword.ts), and TypeBox, which checks the bodies, refuses
 * non-finite numbers by itself and ignores the mark. The mark also shows in the OpenAPI document.
 */
export const FINITE_KEYWORD = 'x-finite';

/** A finite number (never NaN or ±Infinity), with the usual TypeBox options. */
export function FiniteNumber(options: Type.TNumberOptions = {}): Type.TNumber {
  return Type.Number({ ...options, [FINITE_KEYWORD]: true });
}

/** A finite integer, with the usual TypeBox options. */
export function FiniteInteger(options: Type.TNumberOptions = {}): Type.TInteger {
  return Type.Integer({ ...options, [FINITE_KEYWORD]: true });
}
