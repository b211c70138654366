import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { resourceOf, type Resource } from './use-api.js';

/**
 * Loads on every change of `key`, on reload() and after any write, never from an earlier visit:
 * scenarios and their evaluations change with each edit. The previous answer stays shown while the
 * next loads (`refreshing`), so figures do not flicker away. `what` names the kind of answer: one
 * page loads several things under the same key (a scenario, its evaluation, its comparison), and
 * they must not share a cache entry.
 */
export function useFresh<T>(
  what: string,
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): { resource: Resource<T> | null; refreshing: boolean; reload: () => void } {
  const query = useQuery({
    queryKey: ['fresh', what, key],
    queryFn: ({ signal }) => load(signal),
    enabled: key !== null,
    staleTime: 0,
    gcTime: 0,
    placeholderData: keepPreviousData,
  });
  return {
    resource: key === null ? null : resourceOf(query),
    refreshing: query.isFetching,
    reload: () => void query.refetch(),
  };
}
