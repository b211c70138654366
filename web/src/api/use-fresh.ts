import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { resourceOf, type Resource } from './use-api.js';

/**
 * Loads on every change of `key`, on reload() and after any write, never from an earlier visit:
 * scenarios and their evaluations change with each edit. The previous answer stays shown while the
 * next loads (`refreshing`), so figures do not flicker away.
 */
export function useFresh<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): { resource: Resource<T> | null; refreshing: boolean; reload: () => void } {
  const query = useQuery({
    queryKey: ['fresh', key],
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
