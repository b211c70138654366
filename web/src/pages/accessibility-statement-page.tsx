import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { usePageTitle } from '../layout/use-page-title.js';
import { SiteLink } from '../components/site-link.js';
import { ABOUT_PATH } from '../routes.js';

/**
 * Tilgjengelighetserklæring: Norwegian public-sector sites must publish one (forskrift om universell
 * utforming av IKT-løsninger). It says what was tested and how, what is known not to work, and where
 * to complain. Only what this site has actually checked is claimed.
 */
export function AccessibilityStatementPage() {
  usePageTitle('Tilgjengelighetserklæring');
  return (
    <article className="np-stack">
      <Heading level={1} data-size="xl">
        Tilgjengelighetserklæring
      </Heading>
      <Paragraph data-size="lg">
        Nærpoliti skal kunne brukes av alle. Målet er at nettstedet oppfyller kravene i WCAG 2.1 på nivå A og AA, slik forskrift om
        universell utforming av IKT-løsninger krever.
      </Paragraph>

      <section aria-labelledby="slik-tester-vi" className="np-stack-sm">
        <Heading level={2} data-size="md" id="slik-tester-vi">
          Slik tester vi
        </Heading>
        <ul>
          <li>
            Hver sidetype testes automatisk med axe-core (WCAG 2.0 og 2.1, nivå A og AA) i Chromium, både på skjermbredde for
            datamaskin (1280 piksler) og for mobil (375 piksler), med data og kart ferdig lastet. Kravet er null avvik.
          </li>
          <li>
            «Finn ditt politi» testes som en innbygger bruker det: med postnummer, stedsnavn, adresse uten postnummer, klikk i
            kartet og klikk utenfor Norge.
          </li>
          <li>Navigasjon med tastatur testes for søk, skjema og svar: fokus flyttes til svaret når det kommer.</li>
        </ul>
        <Paragraph>
          Automatiske tester finner ikke alle problemer. Vi har ikke gjort brukertester med skjermleser eller en manuell
          revisjon av alle kravene.
        </Paragraph>
      </section>

      <section aria-labelledby="kjente-mangler" className="np-stack-sm">
        <Heading level={2} data-size="md" id="kjente-mangler">
          Det som ikke er helt tilgjengelig
        </Heading>
        <ul>
          <li>
            Kartene kan ikke brukes fullt ut med tastatur, og flatene i kartet er ikke egne tabulatorstopp. Alt kartet viser finnes
            også som tabell eller liste på samme side, og «klikk i kartet» kan erstattes av søk på postnummer eller sted.
          </li>
          <li>Datofeltet bruker nettleserens egen datovelger, som ser ulik ut i ulike nettlesere.</li>
          <li>Planleggeren er laget for saksbehandlere og har lange tabeller som krever vannrett rulling på mobil.</li>
        </ul>
      </section>

      <section aria-labelledby="tilbakemelding" className="np-stack-sm">
        <Heading level={2} data-size="md" id="tilbakemelding">
          Tilbakemelding og klage
        </Heading>
        <Paragraph>
          Finner du noe som ikke virker for deg, vil vi gjerne vite det. Se <SiteLink to={ABOUT_PATH}>Om dataene</SiteLink> for
          hvem som står bak registeret.
        </Paragraph>
        <Paragraph>
          Du kan også melde fra til Tilsynet for universell utforming av IKT (Uutilsynet), som fører tilsyn med at nettsteder
          oppfyller kravene: <Link href="https://www.uutilsynet.no/">uutilsynet.no</Link>.
        </Paragraph>
      </section>
    </article>
  );
}
