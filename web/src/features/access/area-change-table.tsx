import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { ChangeSummary } from '../../api/access-endpoints.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { formatMinutes, formatMinutesChange, formatShare, formatSharePoints } from '../../format/access-numbers.js';
import { formatInteger } from '../../format/numbers.js';

export interface ChangeRow {
  key: string;
  /** The row header: a district or municipality, usually a link. */
  name: ReactNode;
  change: ChangeSummary;
}

/** Areas on two dates, the same people on both: share within the threshold, mean minutes, who got farther. */
export function AreaChangeTable({ rows, caption, areaLabel, thresholdMinutes }: { rows: readonly ChangeRow[]; caption: string; areaLabel: string; thresholdMinutes: number }) {
  return (
    <ScrollTable caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{areaLabel}</Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Innbyggere
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Andel innen {thresholdMinutes} min før
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Andel etter
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Endring andel
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Snitt før
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Snitt etter
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Endring snitt
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Fikk lenger vei
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Kom utenfor terskelen
          </Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map(({ key, name, change: c }) => (
          <Table.Row key={key}>
            <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
            <Table.Cell className="np-num">{formatInteger(c.population)}</Table.Cell>
            <Table.Cell className="np-num">{formatShare(c.shareBefore)}</Table.Cell>
            <Table.Cell className="np-num">{formatShare(c.shareAfter)}</Table.Cell>
            <Table.Cell className="np-num">{formatSharePoints(c.shareChange)}</Table.Cell>
            <Table.Cell className="np-num">{formatMinutes(c.meanMinutesBefore)}</Table.Cell>
            <Table.Cell className="np-num">{formatMinutes(c.meanMinutesAfter)}</Table.Cell>
            <Table.Cell className="np-num">{formatMinutesChange(c.meanMinutesChange)}</Table.Cell>
            <Table.Cell className="np-num">{formatInteger(c.populationFarther)}</Table.Cell>
            <Table.Cell className="np-num">{formatInteger(c.populationMovedBeyondThreshold)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </ScrollTable>
  );
}
