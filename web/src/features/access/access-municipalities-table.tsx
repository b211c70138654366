import { Button, Table } from '@digdir/designsystemet-react';
import { useMemo, useState, type ReactNode } from 'react';
import type { AccessibilityReport } from '../../api/access-endpoints.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { SiteLink } from '../../components/site-link.js';
import { formatMinutes, formatShare } from '../../format/access-numbers.js';
import { formatInteger } from '../../format/numbers.js';
import { districtPath, municipalityPath } from '../../routes.js';
import { firstDirection, sortMunicipalities, WORST_FIRST, type MunicipalitySort, type MunicipalitySortKey } from './municipality-sort.js';

/** Rows shown before «Vis alle»: the worst served fit on a screen; the whole list is one click away. */
const FIRST_ROWS = 25;

export interface AccessMunicipalitiesTableProps {
  report: AccessibilityReport;
  caption: string;
}

/** Every municipality's figures, sortable by column, worst served first: the map's equivalent. */
export function AccessMunicipalitiesTable({ report, caption }: AccessMunicipalitiesTableProps) {
  const [sort, setSort] = useState<MunicipalitySort>(WORST_FIRST);
  const [showAll, setShowAll] = useState(false);
  const sorted = useMemo(() => sortMunicipalities(report.municipalities, sort), [report.municipalities, sort]);
  const districtNames = useMemo(() => new Map(report.districts.map((d) => [d.id, d.name])), [report.districts]);
  const rows = showAll ? sorted : sorted.slice(0, FIRST_ROWS);
  const t = report.thresholdMinutes;

  function header(key: MunicipalitySortKey, label: ReactNode, numeric = true) {
    const active = sort.key === key;
    const choose = () => setSort(active ? { key, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: firstDirection(key) });
    return (
      <Table.HeaderCell scope="col" className={numeric ? 'np-num' : undefined} aria-sort={active ? sort.direction : undefined}>
        <button type="button" className="np-sort-button" onClick={choose}>
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </Table.HeaderCell>
    );
  }

  return (
    <div className="np-stack-sm">
      <ScrollTable
        label={caption}
        caption={
          <>
            {caption}. Sortert etter {SORT_LABEL[sort.key]}, {sort.direction === 'ascending' ? 'stigende' : 'synkende'}; velg en kolonneoverskrift
            for å sortere.
          </>
        }
      >
        <Table.Head>
          <Table.Row>
            {header('name', 'Kommune', false)}
            <Table.HeaderCell scope="col">Politidistrikt</Table.HeaderCell>
            {header('population', 'Innbyggere')}
            {header('share', `Andel innen ${t} min`)}
            {header('meanMinutes', 'Snitt')}
            {header('maxMinutes', 'Lengst')}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((m) => (
            <Table.Row key={m.number}>
              <Table.HeaderCell scope="row">
                <SiteLink to={municipalityPath(m.number)}>{m.name}</SiteLink>
              </Table.HeaderCell>
              <Table.Cell>
                <SiteLink to={districtPath(m.districtId)}>{districtNames.get(m.districtId) ?? m.districtId}</SiteLink>
              </Table.Cell>
              <Table.Cell className="np-num">{formatInteger(m.population)}</Table.Cell>
              <Table.Cell className="np-num">{formatShare(m.share)}</Table.Cell>
              <Table.Cell className="np-num">{formatMinutes(m.meanMinutes)}</Table.Cell>
              <Table.Cell className="np-num">{m.population > 0 ? formatMinutes(m.maxMinutes) : '–'}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </ScrollTable>
      {sorted.length > FIRST_ROWS && (
        <Button type="button" variant="secondary" data-size="sm" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {showAll ? `Vis bare de ${FIRST_ROWS} første` : `Vis alle ${formatInteger(sorted.length)} kommunene`}
        </Button>
      )}
    </div>
  );
}

const SORT_LABEL: Record<MunicipalitySortKey, string> = {
  name: 'navn',
  population: 'innbyggere',
  share: 'andel innen terskelen',
  meanMinutes: 'gjennomsnittlig reisetid',
  maxMinutes: 'lengste reisetid',
};
