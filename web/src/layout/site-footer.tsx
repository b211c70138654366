import { Link, Paragraph } from '@digdir/designsystemet-react';
import { SiteLink } from '../components/site-link.js';
import { ABOUT_PATH, ACCESSIBILITY_STATEMENT_PATH } from '../routes.js';

/** Credits for the data (their licences require it) and the ways to get the data itself. */
export function SiteFooter() {
  return (
    <footer className="np-footer">
      <div className="np-container np-stack-sm">
        <Paragraph data-size="sm">
          Kartgrunnlag: © Kartverket (CC BY 4.0). Befolkning: Statistisk sentralbyrå (CC BY 4.0). Postnummer:
          Posten/Bring; koordinater: Erik Bolstad (postnummer-koordinatar).
        </Paragraph>
        <ul className="np-inline-list">
          <li>
            <Link href="/api/docs">API-dokumentasjon</Link>
          </li>
          <li>
            <SiteLink to={`${ABOUT_PATH}#apne-data`}>Åpne data og eksport</SiteLink>
          </li>
          <li>
            <SiteLink to={ABOUT_PATH}>Om dataene og kildene</SiteLink>
          </li>
          <li>
            <SiteLink to={ACCESSIBILITY_STATEMENT_PATH}>Tilgjengelighetserklæring</SiteLink>
          </li>
        </ul>
      </div>
    </footer>
  );
}
