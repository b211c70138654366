import { createHash } from 'node:crypto';

/** A strong validator for an answer body: the first 32 characters of its SHA-256 in base64url, quoted (RFC 9110 §8.8.3). */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}
