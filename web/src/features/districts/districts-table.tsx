import { Table } from '@digdir/designsystemet-react';
import type { District } from '../../api/endpoints.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { SiteLink } from '../../components/site-link.js';
import { formatInteger } from '../../format/numbers.js';
import { districtPath } from '../../routes.js';

export interface DistrictsTableProps {
  districts: readonly District[];
  caption: string;
}

/** Every district with its seat and counts: the map's equivalent for keyboard and screen-reader users. */
export function DistrictsTable({ districts, caption }: DistrictsTableProps) {
  const totals = districts.reduce(
    (t, d) => ({
      municipalities: t.municipalities + d.counts.municipalities,
      population: t.population + d.counts.population,
      stationDistricts: t.stationDistricts + d.counts.stationDistricts,
      offices: t.offices + d.counts.offices,
    }),
    { municipalities: 0, population: 0, stationDistricts: 0, offices: 0 },
  );
  return (
    <ScrollTable caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">Politidistrikt</Table.HeaderCell>
          <Table.HeaderCell scope="col">Sete</Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Kommuner
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Innbyggere
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Tjenesteenheter
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Tjenestesteder
          </Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {districts.map((d) => (
          <Table.Row key={d.id}>
            <Table.HeaderCell scope="row">
              <SiteLink to={districtPath(d.id)}>{d.name}</SiteLink>
            </Table.HeaderCell>
            <Table.Cell>{d.seat}</Table.Cell>
            <Table.Cell className="np-num">{formatInteger(d.counts.municipalities)}</Table.Cell>
            <Table.Cell className="np-num">{formatInteger(d.counts.population)}</Table.Cell>
            <Table.Cell className="np-num">{formatInteger(d.counts.stationDistricts)}</Table.Cell>
            <Table.Cell className="np-num">{formatInteger(d.counts.offices)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
      <Table.Foot>
        <Table.Row>
          <Table.HeaderCell scope="row">Sum ({formatInteger(districts.length)} distrikt)</Table.HeaderCell>
          <Table.Cell />
          <Table.Cell className="np-num">{formatInteger(totals.municipalities)}</Table.Cell>
          <Table.Cell className="np-num">{formatInteger(totals.population)}</Table.Cell>
          <Table.Cell className="np-num">{formatInteger(totals.stationDistricts)}</Table.Cell>
          <Table.Cell className="np-num">{formatInteger(totals.offices)}</Table.Cell>
        </Table.Row>
      </Table.Foot>
    </ScrollTable>
  );
}
