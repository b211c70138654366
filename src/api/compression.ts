import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import compress from '@fastify/compress';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Lru } from '../shared/lru.js';

/**
 * Compression: @fastify/compress (brotli, then gzip) for every dynamic body over 1 kB, after the
 * ETag/304 step (its onSend hook is registered after http-cache's, so the ETag names the JSON and a
 * 304 has nothing to compress). The large GeoJSON answers — up to 1.9 MB at full resolution, the
 * same bytes for every request on a date — are compressed once, off the event loop and at a higher
 * brotli quality, and later requests get the stored bytes (`precompressed`).
 */

type Encoding = 'br' | 'gzip';

export async function installCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, { global: true, encodings: ['br', 'gzip'], threshold: 1024 });
}

/** The encoding a client takes, brotli first (RFC 9110 §12.5.3: q=0 refuses, * stands for the rest). */
export function acceptedEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    q.set(name.trim(), weight === undefined ? 1 : Number(weight));
  }
  const weightOf = (e: Encoding) => q.get(e) ?? q.get('*') ?? 0;
  if (weightOf('br') > 0) return 'br';
  if (weightOf('gzip') > 0) return 'gzip';
  return null;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

interface Compressed {
  readonly br: Buffer;
  readonly gzip: Buffer;
}

/** Stored bodies by ETag (each names exactly one body); full-resolution ones are ~100–300 kB compressed. */
const STORED = 24;
const stored = new Lru<string, Compressed>(STORED);
const underWay = new Set<string>();

async function compressBoth(body: string): Promise<Compressed> {
  const [br, gz] = await Promise.all([brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }), gzipped(body, { level: 9 })]);
  return { br, gzip: gz };
}

/**
 * The body to send for a large, cached answer named by `etag`: its stored compressed bytes in the
 * encoding the client takes, once they exist (Content-Encoding and Vary set here, so
 * @fastify/compress leaves them alone), else the text as it is — compressed on the fly this time,
 * while the stored bytes are made in the background for the next requests.
 */
export function precompressed(request: FastifyRequest, reply: FastifyReply, body: string, etag: string): string | Buffer {
  reply.header('vary', 'Accept-Encoding');
  const encoding = acceptedEncoding(request.headers['accept-encoding']);
  if (encoding === null) return body;
  const ready = stored.get(etag);
  if (ready) {
    reply.header('content-encoding', encoding);
    return ready[encoding];
  }
  if (!underWay.has(etag)) {
    underWay.add(etag);
    compressBoth(body)
      .then((bytes) => void stored.getOrBuild(etag, () => bytes))
      .catch((e: unknown) => request.log.error({ err: e }, 'precompressing an answer failed'))
      .finally(() => underWay.delete(etag));
  }
  return body;
}
