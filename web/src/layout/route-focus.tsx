import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long to wait for a page that loads its data to render its heading. */
const HEADING_WAIT_MS = 8000;

function focusHeading(heading: HTMLElement): void {
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}

/**
 * After navigating to another page (not on first load, not when only ?dato= changes), move focus to
 * the new page's main heading, as a full page load would let a screen reader start from the top.
 * Pages that load their data first show the heading later: focus goes to <main> meanwhile and on to
 * the heading when it appears, unless the visitor has moved focus elsewhere by then.
 */
export function RouteFocus({ mainId }: { mainId: string }) {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return undefined;
    previous.current = pathname;
    window.scrollTo(0, 0);
    const main = document.getElementById(mainId);
    if (!main) return undefined;
    const heading = main.querySelector<HTMLElement>('h1');
    if (heading) {
      focusHeading(heading);
      return undefined;
    }
    main.focus({ preventScroll: true });
    const observer = new MutationObserver(() => {
      const appeared = main.querySelector<HTMLElement>('h1');
      if (!appeared) return;
      observer.disconnect();
      if (document.activeElement === main || document.activeElement === document.body) focusHeading(appeared);
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), HEADING_WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [pathname, mainId]);

  return null;
}
