import { Table } from '@digdir/designsystemet-react';
import type { AccessibilityReport } from '../../api/access-endpoints.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { SiteLink } from '../../components/site-link.js';
import { formatMinutes, formatShare, formatTargetPercent } from '../../format/access-numbers.js';
import { formatInteger } from '../../format/numbers.js';
import { districtPath } from '../../routes.js';

export interface AccessDistrictsTableProps {
  report: AccessibilityReport;
  caption: string;
}

/**
 * Every district's figures against the target. A district below the target says so in words
 * («Under målet») and in bold, never by colour alone.
 */
export function AccessDistrictsTable({ report, caption }: AccessDistrictsTableProps) {
  const { thresholdMinutes: t, national: n } = report;
  const target = formatTargetPercent(report.targetShare);
  return (
    <ScrollTable caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">Politidistrikt</Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Innbyggere
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Innen {t} min
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Andel innen {t} min
          </Table.HeaderCell>
          <Table.HeaderCell scope="col">Mål ({target})</Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Snitt
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            90-persentil
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Tjeneste&shy;steder
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Innbyggere per tjeneste&shy;sted
          </Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {report.districts.map((d) => (
          <Table.Row key={d.id}>
            <Table.HeaderCell scope="row">
              <SiteLink to={districtPath(d.id)}>{d.name}</SiteLink>
            </Table.HeaderCell>
            <Table.Cell className="np-num">{formatInteger(d.population)}</Table.Cell>
            <Table.Cell className="np-num">{formatInteger(d.withinThreshold)}</Table.Cell>
            <Table.Cell className="np-num">{formatShare(d.share)}</Table.Cell>
            <Table.Cell>{d.meetsTarget ? 'Nås' : <strong className="np-below-target">Under målet</strong>}</Table.Cell>
            <Table.Cell className="np-num">{formatMinutes(d.meanMinutes)}</Table.Cell>
            <Table.Cell className="np-num">{formatMinutes(d.p90Minutes)}</Table.Cell>
            <Table.Cell className="np-num">{formatInteger(d.offices)}</Table.Cell>
            <Table.Cell className="np-num">{d.populationPerOffice === null ? '–' : formatInteger(d.populationPerOffice)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
      <Table.Foot>
        <Table.Row>
          <Table.HeaderCell scope="row">Hele landet</Table.HeaderCell>
          <Table.Cell className="np-num">{formatInteger(n.population)}</Table.Cell>
          <Table.Cell className="np-num">{formatInteger(n.withinThreshold)}</Table.Cell>
          <Table.Cell className="np-num">{formatShare(n.share)}</Table.Cell>
          <Table.Cell />
          <Table.Cell className="np-num">{formatMinutes(n.meanMinutes)}</Table.Cell>
          <Table.Cell className="np-num">{formatMinutes(n.p90Minutes)}</Table.Cell>
          <Table.Cell className="np-num">{formatInteger(n.offices)}</Table.Cell>
          <Table.Cell className="np-num">{n.populationPerOffice === null ? '–' : formatInteger(n.populationPerOffice)}</Table.Cell>
        </Table.Row>
      </Table.Foot>
    </ScrollTable>
  );
}
