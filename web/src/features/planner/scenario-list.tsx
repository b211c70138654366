import { Table } from '@digdir/designsystemet-react';
import type { ScenarioSummary } from '../../api/planner-endpoints.js';
import { EmptyState } from '../../components/empty-state.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { SiteLink } from '../../components/site-link.js';
import { formatLongDate } from '../../../../src/contract/wording/dates.js';
import { scenarioPath } from '../../routes.js';
import { STATUS_LABEL } from './planner-text.js';

/** The scenarios, newest first, as the API lists them. */
export function ScenarioList({ scenarios }: { scenarios: readonly ScenarioSummary[] }) {
  if (scenarios.length === 0) return <EmptyState>Det finnes ingen scenarioer ennå. Lag det første med skjemaet nedenfor.</EmptyState>;
  const caption = 'Scenarioer, nyeste først';
  return (
    <ScrollTable caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
          <Table.HeaderCell scope="col">Grunnlagsdato</Table.HeaderCell>
          <Table.HeaderCell scope="col">Status</Table.HeaderCell>
          <Table.HeaderCell scope="col">Endringer</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {scenarios.map((s) => (
          <Table.Row key={s.id}>
            <Table.HeaderCell scope="row">
              <SiteLink to={scenarioPath(s.id)}>{s.name}</SiteLink>
            </Table.HeaderCell>
            <Table.Cell>{formatLongDate(s.baseDate)}</Table.Cell>
            <Table.Cell>{STATUS_LABEL[s.status]}</Table.Cell>
            <Table.Cell>{s.changeCount}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </ScrollTable>
  );
}
