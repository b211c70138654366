import { Heading, Paragraph } from '@digdir/designsystemet-react';

import { useSearchParams } from 'react-router';
import { accessDistributionRequest, accessReformRequest, accessReportRequest, type AccessibilityReport, type AccessOptions } from '../api/access-endpoints.js';
import { useApi } from '../api/use-api.js';
import { EmptyState } from '../components/empty-state.js';
import { MapSlot } from '../components/lazy-map.js';
import { ResourceView } from '../components/resource-view.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { useStructureDate } from '../date/use-structure-date.js';
import { AccessControls } from '../features/access/access-controls.js';
import { AccessDistrictsTable } from '../features/access/access-districts-table.js';
import { AccessMunicipalitiesTable } from '../features/access/access-municipalities-table.js';
import { accessOptionsFrom, withAccessOptions } from '../features/access/access-options.js';
import { BelowTargetList } from '../features/access/below-target-list.js';
import { CompareDates } from '../features/access/compare-dates.js';
import { DistributionTable } from '../features/access/distribution-table.js';
import { AccessMap } from '../features/access/lazy-access-map.js';
import { MethodNote } from '../features/access/method-note.js';
import { RoadCredit } from '../features/access/road-credit.js';
import { NationalHeadline } from '../features/access/national-headline.js';
import { renderNotPossible } from '../features/access/not-possible.js';
import { ReformComparison } from '../features/access/reform-comparison.js';
import { TravelTimeChart } from '../features/access/travel-time-chart.js';
import { WorstServedTable } from '../features/access/worst-served-table.js';
import { usePageTitle } from '../layout/use-page-title.js';

const MUNICIPALITY_TABLE = 'kommunene';
const DISTRIBUTION_TABLE = 'fordelingstabell';

/**
 * «Tilgjengelighet»: how far people live from their nearest open police office on the chosen date
 * (driving time on the road network, or to the nearest office offering a service such as pass and ID), against a threshold and a target the visitor can change, and how that
 * changed with the reform. Every figure comes from the API's accessibility analysis.
 */
export function AccessibilityPage() {
  usePageTitle('Tilgjengelighet');
  const { date } = useStructureDate();
  const [params, setParams] = useSearchParams();
  // Requests are cached by URL, so a new options object with the same values asks for nothing new.
  const options = accessOptionsFrom(params);
  const report = useApi(accessReportRequest(date, options));
  const reform = useApi(accessReformRequest(options));

  const choose = (next: AccessOptions) => setParams(withAccessOptions(params, next));

  return (
    <div className="np-stack">
      <div className="np-stack-sm">
        <Heading level={1} data-size="xl">
          Tilgjengelighet: hvor langt er det til politiet?
        </Heading>
        <Paragraph data-size="lg">
          Hvor mange som bor innen en gitt kjøretid fra nærmeste åpne tjenestested – eller nærmeste pass- og ID-kontor – i hele landet, i hvert
          politidistrikt og i hver kommune per {formatLongDate(date)}. Kjøretidene er beregnet på vegnettet (© OpenStreetMap contributors).
        </Paragraph>
        <AccessControls options={options} onChange={choose} />
      </div>

      <ResourceView resource={report} loadingLabel="Laster tilgjengeligheten …" renderError={renderNotPossible(`per ${formatLongDate(date)}`)}>
        {(r) => <ReportSections report={r} date={date} options={options} />}
      </ResourceView>

      <section aria-labelledby="reformen" className="np-stack-sm">
        <Heading level={2} data-size="md" id="reformen">
          Før og etter reformen
        </Heading>
        <Paragraph>
          De samme innbyggerne dagen før reformen, da den lokale strukturen var på plass, og i dag. Endringene kommer bare av hvilke tjenestesteder
          som var åpne.
        </Paragraph>
        <ResourceView resource={reform} loadingLabel="Laster sammenligningen med reformen …">
          {(r) => <ReformComparison report={r} />}
        </ResourceView>
      </section>

      <section aria-labelledby="sammenlign" className="np-stack-sm">
        <Heading level={2} data-size="md" id="sammenlign">
          Sammenlign to datoer
        </Heading>
        <CompareDates date={date} options={options} />
      </section>
    </div>
  );
}

function ReportSections({ report, date, options }: { report: AccessibilityReport; date: string; options: AccessOptions }) {
  const distribution = useApi(accessDistributionRequest(date, options));
  const t = report.thresholdMinutes;
  const when = formatLongDate(report.at);
  const officeWord = report.service === 'pass-id' ? 'pass- og ID-kontor' : 'tjenestested';
  return (
    <>
      <section aria-labelledby="landet" className="np-stack-sm">
        <Heading level={2} data-size="md" id="landet">
          Hele landet per {when}
        </Heading>
        <NationalHeadline report={report} />
        <MethodNote report={report} />
      </section>

      <section aria-labelledby="kart" className="np-stack-sm">
        <Heading level={2} data-size="md" id="kart">
          Reisetid per kommune
        </Heading>
        <MapSlot>
          <AccessMap date={date} options={options} tableId={MUNICIPALITY_TABLE} />
        </MapSlot>
      </section>

      <section aria-labelledby="distriktene" className="np-stack-sm">
        <Heading level={2} data-size="md" id="distriktene">
          Politidistriktene
        </Heading>
        <BelowTargetList report={report} />
        <RoadCredit model={report.travelModel} />
        <AccessDistrictsTable report={report} caption={`Reisetid til nærmeste ${officeWord} per politidistrikt, ${when} (terskel ${t} minutter)`} />
      </section>

      <section aria-labelledby="fordeling" className="np-stack-sm">
        <Heading level={2} data-size="md" id="fordeling">
          Fordelingen av reisetid
        </Heading>
        <ResourceView resource={distribution} loadingLabel="Laster fordelingen …">
          {(d) =>
            d.national.population === 0 ? (
              <EmptyState>Ingen innbyggere å vise fordelingen for.</EmptyState>
            ) : (
              <>
                <TravelTimeChart distribution={d} tableId={DISTRIBUTION_TABLE} />
                <DistributionTable distribution={d} id={DISTRIBUTION_TABLE} caption={`Innbyggere etter reisetid til nærmeste ${officeWord}, ${when}`} />
              </>
            )
          }
        </ResourceView>
      </section>

      <section aria-labelledby="lengst-unna" className="np-stack-sm">
        <Heading level={2} data-size="md" id="lengst-unna">
          Lengst unna
        </Heading>
        {report.worstServed.length === 0 ? (
          <EmptyState>Ingen bebodde steder å vise.</EmptyState>
        ) : (
          <WorstServedTable points={report.worstServed} caption={`Bebodde steder med lengst beregnet reisetid, ${when}`} />
        )}
      </section>

      <section aria-labelledby={MUNICIPALITY_TABLE} className="np-stack-sm">
        <Heading level={2} data-size="md" id={MUNICIPALITY_TABLE} tabIndex={-1}>
          Kommunene
        </Heading>
        {report.municipalities.length === 0 ? (
          <EmptyState>Ingen kommuner på denne datoen.</EmptyState>
        ) : (
          <AccessMunicipalitiesTable report={report} caption={`Reisetid til nærmeste tjenestested per kommune, ${when}`} />
        )}
      </section>
    </>
  );
}
