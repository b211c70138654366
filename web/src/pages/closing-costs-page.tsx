import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { closingCostsRequest, type ClosingCostsReport } from '../api/planner-endpoints.js';
import { useApi } from '../api/use-api.js';
import { EmptyState } from '../components/empty-state.js';
import { ResourceView } from '../components/resource-view.js';
import { ScrollTable } from '../components/scroll-table.js';
import { SiteLink } from '../components/site-link.js';
import { formatLongDate } from '../../../src/contract/wording/dates.js';
import { useStructureDate } from '../date/use-structure-date.js';
import { formatMinutes } from '../features/planner/planner-text.js';
import { formatInteger } from '../format/numbers.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { PLANNER_PATH, officePath } from '../routes.js';
import { RoadCredit } from '../features/access/road-credit.js';
import '../styles/planner.css';

/** Every open office closed alone on the page's date, most costly first (GET /closing-costs). */
export function ClosingCostsPage() {
  usePageTitle('Hva koster det å legge ned hvert tjenestested');
  const { date } = useStructureDate();
  const report = useApi(closingCostsRequest(date));
  return (
    <div className="np-stack">
      <div className="np-stack-sm">
        <Heading level={1} data-size="xl">
          Hva koster det å legge ned hvert tjenestested
        </Heading>
        <Paragraph>
          Hvert tjenestested som er åpent {formatLongDate(date)} er lagt ned alene, med alle de andre beholdt. Velg en annen dato i datovelgeren.{' '}
          <SiteLink to={PLANNER_PATH}>Tilbake til planleggeren</SiteLink>
        </Paragraph>
      </div>
      <ResourceView resource={report} loadingLabel="Laster kostnadene …">
        {(r) => <CostsTable report={r} />}
      </ResourceView>
    </div>
  );
}

function CostsTable({ report }: { report: ClosingCostsReport }) {
  if (report.costs.length === 0) return <EmptyState>Ingen tjenestesteder var åpne denne dagen.</EmptyState>;
  const caption = `${report.offices} tjenestesteder, dyrest først (grense ${formatInteger(report.thresholdMinutes)} minutter; ${report.travelModel.label})`;
  return (
    <>
    <RoadCredit model={report.travelModel} />
    <ScrollTable caption={caption} label="Kostnaden ved å legge ned hvert tjenestested">
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">Nr.</Table.HeaderCell>
          <Table.HeaderCell scope="col">Tjenestested</Table.HeaderCell>
          <Table.HeaderCell scope="col">Politidistrikt</Table.HeaderCell>
          <Table.HeaderCell scope="col">Berørte innbyggere</Table.HeaderCell>
          <Table.HeaderCell scope="col">Havner utenfor grensen</Table.HeaderCell>
          <Table.HeaderCell scope="col">Økning i snitt</Table.HeaderCell>
          <Table.HeaderCell scope="col">Distrikt under målet</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {report.costs.map((c) => (
          <Table.Row key={c.officeId}>
            <Table.Cell>{c.rank}</Table.Cell>
            <Table.HeaderCell scope="row">
              <SiteLink to={officePath(c.officeId)}>{c.officeName}</SiteLink>
            </Table.HeaderCell>
            <Table.Cell>{c.districtName ?? '–'}</Table.Cell>
            <Table.Cell>{formatInteger(c.populationAffected)}</Table.Cell>
            <Table.Cell>{formatInteger(c.populationMovedBeyond)}</Table.Cell>
            <Table.Cell>{formatMinutes(c.meanIncreaseMinutes)}</Table.Cell>
            <Table.Cell>{c.breaksTarget ? 'Ja' : 'Nei'}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </ScrollTable>
    </>
  );
}
