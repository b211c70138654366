import { httpCacheMode } from './query-client.js';

/**
 * The one place the web app talks HTTP. Every route of the API lives under /api/v1 and answers
 * JSON; errors come as RFC 9457 problem details, which we keep so pages can tell "not found" and
 * "not in force on this date" from a broken server.
 */

const API_BASE = '/api/v1';

type QueryValue = string | number | boolean | null | undefined;
export type Query = Readonly<Record<string, QueryValue>>;

/** The fields of a problem+json body the UI looks at. */
export interface ProblemDetails {
  status: number;
  title: string;
  detail: string | null;
  code: string | null;
  parameter: string | null;
  /** For resource.not-in-force: the periods the thing was in force ([from, to), to null = still). */
  inForce: { from: string; to: string | null }[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails | null,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

/** `/api/v1/<path>?<query>` with empty values left out, parameters in a stable order. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(query).sort()) {
    const value = query[key];
    if (value === null || value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return `${API_BASE}${path}${text ? `?${text}` : ''}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Reads a problem+json body defensively: a proxy or a crash may answer with something else. */
export function parseProblem(status: number, body: unknown): ProblemDetails | null {
  if (!isRecord(body)) return null;
  const inForce = Array.isArray(body.inForce)
    ? body.inForce.flatMap((p) => (isRecord(p) && typeof p.from === 'string' ? [{ from: p.from, to: stringOrNull(p.to) }] : []))
    : [];
  return {
    status,
    title: stringOrNull(body.title) ?? '',
    detail: stringOrNull(body.detail),
    code: stringOrNull(body.code),
    parameter: stringOrNull(body.parameter),
    inForce,
  };
}

/** GETs a URL from apiUrl() and returns the parsed JSON body (still unknown: the caller decodes it). */
export async function getJson(url: string, signal?: AbortSignal): Promise<unknown> {
  // A variable, not a literal: Node's fetch types (the tests type-check this file too) lack `cache`.
  const init = { headers: { accept: 'application/json' }, signal, cache: httpCacheMode() };
  const response = await fetch(url, init);
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = parseProblem(response.status, body);
    throw new ApiError(response.status, problem, `${url}: HTTP ${response.status}${problem?.detail ? ` – ${problem.detail}` : ''}`);
  }
  return body;
}
