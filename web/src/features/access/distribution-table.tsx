import { Table } from '@digdir/designsystemet-react';
import type { AccessDistribution } from '../../api/access-endpoints.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { formatShare } from '../../format/access-numbers.js';
import { formatInteger } from '../../format/numbers.js';
import { binLabel } from './bin-label.js';

/** The distribution chart's figures: people per travel-time bin, their share and the running share. */
export function DistributionTable({ distribution, caption, id }: { distribution: AccessDistribution; caption: string; id: string }) {
  const national = distribution.national;
  return (
    <ScrollTable caption={caption} regionId={id}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">Reisetid</Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Innbyggere
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Andel
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Kumulativ andel
          </Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {national.bins.map((b) => (
          <Table.Row key={b.fromMinutes}>
            <Table.HeaderCell scope="row">{binLabel(b)}</Table.HeaderCell>
            <Table.Cell className="np-num">{formatInteger(b.population)}</Table.Cell>
            <Table.Cell className="np-num">{formatShare(b.share)}</Table.Cell>
            <Table.Cell className="np-num">{formatShare(b.cumulativeShare)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
      <Table.Foot>
        <Table.Row>
          <Table.HeaderCell scope="row">Sum</Table.HeaderCell>
          <Table.Cell className="np-num">{formatInteger(national.population)}</Table.Cell>
          <Table.Cell />
          <Table.Cell />
        </Table.Row>
      </Table.Foot>
    </ScrollTable>
  );
}
