import { SessionAnswer } from '../../../src/contract/auth.js';
import { decodeWith } from './decode.js';
import { ApiError, apiUrl, parseProblem } from './http.js';

/** Signing in and out (the session cookie is HttpOnly: the app never sees it, only who it belongs to). */

const decodeSession = decodeWith(SessionAnswer, 'Innloggingen');
export type Session = ReturnType<typeof decodeSession>;

async function send(method: 'GET' | 'POST' | 'DELETE', body?: unknown): Promise<unknown> {
  const response = await fetch(apiUrl('/session'), {
    method,
    headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  });
  if (response.status === 204) return null;
  const parsed: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = parseProblem(response.status, parsed);
    throw new ApiError(response.status, problem, problem?.detail ?? `HTTP ${response.status}`);
  }
  return parsed;
}

export const getSession = async (): Promise<Session> => decodeSession(await send('GET'));
export const signIn = async (name: string, password: string): Promise<Session> => decodeSession(await send('POST', { name, password }));
export const signOut = async (): Promise<void> => void (await send('DELETE'));
