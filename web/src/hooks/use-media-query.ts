import { useEffect, useState } from 'react';

/** Whether a CSS media query matches now, updated when it changes (false outside a browser). */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => typeof window !== 'undefined' && window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}

/** The width below which the site uses its phone layout (the CSS uses the same 40rem). */
export const PHONE_QUERY = '(max-width: 40rem)';
