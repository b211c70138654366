import { useQuery, type UseQueryResult } from '@tanstack/react-query';
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

/** A query's state as the pages render it. */
export function resourceOf<T>(query: UseQueryResult<T>): Resource<T> {
  if (query.status === 'success') return { status: 'ok', data: query.data };
  if (query.status === 'error') return { status: 'error', error: query.error, retry: () => void query.refetch() };
  return { status: 'loading' };
}

/**
 * The state of an API request for rendering; null means "nothing to load yet". Answers are cached by
 * URL (a URL always names the same resource with the same decode) and shared between components.
 */
export function useApi<T>(request: ApiRequest<T> | null): Resource<T> | null {
  const query = useQuery({
    queryKey: ['api', request?.url ?? null],
    queryFn: async ({ signal }) => {
      // `enabled` keeps this from running without a request.
      const { url, decode } = request!;
      return decode(await getJson(url, signal));
    },
    enabled: request !== null,
  });
  return request === null ? null : resourceOf(query);
}
