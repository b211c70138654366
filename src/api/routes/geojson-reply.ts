import type { FastifyReply } from 'fastify';
import type { DatedDirectory } from '../../services/directory/directory.js';
import type { Resolution } from '../../services/directory/geo-data.js';
import { etagOf } from '../../services/answer-etag.js';
import { GEOJSON_CONTENT_TYPE } from '../../contract/geojson.js';
import { featureCollectionJson, featureJson, type ApiFeature } from '../../services/views/geojson.js';

/**
 * GeoJSON answers are large and the same for every request on a date, so their text and ETag are
 * built once per date and resolution and reused (the ETag set here spares the per-response hash).
 */

function sendText(reply: FastifyReply, text: { body: string; etag: string }): string {
  reply.type(GEOJSON_CONTENT_TYPE).header('etag', text.etag);
  return text.body;
}

const withEtag = (body: string) => ({ body, etag: etagOf(body) });

/** The features of `kind` on the directory's date (built once). */
function cachedFeatures(dir: DatedDirectory, kind: string, resolution: Resolution | null, build: () => ApiFeature[]): ApiFeature[] {
  return dir.once(`features:${kind}:${resolution ?? '-'}`, build);
}

export function sendFeatureCollection(reply: FastifyReply, dir: DatedDirectory, kind: string, resolution: Resolution | null, build: () => ApiFeature[]): string {
  const text = dir.once(`geojson:${kind}:${resolution ?? '-'}`, () => withEtag(featureCollectionJson(cachedFeatures(dir, kind, resolution, build), dir.at, resolution)));
  return sendText(reply, text);
}

/** One feature by id from the date's collection of `kind`; the caller has checked that the id is in force. */
export function sendFeature(reply: FastifyReply, dir: DatedDirectory, kind: string, id: string, resolution: Resolution | null, build: () => ApiFeature[]): string {
  const text = dir.once(`geojson:${kind}:${resolution ?? '-'}:${id}`, () => {
    const feature = cachedFeatures(dir, kind, resolution, build).find((f) => f.id === id);
    if (!feature) throw new Error(`sendFeature: ${kind} ${id} is in force on ${dir.at} but has no feature`);
    return withEtag(featureJson(feature, dir.at, resolution));
  });
  return sendText(reply, text);
}
