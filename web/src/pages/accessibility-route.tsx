import { lazy, Suspense } from 'react';
import { Loading } from '../components/loading.js';

// The page carries the analysis's schemas (large) and is visited less than the directory, so it is
// its own chunk: the front page's first script stays within its budget (test/web/bundle-size.test.ts).
const AccessibilityPage = lazy(() => import('./accessibility-page.js').then((m) => ({ default: m.AccessibilityPage })));

export function AccessibilityRoute() {
  return (
    <Suspense fallback={<Loading label="Laster siden …" />}>
      <AccessibilityPage />
    </Suspense>
  );
}
