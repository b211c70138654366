import { createHash, randomBytes } from 'node:crypto';

/**
 * Bearer tokens and session ids: 32 random bytes, of which the store keeps only the SHA-256. A fast
 * hash is enough here (unlike passwords): the secret has 256 bits of entropy, so a stolen database
 * cannot be turned back into working tokens by guessing.
 */
const TOKEN_PREFIX = 'np_';

export function newToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether `text` could be a token or session id this module made (a cheap check before any lookup). */
export function looksLikeSecret(text: string): boolean {
  return /^(np_)?[A-Za-z0-9_-]{43}$/.test(text);
}
