import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { ChangeEntry } from '../../api/endpoints.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { formatLongDate } from '../../../../src/contract/wording/dates.js';
import { changeTypeLabel, ENTITY_LABEL } from '../../format/labels.js';
import { DecisionText } from './decision-text.js';

export interface ChangeTableProps {
  caption: string;
  changes: readonly ChangeEntry[];
  /** A link (or text) for the thing changed. */
  subject: (change: ChangeEntry) => ReactNode;
}

const PRECISION_NOTE: Record<string, string> = { month: ' (måned)', year: ' (år)', approximate: ' (omtrent)', 'on-or-before': ' (senest; starten er ukjent)' };

/** Dated changes with what happened and who decided it. */
export function ChangeTable({ caption, changes, subject }: ChangeTableProps) {
  return (
    <ScrollTable caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">Fra dato</Table.HeaderCell>
          <Table.HeaderCell scope="col">Hva</Table.HeaderCell>
          <Table.HeaderCell scope="col">Endring</Table.HeaderCell>
          <Table.HeaderCell scope="col">Vedtak</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {changes.map((c) => (
          <Table.Row key={c.id}>
            <Table.Cell>
              {formatLongDate(c.effective)}
              {PRECISION_NOTE[c.datePrecision] ?? ''}
            </Table.Cell>
            <Table.Cell>
              {subject(c)}
              <span className="np-muted"> ({(ENTITY_LABEL[c.entity] ?? c.entity).toLowerCase()})</span>
            </Table.Cell>
            <Table.Cell>
              {changeTypeLabel(c.type)}
              {c.certainty === 'inferred' && <span className="np-muted"> (utledet)</span>}
            </Table.Cell>
            <Table.Cell>
              <DecisionText decision={c.decision} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </ScrollTable>
  );
}
