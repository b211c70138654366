import { SkipLink } from '@digdir/designsystemet-react';
import { Outlet } from 'react-router';
import { DateControl } from '../date/date-control.js';
import { RouteFocus } from './route-focus.js';
import { SiteFooter } from './site-footer.js';
import { SiteHeader } from './site-header.js';

const MAIN_ID = 'hovedinnhold';

/** Every page: skip link, header with navigation, the date bar, the page itself, the footer. */
export function SiteLayout() {
  return (
    <>
      <SkipLink href={`#${MAIN_ID}`}>Hopp til hovedinnholdet</SkipLink>
      <SiteHeader />
      <DateControl />
      <main id={MAIN_ID} className="np-main" tabIndex={-1}>
        <div className="np-container">
          <Outlet />
        </div>
      </main>
      <SiteFooter />
      <RouteFocus mainId={MAIN_ID} />
    </>
  );
}
