/**
 * A discriminated union for outcomes where failure is a normal answer (a point outside every
 * municipality, a date before the register begins). Bugs and broken invariants still throw.
 */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
