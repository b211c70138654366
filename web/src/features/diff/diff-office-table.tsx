import { Table } from '@digdir/designsystemet-react';
import type { DiffItem } from '../../api/endpoints.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { SiteLink } from '../../components/site-link.js';
import { formatLongDate } from '../../../../src/contract/wording/dates.js';
import { OFFICE_KIND_LABEL } from '../../format/labels.js';
import { officePath } from '../../routes.js';
import { DecisionText } from '../changes/decision-text.js';

export interface DiffOfficeTableProps {
  caption: string;
  items: readonly DiffItem[];
  districtName: (id: string | null) => string;
  /** The date on which each office existed (its page is shown for that date). */
  linkDate: string;
}

const kindLabel = (kind: string | null) => (kind && kind in OFFICE_KIND_LABEL ? OFFICE_KIND_LABEL[kind as keyof typeof OFFICE_KIND_LABEL] : (kind ?? ''));

/** Offices that ended or began between two dates, with the change that did it and its decision. */
export function DiffOfficeTable({ caption, items, districtName, linkDate }: DiffOfficeTableProps) {
  return (
    <ScrollTable caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">Tjenestested</Table.HeaderCell>
          <Table.HeaderCell scope="col">Type</Table.HeaderCell>
          <Table.HeaderCell scope="col">Politidistrikt</Table.HeaderCell>
          <Table.HeaderCell scope="col">Dato</Table.HeaderCell>
          <Table.HeaderCell scope="col">Vedtak</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {items.map((item) => {
          const change = item.changes.at(-1);
          return (
            <Table.Row key={item.id}>
              <Table.HeaderCell scope="row">
                <SiteLink to={officePath(item.id)} date={linkDate}>{item.name}</SiteLink>
              </Table.HeaderCell>
              <Table.Cell>{kindLabel(item.kind)}</Table.Cell>
              <Table.Cell>{districtName(item.districtId)}</Table.Cell>
              <Table.Cell>{change ? formatLongDate(change.effective) : '–'}</Table.Cell>
              <Table.Cell>{change ? <DecisionText decision={change.decision} /> : '–'}</Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </ScrollTable>
  );
}
