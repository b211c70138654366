import { Table } from '@digdir/designsystemet-react';
import type { EntityHistory } from '../../api/endpoints.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { DecisionText } from '../changes/decision-text.js';
import { describeInterval } from './describe-interval.js';
import { intervalStartText } from './interval-start.js';

/** A thing's dated life: each change that touched it, what it did, and the decision behind it. */
export function HistoryTable({ history, caption }: { history: EntityHistory; caption: string }) {
  return (
    <ScrollTable caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">Fra dato</Table.HeaderCell>
          <Table.HeaderCell scope="col">Hendelse</Table.HeaderCell>
          <Table.HeaderCell scope="col">Vedtak</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {history.intervals.map((interval, i) => (
          <Table.Row key={`${interval.change.id}-${interval.from}`}>
            <Table.Cell>{intervalStartText(interval)}</Table.Cell>
            <Table.Cell>
              {describeInterval(interval, history.intervals[i - 1])}
              {interval.change.certainty === 'inferred' && <span className="np-muted np-block">Utledet av registeret, ikke oppgitt i en kilde</span>}
            </Table.Cell>
            <Table.Cell>
              <DecisionText decision={interval.change.decision} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </ScrollTable>
  );
}
