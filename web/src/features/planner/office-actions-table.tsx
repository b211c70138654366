import { Button, Table } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { ScrollTable } from '../../components/scroll-table.js';
import { OFFICE_KIND_LABEL } from '../../format/labels.js';
import type { ScenarioOffice } from './scenario-offices.js';
import { SelectField } from './select-field.js';

/** The filter's value for the offices the scenario opens (they have no police district until evaluated). */
const NEW_OFFICES = '(nye)';

export interface OfficeActionsTableProps {
  id: string;
  offices: readonly ScenarioOffice[];
  /** Null when the scenario cannot be edited (not a draft): the table lists only. */
  onClose: ((office: ScenarioOffice) => void) | null;
  onMerge: ((office: ScenarioOffice) => void) | null;
  /** Opens «Endre type» with this office chosen; null (or left out) for no such button. */
  onSetKind?: ((office: ScenarioOffice) => void) | null;
  busy: boolean;
}

/** The scenario's offices with what can be done to each: the map's office clicks, without the map. */
export function OfficeActionsTable({ id, offices, onClose, onMerge, onSetKind = null, busy }: OfficeActionsTableProps) {
  // A planner works one police district at a time; the filter is kept across edits (the table is not remounted).
  const [district, setDistrict] = useState('');
  const districts = useMemo(() => [...new Set(offices.map((o) => o.districtName).filter((d): d is string => d !== null))].sort((a, b) => a.localeCompare(b, 'nb')), [offices]);
  const anyNew = offices.some((o) => o.districtName === null);
  const shown = district === '' ? offices : offices.filter((o) => (district === NEW_OFFICES ? o.districtName === null : o.districtName === district));
  const caption = district === '' ? `Tjenestestedene i scenarioet (${offices.length})` : `Tjenestestedene i scenarioet i ${district === NEW_OFFICES ? 'nye tjenestesteder' : district} (${shown.length} av ${offices.length})`;
  return (
    <div className="np-stack-sm">
      <SelectField
        label="Vis politidistrikt"
        value={district}
        onChange={setDistrict}
        placeholder="Alle politidistrikt"
        options={[...districts.map((d) => ({ value: d, label: d })), ...(anyNew ? [{ value: NEW_OFFICES, label: 'Nye tjenestesteder' }] : [])]}
      />
      <ScrollTable caption={caption} id={id}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">Tjenestested</Table.HeaderCell>
            <Table.HeaderCell scope="col">Type</Table.HeaderCell>
            <Table.HeaderCell scope="col">Kommune</Table.HeaderCell>
            {(onClose || onMerge || onSetKind) && <Table.HeaderCell scope="col">Endre</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {shown.map((o) => (
            <Table.Row key={o.id}>
              <Table.HeaderCell scope="row">
                {o.name}
                {o.added && ' (nytt)'}
              </Table.HeaderCell>
              <Table.Cell>{OFFICE_KIND_LABEL[o.kind]}</Table.Cell>
              <Table.Cell>{o.municipalityName ?? '–'}</Table.Cell>
              {(onClose || onMerge || onSetKind) && (
                <Table.Cell>
                  <div className="np-planner-actions">
                    {onClose && (
                      <Button type="button" variant="secondary" data-size="sm" disabled={busy} onClick={() => onClose(o)} aria-label={`Legg ned ${o.name}`}>
                        Legg ned
                      </Button>
                    )}
                    {onMerge && (
                      <Button type="button" variant="tertiary" data-size="sm" disabled={busy} onClick={() => onMerge(o)} aria-label={`Slå sammen ${o.name} med …`}>
                        Slå sammen med…
                      </Button>
                    )}
                    {onSetKind && (
                      <Button type="button" variant="tertiary" data-size="sm" onClick={() => onSetKind(o)} aria-label={`Endre type på ${o.name} …`}>
                        Endre type…
                      </Button>
                    )}
                  </div>
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </ScrollTable>
    </div>
  );
}
