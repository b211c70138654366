import { Button, Table } from '@digdir/designsystemet-react';
import { ScrollTable } from '../../components/scroll-table.js';
import { OFFICE_KIND_LABEL } from '../../format/labels.js';
import type { ScenarioOffice } from './scenario-offices.js';

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
  const caption = `Tjenestestedene i scenarioet (${offices.length})`;
  return (
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
        {offices.map((o) => (
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
  );
}
