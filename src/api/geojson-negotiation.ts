/**
 * Content negotiation for geographic resources: `Accept: application/geo+json` on
 * /api/v1/<resource>[/<id>] is answered by the same route as /api/v1/<resource>[/<id>].geojson.
 * Done as a URL rewrite before routing (fastify's `rewriteUrl`), so each route has one
 * representation and one schema, and the `.geojson` form stays the canonical link.
 */

const GEOJSON_MEDIA_TYPE = 'application/geo+json';

const GEOGRAPHIC_PATH = /^(\/api\/v1\/(?:districts|station-districts|operating-units|municipalities|offices)(?:\/[^/?.]+)?)(\?.*)?$/;

/** The q-value the Accept header gives `type`: that of the most specific range matching it (RFC 9110 §12.5.1), 0 when none does. */
function qualityOf(accept: string, type: string): number {
  const major = type.split('/')[0];
  let bestSpecificity = -1;
  let bestQ = 0;
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const specificity = range === type ? 2 : range === `${major}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (specificity < 0) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const parsed = qParam ? Number(qParam.slice(2)) : 1;
    const q = Number.isFinite(parsed) ? parsed : 0;
    if (specificity > bestSpecificity) {
      bestSpecificity = specificity;
      bestQ = q;
    } else if (specificity === bestSpecificity && q > bestQ) bestQ = q;
  }
  return bestQ;
}

/** Whether the client asks for GeoJSON at least as much as for JSON. */
export function prefersGeoJson(accept: string | undefined): boolean {
  if (!accept || !accept.includes('geo+json')) return false;
  const geo = qualityOf(accept, GEOJSON_MEDIA_TYPE);
  return geo > 0 && geo >= qualityOf(accept, 'application/json');
}

/** The URL to route: `url` itself, or its `.geojson` form when the request negotiates GeoJSON. */
export function negotiatedUrl(method: string | undefined, url: string, accept: string | undefined): string {
  if ((method !== 'GET' && method !== 'HEAD') || !prefersGeoJson(accept)) return url;
  const m = GEOGRAPHIC_PATH.exec(url);
  return m ? `${m[1]}.geojson${m[2] ?? ''}` : url;
}
