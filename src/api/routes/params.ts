import type { FastifyInstance, FastifyBaseLogger, RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { dateInRange, parseIsoDate, todayInNorway, type IsoDate } from '../../shared/dates.js';
import { dateOutOfRangeNb } from '../../contract/wording/dates.js';
import { ENTITY_TYPES } from '../../domain/entities.js';
import type { Directory, DatedDirectory } from '../../services/directory/directory.js';
import type { AppServices } from '../../services/app-services.js';
import type { AuthSettings } from '../auth/guards.js';
import { RESOLUTIONS } from '../../services/directory/geo-data.js';
import { invalidParameter } from '../../contract/problem.js';
import { Problem } from '../../contract/common.js';
import { ISO_DATE_PATTERN, MunicipalityNumberString, Slug, ref } from '../../contract/schema-helpers.js';

/** What every route module gets: the typed fastify instance and the application services it answers from. */
export type Api = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, TypeBoxTypeProvider>;
export interface RouteOptions {
  services: AppServices;
  /** What the sign-in guards need to know about the deployment (src/api/auth). */
  auth: AuthSettings;
}

export const AtParam = Type.String({
  pattern: ISO_DATE_PATTERN,
  description: 'The date to answer for, YYYY-MM-DD (default: today in Norway, Europe/Oslo)',
  examples: ['2018-07-01'],
});

export const atQuery = { at: Type.Optional(AtParam) };

export const resolutionQuery = {
  resolution: Type.Optional(
    Type.Enum(RESOLUTIONS, {
      default: 'web',
      description: "Boundary detail: 'web' (simplified for drawing, the default) or 'full' (the layer locate uses)",
    }),
  ),
};

export const IdParams = Type.Object({ id: Slug });
export const NumberParams = Type.Object({ number: MunicipalityNumberString });

export const PROBLEM_RESPONSES = {
  400: { description: 'A parameter is wrong (the body names it)', content: { 'application/problem+json': { schema: ref(Problem) } } },
  404: { description: 'No such thing on that date (the body says when it was in force, if ever)', content: { 'application/problem+json': { schema: ref(Problem) } } },
  429: { description: 'Too many requests from this address; see Retry-After', content: { 'application/problem+json': { schema: ref(Problem) } } },
} as const;

export const EntityTypeParam = Type.Enum(ENTITY_TYPES);

// "Today" is asked for on nearly every request; the date can only change on a second boundary.
let today: { date: IsoDate; second: number } = { date: todayInNorway(), second: Math.floor(Date.now() / 1000) };

/** Today in Norway, recomputed at most once a second. */
export function todayCached(): IsoDate {
  const second = Math.floor(Date.now() / 1000);
  if (second !== today.second) today = { date: todayInNorway(), second };
  return today.date;
}

/**
 * A real calendar date from a query parameter (or a body field), in the range the register answers
 * for (REGISTER_START to FUTURE_HORIZON_YEARS ahead; `exclusiveStart` allows the day before the start
 * for a range's exclusive lower end); today in Norway when absent; 400 naming it otherwise.
 */
export function dateParam(text: string | undefined, parameter: string, fallback: () => IsoDate = todayCached, options: { exclusiveStart?: boolean } = {}): IsoDate {
  if (text === undefined) return fallback();
  const parsed = parseIsoDate(text);
  if (!parsed.ok) throw invalidParameter(parameter, `Parameteren «${parameter}» må være en dato som finnes i kalenderen, ikke «${text}».`);
  const inRange = dateInRange(parsed.value, todayCached(), options);
  if (!inRange.ok) throw invalidParameter(parameter, `Parameteren «${parameter}» ${dateOutOfRangeNb(inRange.error)}, ikke «${text}».`);
  return inRange.value;
}

/** The directory on the request's `at` date. */
export function directoryAt(directory: Directory, at: string | undefined): Promise<DatedDirectory> {
  return directory.at(dateParam(at, 'at'));
}

/** Checks a coordinate pair, naming the parameter(s) that hold it. */
export function checkLatLon(lat: number, lon: number, latName: string, lonName: string): void {
  if (!(lat >= -90 && lat <= 90)) throw invalidParameter(latName, `«${latName}» må være en breddegrad mellom -90 og 90, ikke «${lat}».`);
  if (!(lon >= -180 && lon <= 180)) throw invalidParameter(lonName, `«${lonName}» må være en lengdegrad mellom -180 og 180, ikke «${lon}».`);
}

/** `near=lat,lon` as numbers, or a 400 naming `near`. */
export function parseNear(text: string): { lat: number; lon: number } {
  const parts = text.split(',');
  const [lat, lon] = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
  if (parts.length !== 2 || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    throw invalidParameter('near', `Spørreparameteren «near» må være to tall «breddegrad,lengdegrad», f.eks. 59.91,10.75, ikke «${text}».`);
  }
  checkLatLon(lat!, lon!, 'near', 'near');
  return { lat: lat!, lon: lon! };
}
