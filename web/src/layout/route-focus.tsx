import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After navigating to another page (not on first load, not when only ?dato= changes), move focus to
 * the new page's main heading, as a full page load would let a screen reader start from the top.
 */
export function RouteFocus({ mainId }: { mainId: string }) {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    window.scrollTo(0, 0);
    // The page renders its h1 in the same commit; fall back to <main> while it is still loading.
    const main = document.getElementById(mainId);
    const heading = main?.querySelector<HTMLElement>('h1');
    const target = heading ?? main;
    if (!target) return;
    if (target === heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, [pathname, mainId]);

  return null;
}
