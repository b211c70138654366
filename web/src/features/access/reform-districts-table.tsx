import { Table } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import type { ReformReport } from '../../api/access-endpoints.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { SiteLink } from '../../components/site-link.js';
import { formatMinutes, formatMinutesChange, formatShare, formatSharePoints } from '../../format/access-numbers.js';
import { formatInteger } from '../../format/numbers.js';
import { districtPath } from '../../routes.js';

/** "Under målet" for the dates (before, after, today) a district was below the target, or "Nås". */
function targetText(meets: ReformReport['districts'][number]['meetsTarget']): string {
  const below = [meets.before ? null : 'før', meets.after ? null : 'etter', meets.today ? null : 'i dag'].filter((x) => x !== null);
  return below.length === 0 ? 'Nås' : `Under målet ${below.join(', ')}`;
}

/**
 * Today's districts with the same people's figures on each date (the 27 districts of 2015 are not
 * mapped: the analysis holds the people fixed and groups them by today's districts), and how many
 * of them got farther from an office between the first two dates.
 */
export function ReformDistrictsTable({ report, caption }: { report: ReformReport; caption: string }) {
  const farther = useMemo(() => new Map(report.reform.districts.map((d) => [d.id, d])), [report.reform.districts]);
  const delta = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
  return (
    <ScrollTable caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">Politidistrikt</Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Innbyggere
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Andel før
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Andel etter
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Andel i dag
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Endring andel før–i dag
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Snitt før
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Snitt etter
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Snitt i dag
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Endring snitt før–i dag
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Fikk lenger vei før–etter
          </Table.HeaderCell>
          <Table.HeaderCell scope="col">Mål</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {report.districts.map((d) => {
          const f = farther.get(d.id);
          const target = targetText(d.meetsTarget);
          return (
            <Table.Row key={d.id}>
              <Table.HeaderCell scope="row">
                <SiteLink to={districtPath(d.id)}>{d.name}</SiteLink>
              </Table.HeaderCell>
              <Table.Cell className="np-num">{formatInteger(d.population)}</Table.Cell>
              <Table.Cell className="np-num">{formatShare(d.share.before)}</Table.Cell>
              <Table.Cell className="np-num">{formatShare(d.share.after)}</Table.Cell>
              <Table.Cell className="np-num">{formatShare(d.share.today)}</Table.Cell>
              <Table.Cell className="np-num">{formatSharePoints(delta(d.share.before, d.share.today))}</Table.Cell>
              <Table.Cell className="np-num">{formatMinutes(d.meanMinutes.before)}</Table.Cell>
              <Table.Cell className="np-num">{formatMinutes(d.meanMinutes.after)}</Table.Cell>
              <Table.Cell className="np-num">{formatMinutes(d.meanMinutes.today)}</Table.Cell>
              <Table.Cell className="np-num">{formatMinutesChange(delta(d.meanMinutes.before, d.meanMinutes.today))}</Table.Cell>
              <Table.Cell className="np-num">{f ? formatInteger(f.populationFarther) : '–'}</Table.Cell>
              <Table.Cell>{target === 'Nås' ? target : <strong className="np-below-target">{target}</strong>}</Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </ScrollTable>
  );
}
