import { useEffect, useState } from 'react';
import { getJson } from './http.js';

/** A GET against the API and how to turn its body into a typed value (throwing if it does not fit). */
export interface ApiRequest<T> {
  url: string;
  decode: (body: unknown) => T;
}

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ok'; data: T };

// Answers are per date and the register changes rarely, so a page visited again is served from memory.
// Values are stored by the decode of the request for their URL, and a URL always names the same
// resource with the same decode, so reading one back as that request's T is safe (the casts below).
const MAX_CACHED = 300;
const answers = new Map<string, unknown>();
const inFlight = new Map<string, Promise<unknown>>();

function remember(url: string, value: unknown): void {
  answers.delete(url);
  answers.set(url, value);
  if (answers.size > MAX_CACHED) {
    const oldest = answers.keys().next();
    if (!oldest.done) answers.delete(oldest.value);
  }
}

/** Loads (once per URL, shared between components) and decodes; rejects with ApiError on HTTP errors. */
export function loadApi<T>(request: ApiRequest<T>): Promise<T> {
  if (answers.has(request.url)) return Promise.resolve(answers.get(request.url) as T);
  let pending = inFlight.get(request.url);
  if (!pending) {
    pending = getJson(request.url)
      .then((body) => {
        const value = request.decode(body);
        remember(request.url, value);
        return value;
      })
      .finally(() => inFlight.delete(request.url));
    inFlight.set(request.url, pending);
  }
  // The promise for this URL was created from this same request's decode (URLs name the resource).
  return pending as Promise<T>;
}

/** The state of an API request for rendering; null means "nothing to load yet". */
export function useApi<T>(request: ApiRequest<T> | null): Resource<T> | null {
  const url = request?.url ?? null;
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ url: string | null; resource: Resource<T> | null }>(() => ({
    url,
    resource: request && answers.has(request.url) ? { status: 'ok', data: answers.get(request.url) as T } : null,
  }));

  useEffect(() => {
    if (!request) {
      setState({ url: null, resource: null });
      return undefined;
    }
    let live = true;
    if (answers.has(request.url)) {
      setState({ url: request.url, resource: { status: 'ok', data: answers.get(request.url) as T } });
      return undefined;
    }
    setState({ url: request.url, resource: { status: 'loading' } });
    loadApi(request).then(
      (data) => live && setState({ url: request.url, resource: { status: 'ok', data } }),
      (error: unknown) =>
        live && setState({ url: request.url, resource: { status: 'error', error, retry: () => setAttempt((n) => n + 1) } }),
    );
    return () => {
      live = false;
    };
    // The URL identifies the request; `decode` is a new function each render but does not vary with it.
  }, [url, attempt]);

  if (!request) return null;
  // Until the effect runs for a new URL, show loading rather than the previous URL's answer.
  if (state.url !== url) {
    return answers.has(request.url) ? { status: 'ok', data: answers.get(request.url) as T } : { status: 'loading' };
  }
  return state.resource ?? { status: 'loading' };
}
