import type { FastifyReply } from 'fastify';
import Type from 'typebox';
import type { AccessParams, JsonText } from '../../services/access/access-analysis.js';
import { invalidParameter, ProblemError } from '../../contract/problem.js';
import { Problem } from '../../contract/common.js';
import { ref } from '../../contract/schema-helpers.js';
import { FiniteNumber } from '../../contract/finite-number.js';
import { TRAVEL_MODES, type TravelMode } from '../../contract/accessibility-options.js';
import { SERVICE_KINDS, type ServiceKind } from '../../domain/entities.js';

/**
 * What the accessibility, planner and optimiser routes share: the accessibility options as query
 * parameters, JSON sent as ready text, plain JSON serialisation, and the problems they document.
 */

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref(Problem) } } });

export const PLANNING_PROBLEMS = {
  400: problem('A parameter or the body is wrong (the body names it: `parameter`, and `path` for a JSON body)'),
  401: problem('auth.required: sign in (session cookie) or send `Authorization: Bearer <token>`; auth.invalid-credentials for a wrong name or password'),
  403: problem('auth.forbidden: the caller lacks the role (`roles` lists who may); auth.cross-origin; scenario.own-scenario (the author may not decide or publish)'),
  404: problem('No such scenario, job or municipality'),
  409: problem('scenario.conflict (stale revision), scenario.not-editable, scenario.invalid-status-change, scenario.not-decided, optimize.not-done'),
  415: problem('request.unsupported-media-type: a write must be sent as application/json'),
  428: problem('scenario.revision-required: an edit of a scenario needs If-Match: "<revision>" (the ETag)'),
  422: problem('Refused: scenario.rejected (with `issues`), register.invariant, optimize.*, analysis.not-possible'),
  429: problem('Too many requests from this address; see Retry-After'),
  503: problem('planner.unavailable, or optimize.busy (see Retry-After)'),
} as const;

/** Reads only what they list: a route documents the problems it can answer with. */
export function problems<K extends keyof typeof PLANNING_PROBLEMS>(...codes: K[]): Pick<typeof PLANNING_PROBLEMS, K> {
  return Object.fromEntries(codes.map((c) => [c, PLANNING_PROBLEMS[c]])) as Pick<typeof PLANNING_PROBLEMS, K>; // safe: built from exactly those keys
}

/**
 * Planner answers hold unions (proposals, the change ops: one per operation and entity type) that fast-json-stringify would have to
 * try one by one; they are plain data already shaped by the services' schemas, so JSON.stringify
 * serialises them (the tests hold every answer to its documented schema).
 */
export const plainJson = { serializerCompiler: () => (data: unknown) => JSON.stringify(data) };

/** A 200 whose body is sent as ready JSON text; documented as `schema`. */
export function jsonText<S extends Type.TSchema>(schema: S, description?: string): Type.TUnsafe<string> {
  return Type.Unsafe<string>({ ...schema, ...(description ? { description } : {}) });
}

export function sendJsonText(reply: FastifyReply, text: JsonText, contentType = 'application/json; charset=utf-8'): string {
  reply.type(contentType).header('etag', text.etag);
  return text.body;
}

const NUMBER_LIST = '^\\d+(\\.\\d+)?(,\\d+(\\.\\d+)?)*$';

/** The report's options: the same names and limits as `naerpoliti access`. */
export const reportOptionsQuery = {
  threshold: Type.Optional(FiniteNumber({ exclusiveMinimum: 0, maximum: 1440, description: 'Minutes: a point is within when its travel time is at most this (default 45)' })),
  target: Type.Optional(FiniteNumber({ exclusiveMinimum: 0, maximum: 1, description: 'Share within the threshold a district should reach (default 0.9)' })),
  thresholds: Type.Optional(Type.String({ pattern: NUMBER_LIST, maxLength: 200, description: 'Comma-separated minutes for the coverage table (default 15,30,45,60)', examples: ['15,30,45,60'] })),
};

/** The travel model: which one, and the estimated model's parameters (with road: its fallback's). */
export const travelQuery = {
  travel: Type.Optional(Type.Union(TRAVEL_MODES.map((m) => Type.Literal(m)), { description: 'Travel model: `road` (driving time on the road network, the default when one is loaded; © OpenStreetMap contributors) or `estimated` (straight line × circuity at an average speed)' })),
  circuity: Type.Optional(FiniteNumber({ minimum: 1, maximum: 5, description: 'Road distance ÷ great-circle distance (default 1.3)' })),
  speed: Type.Optional(FiniteNumber({ exclusiveMinimum: 0, maximum: 200, description: 'Average speed, km/h (default 60)' })),
};

/** A comma-separated list of minutes from the query, each 0–1440; 400 naming `parameter`. */
export function minutesList(text: string, parameter: string, max = 20): number[] {
  const values = text.split(',').map(Number);
  if (values.length > max) throw invalidParameter(parameter, `«${parameter}» kan ha høyst ${max} verdier, ikke ${values.length}.`);
  for (const v of values) {
    if (!(Number.isFinite(v) && v >= 0 && v <= 1440)) throw invalidParameter(parameter, `«${parameter}» må være minutter mellom 0 og 1440, ikke «${v}».`);
  }
  return values;
}

/** Per-service accessibility: only offices offering the service count. */
export const serviceQuery = {
  service: Type.Optional(Type.Union(SERVICE_KINDS.map((k) => Type.Literal(k)), { description: 'Only offices offering this service count (`pass-id`: pass- og ID-kontor; `ekspedisjon`: front desk)' })),
};

export function accessParams(q: { threshold?: number; target?: number; thresholds?: string; circuity?: number; speed?: number; travel?: TravelMode; service?: ServiceKind }): AccessParams {
  return {
    thresholdMinutes: q.threshold,
    targetShare: q.target,
    thresholds: q.thresholds === undefined ? undefined : [...new Set(minutesList(q.thresholds, 'thresholds'))].sort((a, b) => a - b),
    circuityFactor: q.circuity,
    speedKmh: q.speed,
    travel: q.travel,
    service: q.service,
  };
}

/** A 503 while the server has no scenario store. */
export function plannerUnavailable(): ProblemError {
  return new ProblemError(503, 'planner.unavailable', 'Planleggeren er ikke satt opp på denne tjeneren (den har ingen lagring for scenarioer).');
}
