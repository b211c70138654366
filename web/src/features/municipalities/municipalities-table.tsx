import { Table } from '@digdir/designsystemet-react';
import type { Municipality } from '../../api/endpoints.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { SiteLink } from '../../components/site-link.js';
import { formatInteger } from '../../format/numbers.js';
import { municipalityPath, stationDistrictPath } from '../../routes.js';

export interface MunicipalitiesTableProps {
  id?: string;
  caption: string;
  municipalities: readonly Municipality[];
}

/** Municipalities with number, population and station district(s): the equivalent of the areas on a map. */
export function MunicipalitiesTable({ id, caption, municipalities }: MunicipalitiesTableProps) {
  return (
    <ScrollTable caption={caption} id={id}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">Kommune</Table.HeaderCell>
          <Table.HeaderCell scope="col">Nummer</Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Innbyggere
          </Table.HeaderCell>
          <Table.HeaderCell scope="col">Tjenesteenhet</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {municipalities.map((m) => (
          <Table.Row key={m.number}>
            <Table.HeaderCell scope="row">
              <SiteLink to={municipalityPath(m.number)}>{m.name}</SiteLink>
            </Table.HeaderCell>
            <Table.Cell>{m.number}</Table.Cell>
            <Table.Cell className="np-num">{formatInteger(m.population)}</Table.Cell>
            <Table.Cell>
              {m.stationDistricts.length === 0
                ? '–'
                : m.stationDistricts.map((sd, i) => (
                    <span key={sd.id}>
                      {i > 0 && ', '}
                      <SiteLink to={stationDistrictPath(sd.id)}>{sd.name}</SiteLink>
                    </span>
                  ))}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </ScrollTable>
  );
}
