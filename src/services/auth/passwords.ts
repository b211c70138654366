import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with scrypt (memory-hard, in node:crypto, so no native dependency). Each hash
 * keeps its own salt and parameters — "scrypt$N$r$p$salt$hash", base64url — so the cost can be
 * raised later without breaking the passwords already stored.
 *
 * N = 2^15, r = 8, p = 3 is one of the equivalent minimum settings in OWASP's Password Storage
 * Cheat Sheet; it needs 32 MiB per hash rather than the 128 MiB of N = 2^17, p = 1, which matters
 * when several people sign in at once on a small server. Sign-in is rate limited besides.
 */
const N = 2 ** 15;
const R = 8;
const P = 3;
const KEY_LENGTH = 32;
/** Longer passwords are refused before hashing, so a megabyte "password" cannot cost a megabyte of work. */
export const MAX_PASSWORD_LENGTH = 1024;
export const MIN_PASSWORD_LENGTH = 12;

function derive(password: string, salt: Buffer, n: number, r: number, p: number, keyLength: number): Promise<Buffer> {
  const options: ScryptOptions = { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))));
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P, KEY_LENGTH);
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` matches `encoded`; false for anything that is not a hash this module wrote. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  // Bounds keep a tampered row from asking for gigabytes of memory.
  if (![n, r, p].every(Number.isSafeInteger) || n < 2 || n > 2 ** 20 || r < 1 || r > 32 || p < 1 || p > 16) return false;
  const salt = Buffer.from(parts[4]!, 'base64url');
  const expected = Buffer.from(parts[5]!, 'base64url');
  if (expected.length < 16 || expected.length > 64) return false;
  const actual = await derive(password, salt, n, r, p, expected.length);
  return timingSafeEqual(actual, expected);
}

/** A hash no password matches, verified against when the user is unknown so that answers take as long. */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}

/** A password to show once: 20 characters from an alphabet without look-alikes (about 110 bits). */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(40);
  let out = '';
  // Rejection sampling: 248 = 4 × 62 would be uniform for 62 letters; for 56 use 224 = 4 × 56.
  for (const b of bytes) {
    if (b >= 224) continue;
    out += alphabet[b % alphabet.length];
    if (out.length === 20) return out;
  }
  return out.length === 20 ? out : generatePassword();
}
