import { useCallback, useEffect, useState } from 'react';
import type { Resource } from './use-api.js';

/**
 * Loads on every change of `key` and on reload(), never from a cache: scenarios and their
 * evaluations change with each edit (useApi caches by URL, which suits dated directory answers only).
 * The previous answer stays shown while the next loads (`refreshing`), so figures do not flicker away.
 */
export function useFresh<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): { resource: Resource<T> | null; refreshing: boolean; reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [resource, setResource] = useState<Resource<T> | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (key === null) {
      setResource(null);
      return undefined;
    }
    const controller = new AbortController();
    setRefreshing(true);
    setResource((current) => (current?.status === 'ok' ? current : { status: 'loading' }));
    load(controller.signal).then(
      (data) => {
        setResource({ status: 'ok', data });
        setRefreshing(false);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResource({ status: 'error', error, retry: reload });
        setRefreshing(false);
      },
    );
    return () => controller.abort();
    // `load` is a new closure each render; the key names what it loads.
  }, [key, attempt]);

  return { resource, refreshing, reload };
}
