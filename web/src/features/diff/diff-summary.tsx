import { Table } from '@digdir/designsystemet-react';
import type { StructureDiff } from '../../api/endpoints.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { ENTITY_LABEL } from '../../format/labels.js';
import { formatInteger } from '../../format/numbers.js';

const ENTITY_ORDER = ['district', 'specialAgency', 'operatingUnit', 'stationDistrict', 'office', 'municipality', 'directorate'] as const;

/** How many of each kind of thing began, ended or changed between the two dates. */
export function DiffSummary({ diff, caption }: { diff: StructureDiff; caption: string }) {
  const count = (list: StructureDiff['added'], entity: string) => list.filter((i) => i.entity === entity).length;
  const rows = ENTITY_ORDER.map((entity) => ({
    entity,
    added: count(diff.added, entity),
    removed: count(diff.removed, entity),
    changed: count(diff.changed, entity),
  })).filter((r) => r.added + r.removed + r.changed > 0);
  return (
    <ScrollTable caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">Hva</Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Opprettet
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Nedlagt
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Endret
          </Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((r) => (
          <Table.Row key={r.entity}>
            <Table.HeaderCell scope="row">{ENTITY_LABEL[r.entity]}</Table.HeaderCell>
            <Table.Cell className="np-num">{formatInteger(r.added)}</Table.Cell>
            <Table.Cell className="np-num">{formatInteger(r.removed)}</Table.Cell>
            <Table.Cell className="np-num">{formatInteger(r.changed)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </ScrollTable>
  );
}
