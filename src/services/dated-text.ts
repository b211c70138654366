import { etagOf } from './answer-etag.js';

/**
 * A large JSON answer that is the same on every date of an epoch but for its `at` member, which
 * comes first after a fixed head. It is built once with the first date asked for; other dates get
 * the text with their own date spliced in, and an ETag derived from the stored one (no new hash of
 * megabytes).
 */
export interface DatedText {
  readonly at: string;
  readonly body: string;
  readonly etag: string;
}

/** Where the date sits in a FeatureCollection whose first members are `type` and `at`. */
const COLLECTION_HEAD = '{"type":"FeatureCollection","at":"';

export function datedTextOf(at: string, body: string): DatedText {
  return { at, body, etag: etagOf(body) };
}

/** The text as it reads on `at` (the same object when `at` is the date it was built on). */
export function textOn(text: DatedText, at: string, head: string = COLLECTION_HEAD): { readonly body: string; readonly etag: string } {
  if (text.at === at) return text;
  if (at.length !== text.at.length || !text.body.startsWith(head + text.at)) {
    throw new Error(`textOn: the text does not begin with ${head}${text.at}`);
  }
  return { body: head + at + text.body.slice(head.length + text.at.length), etag: etagOf(`${text.etag}|${at}`) };
}
