import { ApiError, apiUrl, parseProblem, type ProblemDetails, type Query } from './http.js';
import { afterWrite } from './query-client.js';

/**
 * The planner's requests: reads that must never come from a cache (a scenario changes with every
 * edit) and writes (JSON bodies, If-Match with the revision). A refused write keeps the whole
 * problem body, since the form needs its `issues` and `path` to say what was wrong and where.
 */

/** One refused proposal or rule, as the API's `issues[]` carries it (the fields the UI reads). */
export interface ProblemIssue {
  position?: number;
  code: string;
  subject?: string;
  message: string;
  names?: Record<string, string>;
  path?: string;
  /** Present on scenario issues: the proposal, the English reason and the details behind the code. */
  proposal?: unknown;
  reason?: string;
  details?: Record<string, unknown>;
}

/** An ApiError (so the site's error states show its detail) with what a form needs besides. */
export class PlannerError extends ApiError {
  constructor(
    status: number,
    problem: ProblemDetails | null,
    readonly issues: ProblemIssue[],
    readonly path: string | null,
  ) {
    super(status, problem, problem?.detail ?? `HTTP ${status}`);
    this.name = 'PlannerError';
  }

  /** Nobody is signed in (or the session ran out): the page offers the sign-in page. */
  get signInNeeded(): boolean {
    return this.status === 401;
  }

  /** Signed in, but without the role (or the scenario is one's own to decide). */
  get forbidden(): boolean {
    return this.status === 403;
  }
}

function readIssues(body: unknown): ProblemIssue[] {
  if (typeof body !== 'object' || body === null) return [];
  const issues = (body as { issues?: unknown }).issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((i) => {
    if (typeof i !== 'object' || i === null) return [];
    const r = i as Record<string, unknown>;
    if (typeof r.code !== 'string' || typeof r.message !== 'string') return [];
    const names = typeof r.names === 'object' && r.names !== null ? (r.names as Record<string, string>) : undefined;
    return [
      {
        code: r.code,
        message: r.message,
        position: typeof r.position === 'number' ? r.position : undefined,
        subject: typeof r.subject === 'string' ? r.subject : undefined,
        names,
        path: typeof r.path === 'string' ? r.path : undefined,
        proposal: r.proposal,
        reason: typeof r.reason === 'string' ? r.reason : undefined,
        details: typeof r.details === 'object' && r.details !== null ? (r.details as Record<string, unknown>) : undefined,
      },
    ];
  });
}

async function send(method: string, url: string, body: unknown, revision: number | undefined, signal?: AbortSignal): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (revision !== undefined) headers['if-match'] = `"${revision}"`;
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store', signal });
  const parsed: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const path = typeof parsed === 'object' && parsed !== null && typeof (parsed as { path?: unknown }).path === 'string' ? (parsed as { path: string }).path : null;
    throw new PlannerError(response.status, parseProblem(response.status, parsed), readIssues(parsed), path);
  }
  return parsed;
}

/** A planner request: the method, the URL and how to check its answer. */
export async function plannerRequest<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  decode: (body: unknown) => T,
  options: { query?: Query; body?: unknown; revision?: number; signal?: AbortSignal } = {},
): Promise<T> {
  const body = await send(method, apiUrl(path, options.query), options.body, options.revision, options.signal);
  // A write may have changed what any cached answer says (publishing changes the register itself).
  if (method !== 'GET') afterWrite();
  return decode(body);
}
