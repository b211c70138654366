import { useEffect } from 'react';

const SITE_NAME = 'Nærpoliti';

/** Sets the document title to "<page> – Nærpoliti" (screen readers and tabs name the page by it). */
export function usePageTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} – ${SITE_NAME}` : `${SITE_NAME} – politiets organisering`;
  }, [title]);
}
