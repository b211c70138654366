import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { RoadNetworkCredits } from '../features/access/road-network-credits.js';
import { usePageTitle } from '../layout/use-page-title.js';

export function AboutPage() {
  usePageTitle('Om dataene');
  return (
    <div className="np-stack">
      <Heading level={1} data-size="xl">
        Om dataene
      </Heading>
      <Paragraph>
        Nærpoliti er et åpent register over hvordan politiet er organisert: Politidirektoratet, politidistriktene,
        særorganene, de geografiske driftsenhetene, politistasjons- og lensmannsdistriktene, tjenestestedene og
        kommunene de betjener. Registeret er bygd av daterte endringer med kilde og vedtak, så du kan se strukturen
        slik den var på hvilken som helst dato fra 2002.
      </Paragraph>
      <section aria-labelledby="kilder" className="np-stack-sm">
        <Heading level={2} data-size="md" id="kilder">
          Kilder og lisenser
        </Heading>
        <ul>
          <li>Kartgrunnlag: © Kartverket (CC BY 4.0). Kommunegrensene er forenklet for visning.</li>
          <li>Befolkning: Statistisk sentralbyrå (CC BY 4.0).</li>
          <li>Postnummer: Posten/Bring; koordinater: Erik Bolstad (postnummer-koordinatar).</li>
          <li>
            Organisering, tjenestesteder og vedtak: Politidirektoratet, politiet.no, Stortinget og
            Justisdepartementet. Hver endring i registeret har sin egen kilde.
          </li>
        </ul>
        <RoadNetworkCredits />
      </section>
      <section aria-labelledby="apne-data" className="np-stack-sm">
        <Heading level={2} data-size="md" id="apne-data">
          Åpne data og API
        </Heading>
        <Paragraph>
          Alt du ser her, kommer fra et åpent API. Hver adresse tar en dato (<code>at=ÅÅÅÅ-MM-DD</code>) og svarer med
          strukturen per den datoen.
        </Paragraph>
        <ul>
          <li>
            <Link href="/api/docs">API-dokumentasjon</Link> (og <Link href="/api/v1/openapi.json">OpenAPI-beskrivelsen</Link>)
          </li>
          <li>
            <Link href="/api/v1/changes?limit=5000">Hele endringsloggen</Link> med vedtak og kilder (JSON)
          </li>
          <li>
            <Link href="/api/v1/offices.geojson">Tjenestestedene</Link>,{' '}
            <Link href="/api/v1/districts.geojson">politidistriktene</Link> og{' '}
            <Link href="/api/v1/municipalities.geojson">kommunene</Link> som GeoJSON
          </li>
          <li>
            <Link href="/api/v1/structure">Tallene i dag</Link> (JSON)
          </li>
          <li>
            <Link href="/api/v1/access">Tilgjengeligheten i dag</Link> (beregnet reisetid til nærmeste tjenestested, JSON) og{' '}
            <Link href="/api/v1/access/municipalities.geojson">per kommune</Link> som GeoJSON
          </li>
        </ul>
        <Paragraph>
          Hele registeret kan også eksporteres som JSON eller CSV med kommandoen{' '}
          <code>npx naerpoliti export --format csv --out mappe</code>.
        </Paragraph>
      </section>
    </div>
  );
}
