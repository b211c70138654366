import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { docsCsp } from './security-headers.js';
import type { FastifyInstance } from 'fastify';

/**
 * The OpenAPI 3.1 document, generated from the route schemas (the same TypeBox objects that
 * validate requests and serialise responses), at /api/v1/openapi.json, and Swagger UI at /api/docs.
 * Shared schemas keep their `$id` as their name under components/schemas.
 */

const OPENAPI_PATH = '/api/v1/openapi.json';
const DOCS_PREFIX = '/api/docs';

const DESCRIPTION = `The open register of how the Norwegian police is organised after the community-police reform
(nærpolitireformen): the police districts, special agencies, operating units, station districts, service
locations (offices) and the municipalities each serves, **on any date**.

* Every route takes \`at=YYYY-MM-DD\` (default: today in Norway) and answers from the structure in force that day.
* Geographic resources are also GeoJSON (RFC 7946: [lon, lat], exterior rings counter-clockwise): add
  \`.geojson\` to the path or send \`Accept: application/geo+json\`. Boundaries: municipality boundaries
  © Kartverket (CC BY 4.0); district and station-district boundaries are dissolved from their member
  municipalities on the date asked. \`resolution=web\` (default, simplified for drawing) or \`full\`.
* Errors are RFC 9457 \`application/problem+json\` with a stable \`code\`, the \`parameter\` at fault, and
  Norwegian \`title\`/\`detail\` for people.
* Answers carry an \`ETag\` (send \`If-None-Match\` for a 304) and \`Cache-Control: public, max-age=300\`.
  CORS is open for GET. Requests are rate limited per IP (429 problem with \`Retry-After\`).
* Accessibility, criteria, the planner's preview and the optimiser use **driving times on the road network**
  by default (\`travelModel.id\` \`road\`, with \`source\` and \`terms\`: road results are © OpenStreetMap
  contributors, ODbL, and must say so), or estimated times with \`travel=estimated\` (great-circle distance ×
  circuity ÷ average speed; \`travelModel.estimated\`). Points the road model cannot route are listed in
  \`travelModel.unrouted\` with the estimated minutes used. \`GET /road-networks\` names the network.
* Planner writes (scenarios) are open only where the server allows them (403 \`planner.writes-disabled\`
  otherwise), as \`application/json\`; a scenario's \`ETag\` is its revision, sent back in \`If-Match\`.`;

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'naerpoliti API', version: '1', description: DESCRIPTION, license: { name: 'Data: see /api/v1/organisation sources and data/SOURCES.md' } },
      servers: [{ url: '/' }],
      tags: [
        { name: 'directory', description: 'Districts, units, station districts, offices and municipalities on a date' },
        { name: 'geojson', description: 'The geographic resources as GeoJSON' },
        { name: 'find', description: 'Find my police: locate a point, search names and postcodes' },
        { name: 'history', description: 'The dated change log with decision references' },
        { name: 'meta', description: 'Health and counts' },
        { name: 'accessibility', description: 'How far people live from the nearest open office (estimated travel)' },
        { name: 'planner', description: 'Criteria, closing costs, scenarios and the live preview' },
        { name: 'optimize', description: 'Location-allocation as background jobs' },
      ],
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  });
}

/** Serves the document and the UI; call after every route is registered. */
export async function registerOpenApiRoutes(app: FastifyInstance): Promise<void> {
  app.get(OPENAPI_PATH, { schema: { hide: true }, config: { cache: 'public' } }, async () => app.swagger());
  // Its own CSP (swagger-ui's styles and fonts), made as strict about framing as the rest.
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX, uiConfig: { docExpansion: 'list', deepLinking: true }, staticCSP: true, transformStaticCSP: docsCsp });
}
