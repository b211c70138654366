import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ChangeEntry } from '../../api/endpoints.js';
import { EmptyState } from '../../components/empty-state.js';
import { formatLongDate } from '../../../../src/contract/wording/dates.js';
import { ChangeSubject } from './change-subject.js';
import { ChangeTable } from './change-table.js';

export interface ReformChangesProps {
  changes: readonly ChangeEntry[];
  from: string;
  to: string;
  /** Heading level for the groups (the section's own heading is the caller's). */
  level?: 3 | 4;
}

const isOffice = (c: ChangeEntry) => c.entity === 'office';

/** Changes in a period split the way people ask: offices closed, offices opened, everything else. */
export function ReformChanges({ changes, from, to, level = 3 }: ReformChangesProps) {
  const closed = changes.filter((c) => isOffice(c) && c.type === 'office.dissolve');
  const opened = changes.filter((c) => isOffice(c) && (c.type === 'office.establish' || c.type === 'office.reestablish'));
  const other = changes.filter((c) => !closed.includes(c) && !opened.includes(c));
  const period = `fra ${formatLongDate(from)} til ${formatLongDate(to)}`;
  const subject = (c: ChangeEntry) => <ChangeSubject change={c} />;
  if (changes.length === 0) return <EmptyState>Ingen endringer i registeret {period}.</EmptyState>;
  return (
    <div className="np-stack-sm">
      <Paragraph>
        {closed.length} tjenestesteder nedlagt og {opened.length} opprettet {period}, og {other.length} andre endringer.
      </Paragraph>
      <Heading level={level} data-size="xs">
        Nedlagte tjenestesteder
      </Heading>
      {closed.length === 0 ? (
        <EmptyState>Ingen tjenestesteder ble nedlagt i perioden.</EmptyState>
      ) : (
        <ChangeTable caption={`Tjenestesteder nedlagt ${period}`} changes={closed} subject={subject} />
      )}
      <Heading level={level} data-size="xs">
        Nye tjenestesteder
      </Heading>
      {opened.length === 0 ? (
        <EmptyState>Ingen nye tjenestesteder i perioden.</EmptyState>
      ) : (
        <ChangeTable caption={`Tjenestesteder opprettet ${period}`} changes={opened} subject={subject} />
      )}
      {other.length > 0 && (
        <Details>
          <Details.Summary>Andre endringer ({other.length})</Details.Summary>
          <Details.Content>
            <ChangeTable caption={`Andre endringer ${period}`} changes={other} subject={subject} />
          </Details.Content>
        </Details>
      )}
    </div>
  );
}
