import { QueryClient } from '@tanstack/react-query';

/**
 * The app's one cache of API answers. Directory answers are a function of the URL (the date is in
 * it) and change only when the register does, so they stay fresh until the app itself writes
 * (publishing a scenario changes the register: see `afterWrite`); a page visited again is served
 * from memory. Failed requests are not retried here: pages show the error with «Prøv igjen».
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, gcTime: 30 * 60_000, retry: false, refetchOnWindowFocus: false },
  },
});

/**
 * After a successful write through the API: every cached answer may be stale now, so the ones on
 * screen are refetched at once and the others when next shown. Not awaited by writers: the write's
 * own answer is shown first.
 */
export function afterWrite(): void {
  wroteThisSession = true;
  void queryClient.invalidateQueries();
}

let wroteThisSession = false;

/**
 * How a GET may use the browser's own HTTP cache: directory answers are sent `public, max-age=300`, so
 * after the app has written, a refetch must revalidate with the server (an ETag round trip, usually a
 * 304) instead of taking the browser's copy from before the write.
 */
export function httpCacheMode(): 'default' | 'no-cache' {
  return wroteThisSession ? 'no-cache' : 'default';
}
