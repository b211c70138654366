import Type from 'typebox';
import { SERVICE_KINDS } from '../../domain/entities.js';
import { DEFAULT_SNAP_KM } from '../../geo/locate-index.js';
import { ProblemError } from '../../contract/problem.js';
import { Located, SearchResult } from '../../contract/places.js';
import { ref } from '../../contract/schema-helpers.js';
import { locatePoint } from '../../services/views/locate.js';
import { PROBLEM_RESPONSES, atQuery, checkLatLon, directoryAt, type Api, type RouteOptions } from './params.js';
import { FiniteInteger, FiniteNumber } from '../../contract/finite-number.js';

/** "Find my police": a point → municipality, district, station district, nearest offices; and search. */

const tags = ['find'];

const LocateQuery = Type.Object({
  ...atQuery,
  lat: FiniteNumber({ minimum: -90, maximum: 90, description: 'WGS84 latitude, degrees', examples: [59.9139] }),
  lon: FiniteNumber({ minimum: -180, maximum: 180, description: 'WGS84 longitude, degrees', examples: [10.7522] }),
  offices: Type.Optional(FiniteInteger({ minimum: 1, maximum: 20, default: 3, description: 'How many nearest open offices to list' })),
  service: Type.Optional(Type.Enum(SERVICE_KINDS, { description: 'List the nearest offices offering this service on the date (pass-id: «Finn nærmeste pass- og ID-kontor»)' })),
});

const SearchQuery = Type.Object({
  ...atQuery,
  q: Type.String({ minLength: 1, maxLength: 100, description: 'Words, a municipality number or a postcode; case, æ/ø/å spellings and small typos are forgiven', examples: ['Bærum', '0150', 'Tromso'] }),
  limit: Type.Optional(FiniteInteger({ minimum: 1, maximum: 50, default: 10 })),
});

export async function findRoutes(app: Api, { services }: RouteOptions): Promise<void> {
  app.get(
    '/locate',
    {
      schema: {
        tags,
        summary: 'Which municipality, district and station district a point is in on the date, and the nearest open offices',
        description:
          `In-memory point-in-polygon on the full-resolution municipality layer. A point off the coast-clipped polygons but within ${DEFAULT_SNAP_KM} km of a municipality ` +
          'is given that municipality (`snapped: true`, `snapDistanceKm`). Points farther out (or outside Norway) are a 404 problem.',
        querystring: LocateQuery,
        response: { 200: ref(Located), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public' },
    },
    async (request, reply) => {
      const { lat, lon } = request.query;
      const offices = request.query.offices ?? 3;
      checkLatLon(lat, lon, 'lat', 'lon');
      const dir = await directoryAt(services.directory, request.query.at);
      const service = request.query.service ?? null;
      const found = locatePoint(dir, lat, lon, offices, service);
      if (!found.ok) {
        throw new ProblemError(
          404,
          'locate.outside-norway',
          `Punktet (${lat}, ${lon}) ligger ikke i noen norsk kommune og heller ikke innenfor ${found.error.snapKm} km fra en. Tjenesten dekker fastlands-Norge (ikke Svalbard og Jan Mayen).`,
          { lat, lon, snapKm: found.error.snapKm },
        );
      }
      // The answer is a function of the register, the date and the point: name those instead of hashing the body.
      reply.header('etag', `"${dir.version}.${lat}_${lon}_${offices}${service === null ? '' : `_${service}`}"`);
      return found.value;
    },
  );

  app.get(
    '/search',
    {
      schema: {
        tags,
        summary: 'Search districts, units, station districts, offices, municipalities (name or number), postcodes and postal places',
        description:
          'Words are matched after folding case and æ/ø/å (ae/o/aa, å→a, ø→oe also work). Each query word must match a word of the name exactly, as its start, ' +
          'or within a Damerau–Levenshtein distance of 1 (4–7 letters) or 2 (8 or more); numbers match exactly or as a start. Ranking: whole name > exact words > ' +
          'prefix > fuzzy, then kind (municipality, postcode, district, office, postal place, station district, unit, agency), coverage, size. A postcode found ' +
          'exactly brings its municipality (match "related").',
        querystring: SearchQuery,
        response: { 200: ref(SearchResult), ...PROBLEM_RESPONSES },
      },
      config: { cache: 'public' },
    },
    async (request) => {
      const dir = await directoryAt(services.directory, request.query.at);
      const hits = dir.searchIndex().search(request.query.q, request.query.limit ?? 10);
      return { at: dir.at, query: request.query.q, hits: hits.map((h) => ({ ...h.document, match: h.match, score: h.score })) };
    },
  );
}
