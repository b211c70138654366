import { Table } from '@digdir/designsystemet-react';
import type { Office } from '../../api/endpoints.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { SiteLink } from '../../components/site-link.js';
import { OFFICE_KIND_LABEL, SEASON_LABEL } from '../../format/labels.js';
import { municipalityPath, officePath, stationDistrictPath } from '../../routes.js';

export interface OfficesTableProps {
  id?: string;
  caption: string;
  offices: readonly Office[];
  /** Leave out the station district column (on a station district's own page). */
  showStationDistrict?: boolean;
}

/** Offices with kind, place and station district: the equivalent of the markers on a map. */
export function OfficesTable({ id, caption, offices, showStationDistrict = true }: OfficesTableProps) {
  return (
    <ScrollTable caption={caption} id={id}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">Tjenestested</Table.HeaderCell>
          <Table.HeaderCell scope="col">Type</Table.HeaderCell>
          <Table.HeaderCell scope="col">Kommune</Table.HeaderCell>
          {showStationDistrict && <Table.HeaderCell scope="col">Tjenesteenhet</Table.HeaderCell>}
          <Table.HeaderCell scope="col">Adresse</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {offices.map((o) => (
          <Table.Row key={o.id}>
            <Table.HeaderCell scope="row">
              <SiteLink to={officePath(o.id)}>{o.name}</SiteLink>
            </Table.HeaderCell>
            <Table.Cell>
              {OFFICE_KIND_LABEL[o.kind]}
              {o.season && ` (${SEASON_LABEL[o.season.label]}${o.openOnDate ? '' : ', stengt nå'})`}
            </Table.Cell>
            <Table.Cell>
              <SiteLink to={municipalityPath(o.municipality.number)}>{o.municipality.name}</SiteLink>
            </Table.Cell>
            {showStationDistrict && (
              <Table.Cell>{o.stationDistrict ? <SiteLink to={stationDistrictPath(o.stationDistrict.id)}>{o.stationDistrict.name}</SiteLink> : '–'}</Table.Cell>
            )}
            <Table.Cell>{[o.address, o.postcode].filter(Boolean).join(', ') || '–'}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </ScrollTable>
  );
}
