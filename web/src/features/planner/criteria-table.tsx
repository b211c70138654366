import { Table } from '@digdir/designsystemet-react';
import type { ScenarioEvaluation } from '../../api/planner-endpoints.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { formatInteger } from '../../format/numbers.js';
import { formatMinutes, formatShare } from './planner-text.js';

type Rule = ScenarioEvaluation['criteria']['rules'][number];

/** The headline value of a rule in its own unit (the kinds are listed in docs/planner.md). */
export function ruleValue(kind: string, value: number | null): string {
  if (value === null) return '–';
  switch (kind) {
    case 'district-share-within':
      return formatShare(value);
    case 'municipality-travel-time':
      return formatMinutes(value);
    default:
      return formatInteger(value);
  }
}

/**
 * What the «Verdi» column holds for each kind: the rule's figure at its worst place, so a planner
 * sees how far from the limit the structure is.
 */
const VALUE_MEANING: Readonly<Record<string, string>> = {
  'district-share-within': 'laveste andel i et politidistrikt',
  'municipality-travel-time': 'lengste reisetid i en kommune',
  'district-min-offices': 'færrest tjenestesteder i et politidistrikt',
  'municipality-served': 'kommuner som ikke er betjent',
  'population-per-office': 'flest innbyggere per tjenestested i et politidistrikt',
  'min-total-offices': 'tjenestesteder i alt',
};

/** What the numbers behind an item are called (every key the criteria report; docs/planner.md). */
const NUMBER_LABEL: Readonly<Record<string, string>> = {
  population: 'innbyggere',
  withinThreshold: 'innenfor grensen',
  populationShort: 'innbyggere som mangler for å nå målet',
  stationDistricts: 'tjenesteenheter',
  share: 'andel',
  offices: 'tjenestesteder',
  meanMinutes: 'snitt minutter',
  maxMinutes: 'lengste minutter',
  populationPerOffice: 'innbyggere per tjenestested',
};

/** "innbyggere 5 730, innenfor grensen 4 100": a key without a Norwegian name is left out, never shown raw. */
function numbersText(numbers: Readonly<Record<string, number | null>>): string {
  return Object.entries(numbers)
    .filter(([key]) => NUMBER_LABEL[key] !== undefined)
    .map(([key, v]) => `${NUMBER_LABEL[key]}: ${v === null ? '–' : key.toLowerCase().includes('share') ? formatShare(v) : formatInteger(v)}`)
    .join(', ');
}

/** The criteria, each passed or not, with the value and the failing districts or municipalities. */
export function CriteriaTable({ rules, caption }: { rules: readonly Rule[]; caption: string }) {
  return (
    <ScrollTable caption={caption} zebra={false}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">Kriterium</Table.HeaderCell>
          <Table.HeaderCell scope="col">Resultat</Table.HeaderCell>
          <Table.HeaderCell scope="col">Verdi</Table.HeaderCell>
          <Table.HeaderCell scope="col">Ikke oppfylt</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rules.map((r) => {
          const failing = r.items.filter((i) => !i.passed);
          return (
            <Table.Row key={r.id}>
              <Table.HeaderCell scope="row">{r.label}</Table.HeaderCell>
              <Table.Cell>
                <span className={r.passed ? 'np-pass' : 'np-fail'}>{r.passed ? 'Oppfylt' : 'Ikke oppfylt'}</span>
              </Table.Cell>
              <Table.Cell>
                {ruleValue(r.kind, r.value)}
                {VALUE_MEANING[r.kind] && r.value !== null && <span className="np-muted"> ({VALUE_MEANING[r.kind]})</span>}
              </Table.Cell>
              <Table.Cell>
                {r.total > 0 ? `${r.failing} av ${r.total}` : r.passed ? '–' : 'nasjonalt'}
                {failing.length > 0 && (
                  <details>
                    <summary>Se hvilke</summary>
                    <ul>
                      {failing.slice(0, 50).map((i) => (
                        <li key={i.id}>
                          {i.name}: {ruleValue(r.kind, i.value)}
                          {numbersText(i.numbers) !== '' && ` (${numbersText(i.numbers)})`}
                        </li>
                      ))}
                      {failing.length > 50 && <li>… og {failing.length - 50} til</li>}
                    </ul>
                  </details>
                )}
              </Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </ScrollTable>
  );
}
