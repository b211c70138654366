import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { SiteLink } from '../components/site-link.js';
import { usePageTitle } from '../layout/use-page-title.js';

export function NotFoundPage() {
  usePageTitle('Fant ikke siden');
  return (
    <div className="np-stack">
      <Heading level={1} data-size="lg">
        Fant ikke siden
      </Heading>
      <Paragraph>Adressen finnes ikke her. Kanskje lenken er gammel eller skrevet feil.</Paragraph>
      <Paragraph>
        <SiteLink to="/">Gå til forsiden</SiteLink> for å søke eller finne politiet der du bor.
      </Paragraph>
    </div>
  );
}
