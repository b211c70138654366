import type { FastifyReply } from 'fastify';
import type { DatedDirectory } from '../../services/directory/directory.js';
import type { Resolution } from '../../services/directory/geo-data.js';
import { etagOf } from '../../services/answer-etag.js';
import { datedTextOf, textOn } from '../../services/dated-text.js';
import { precompressed } from '../compression.js';
import { GEOJSON_CONTENT_TYPE } from '../../contract/geojson.js';
import { featureCollectionJson, featureJson, type ApiFeature } from '../../services/views/geojson.js';

/**
 * GeoJSON answers are large and the same for every date of an epoch but for their `at`, so a
 * collection's text is built once per epoch and resolution, with the epoch's first requested date
 * in it, and each other date gets that text with its own date spliced in (the ETag set here spares
 * the per-response hash).
 */

/** The text, or nothing when stored compressed bytes were sent instead (the routes' types take no Buffer). */
function sendText(reply: FastifyReply, text: { body: string; etag: string }): string | undefined {
  reply.type(GEOJSON_CONTENT_TYPE).header('etag', text.etag);
  const body = precompressed(reply.request, reply, text.body, text.etag);
  if (typeof body === 'string') return body;
  void reply.send(body);
  return undefined;
}

const withEtag = (body: string) => ({ body, etag: etagOf(body) });

/** The features of `kind` on the directory's date (built once). */
function cachedFeatures(dir: DatedDirectory, kind: string, resolution: Resolution | null, build: () => ApiFeature[]): ApiFeature[] {
  return dir.once(`features:${kind}:${resolution ?? '-'}`, build);
}

export function sendFeatureCollection(reply: FastifyReply, dir: DatedDirectory, kind: string, resolution: Resolution | null, build: () => ApiFeature[]): string | undefined {
  const text = dir.once(`geojson:${kind}:${resolution ?? '-'}`, () => datedTextOf(dir.at, featureCollectionJson(cachedFeatures(dir, kind, resolution, build), dir.at, resolution)));
  return sendText(reply, textOn(text, dir.at));
}

/** One feature by id from the date's collection of `kind`; the caller has checked that the id is in force. */
export function sendFeature(reply: FastifyReply, dir: DatedDirectory, kind: string, id: string, resolution: Resolution | null, build: () => ApiFeature[]): string | undefined {
  // One feature is small next to the collection: its text is built per request, its features once per epoch.
  const feature = cachedFeatures(dir, kind, resolution, build).find((f) => f.id === id);
  if (!feature) throw new Error(`sendFeature: ${kind} ${id} is in force on ${dir.at} but has no feature`);
  return sendText(reply, withEtag(featureJson(feature, dir.at, resolution)));
}
