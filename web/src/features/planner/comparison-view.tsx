import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { ScenarioComparison } from '../../api/planner-endpoints.js';
import { EmptyState } from '../../components/empty-state.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { formatLongDate } from '../../../../src/contract/wording/dates.js';
import { formatInteger } from '../../format/numbers.js';
import { ruleValue } from './criteria-table.js';
import { formatMinutes, formatPointChange, formatShare, formatSigned } from './planner-text.js';

/** The scenario beside its base date (GET /scenarios/{id}/compare). */
export function ComparisonView({ comparison }: { comparison: ScenarioComparison }) {
  const { accessibility: a, criteria } = comparison;
  const n = a.national;
  const base = formatLongDate(comparison.at);
  return (
    <div className="np-stack-sm">
      <Paragraph>
        Mot strukturen {base}: {formatShare(n.shareBefore)} → {formatShare(n.shareAfter)} av innbyggerne innenfor {formatInteger(a.thresholdMinutes)} minutter (
        {formatPointChange(n.shareChange)}). {formatInteger(n.populationFarther)} innbyggere får lengre vei, i snitt {formatMinutes(n.meanIncreaseForFarther)} mer;{' '}
        {formatInteger(n.populationMovedBeyondThreshold)} havner utenfor grensen.
      </Paragraph>

      <Heading level={3} data-size="xs">
        Kriteriene før og etter
      </Heading>
      <ScrollTable caption="Hvert kriterium på grunnlagsdatoen og i scenarioet">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">Kriterium</Table.HeaderCell>
            <Table.HeaderCell scope="col">Før</Table.HeaderCell>
            <Table.HeaderCell scope="col">Etter</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {criteria.rules.map((r) => {
            const kind = criteria.after.rules.find((x) => x.id === r.id)?.kind ?? '';
            return (
              <Table.Row key={r.id}>
                <Table.HeaderCell scope="row">{r.label}</Table.HeaderCell>
                <Table.Cell>
                  {r.passedBefore ? 'Oppfylt' : 'Ikke oppfylt'} ({ruleValue(kind, r.valueBefore)})
                </Table.Cell>
                <Table.Cell>
                  <span className={r.passedAfter ? 'np-pass' : 'np-fail'}>{r.passedAfter ? 'Oppfylt' : 'Ikke oppfylt'}</span> ({ruleValue(kind, r.valueAfter)})
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </ScrollTable>

      <Heading level={3} data-size="xs">
        Tjenestesteder fjernet ({comparison.officesRemoved.length}) og lagt til ({comparison.officesAdded.length})
      </Heading>
      {comparison.officesRemoved.length + comparison.officesAdded.length === 0 ? (
        <EmptyState>Scenarioet fjerner og legger ikke til noe tjenestested.</EmptyState>
      ) : (
        <ul aria-label="Tjenestesteder fjernet og lagt til">
          {comparison.officesRemoved.map((o) => (
            <li key={`r-${o.id}`}>Fjernet: {o.name}</li>
          ))}
          {comparison.officesAdded.map((o) => (
            <li key={`a-${o.id}`}>Lagt til: {o.name}</li>
          ))}
        </ul>
      )}

      <Heading level={3} data-size="xs">
        Kommuner der noen får lengre vei
      </Heading>
      {comparison.municipalitiesFarther.length === 0 ? (
        <EmptyState>Ingen får lengre vei til nærmeste tjenestested.</EmptyState>
      ) : (
        <ScrollTable caption="Kommuner der noen får lengre vei, flest personminutter først">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">Kommune</Table.HeaderCell>
              <Table.HeaderCell scope="col">Innbyggere med lengre vei</Table.HeaderCell>
              <Table.HeaderCell scope="col">Økning for dem</Table.HeaderCell>
              <Table.HeaderCell scope="col">Snitt før → etter</Table.HeaderCell>
              <Table.HeaderCell scope="col">Havner utenfor grensen</Table.HeaderCell>
              <Table.HeaderCell scope="col">Nærmeste etter</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {comparison.municipalitiesFarther.map((m) => (
              <Table.Row key={m.number}>
                <Table.HeaderCell scope="row">{m.name}</Table.HeaderCell>
                <Table.Cell>{formatInteger(m.populationFarther)}</Table.Cell>
                <Table.Cell>{formatMinutes(m.meanIncreaseForFarther)}</Table.Cell>
                <Table.Cell>
                  {formatMinutes(m.meanMinutesBefore)} → {formatMinutes(m.meanMinutesAfter)}
                </Table.Cell>
                <Table.Cell>{formatInteger(m.populationMovedBeyondThreshold)}</Table.Cell>
                <Table.Cell>{m.nearestOfficeAfterName ?? '–'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </ScrollTable>
      )}

      <Heading level={3} data-size="xs">
        Per politidistrikt
      </Heading>
      <ScrollTable caption="Endring per politidistrikt">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">Politidistrikt</Table.HeaderCell>
            <Table.HeaderCell scope="col">Andel innenfor før → etter</Table.HeaderCell>
            <Table.HeaderCell scope="col">Endring</Table.HeaderCell>
            <Table.HeaderCell scope="col">Snitt minutter, endring</Table.HeaderCell>
            <Table.HeaderCell scope="col">Lengre vei</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {a.districts.map((d) => (
            <Table.Row key={d.id}>
              <Table.HeaderCell scope="row">{d.name}</Table.HeaderCell>
              <Table.Cell>
                {formatShare(d.shareBefore)} → {formatShare(d.shareAfter)}
              </Table.Cell>
              <Table.Cell>{formatPointChange(d.shareChange)}</Table.Cell>
              <Table.Cell>{formatSigned(d.meanMinutesChange)}</Table.Cell>
              <Table.Cell>{formatInteger(d.populationFarther)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </ScrollTable>
    </div>
  );
}
