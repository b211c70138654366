import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { SiteLink } from '../components/site-link.js';
import { ABOUT_PATH } from '../routes.js';
import { SessionStatus } from '../features/session/session-status.js';

const NAV_ITEMS = [
  { to: '/', label: 'Forside' },
  { to: '/organisering', label: 'Organiseringen' },
  { to: '/saerorgan', label: 'Særorgan' },
  { to: '/endringer', label: 'Før og etter reformen' },
  { to: '/tilgjengelighet', label: 'Tilgjengelighet' },
  { to: '/planlegger', label: 'Planlegger' },
  { to: ABOUT_PATH, label: 'Om dataene' },
] as const;

export function SiteHeader() {
  const { pathname } = useLocation();
  // On a phone the menu is folded behind a button (CSS shows the button only there); it folds again on every new page.
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [pathname]);
  return (
    <header className="np-header">
      <div className="np-container np-header__bar">
        <SiteLink to="/" className="np-header__brand">
          Nærpoliti
          <span className="np-visually-hidden"> – forside</span>
        </SiteLink>
        <nav className="np-header__nav" aria-label="Hovedmeny">
          <button type="button" className="np-header__menu-button" aria-expanded={open} aria-controls="hovedmeny-lenker" onClick={() => setOpen((o) => !o)}>
            Meny
          </button>
          <ul id="hovedmeny-lenker" data-open={open}>
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <SiteLink to={item.to} current={item.to === '/' ? pathname === '/' : pathname.startsWith(item.to)}>
                  {item.label}
                </SiteLink>
              </li>
            ))}
          </ul>
        </nav>
        <SessionStatus />
      </div>
    </header>
  );
}
