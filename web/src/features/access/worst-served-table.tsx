import { Table } from '@digdir/designsystemet-react';
import type { WorstServedPoint } from '../../api/access-endpoints.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { SiteLink } from '../../components/site-link.js';
import { formatMinutes } from '../../format/access-numbers.js';
import { formatInteger } from '../../format/numbers.js';
import { municipalityPath, officePath } from '../../routes.js';

/** A demand point's id in words: the analysis names points `postcode:NNNN` or `municipality:NNNN`. */
function placeLabel(point: WorstServedPoint): string {
  const [kind, code] = point.id.split(':');
  if (kind === 'postcode' && code) return `Postnummer ${code}`;
  if (kind === 'municipality') return 'Et punkt inne i kommunen';
  return point.id;
}

/** The inhabited places farthest from an office, farthest first (as the report orders them). */
export function WorstServedTable({ points, caption }: { points: readonly WorstServedPoint[]; caption: string }) {
  return (
    <ScrollTable caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">Sted</Table.HeaderCell>
          <Table.HeaderCell scope="col">Kommune</Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Innbyggere
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Reisetid
          </Table.HeaderCell>
          <Table.HeaderCell scope="col">Nærmeste tjenestested</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {points.map((p) => (
          <Table.Row key={p.id}>
            <Table.HeaderCell scope="row">{placeLabel(p)}</Table.HeaderCell>
            <Table.Cell>
              <SiteLink to={municipalityPath(p.municipalityNumber)}>{p.municipalityName}</SiteLink>
            </Table.Cell>
            <Table.Cell className="np-num">{formatInteger(p.population)}</Table.Cell>
            <Table.Cell className="np-num">{formatMinutes(p.minutes)}</Table.Cell>
            <Table.Cell>
              <SiteLink to={officePath(p.nearestOfficeId)}>{p.nearestOfficeName}</SiteLink>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </ScrollTable>
  );
}
