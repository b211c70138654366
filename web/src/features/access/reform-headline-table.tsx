import { Table } from '@digdir/designsystemet-react';
import type { ReformReport } from '../../api/access-endpoints.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { formatLongDate } from '../../../../src/contract/wording/dates.js';
import { formatCountChange, formatMinutes, formatMinutesChange, formatShare, formatSharePoints } from '../../format/access-numbers.js';
import { formatInteger } from '../../format/numbers.js';

type Row = { label: string; values: [string, string, string]; change: string; changeToday: string };

function change<T>(a: T | null, b: T | null, diff: (a: T, b: T) => number, format: (n: number | null) => string): string {
  return a === null || b === null ? '–' : format(diff(a, b));
}

/** The country before the reform, when the local structure was final, and today, with the changes. */
export function ReformHeadlineTable({ report, caption }: { report: ReformReport; caption: string }) {
  const { before, after, today } = report.national;
  const t = report.thresholdMinutes;
  const minus = (a: number, b: number) => b - a;
  const minutesRow = (label: string, key: 'meanMinutes' | 'medianMinutes' | 'p90Minutes'): Row => ({
    label,
    values: [formatMinutes(before[key]), formatMinutes(after[key]), formatMinutes(today[key])],
    change: change(before[key], after[key], minus, formatMinutesChange),
    changeToday: change(before[key], today[key], minus, formatMinutesChange),
  });
  const perOffice = (n: number | null) => (n === null ? '–' : formatInteger(n));
  const perOfficeChange = (n: number | null) => (n === null ? '–' : formatCountChange(Math.round(n)));
  const rows: Row[] = [
    {
      label: 'Åpne tjenestesteder',
      values: [formatInteger(report.offices.before), formatInteger(report.offices.after), formatInteger(report.offices.today)],
      change: formatCountChange(report.offices.after - report.offices.before),
      changeToday: formatCountChange(report.offices.today - report.offices.before),
    },
    {
      label: `Andel innen ${t} min`,
      values: [formatShare(before.share), formatShare(after.share), formatShare(today.share)],
      change: change(before.share, after.share, minus, formatSharePoints),
      changeToday: change(before.share, today.share, minus, formatSharePoints),
    },
    minutesRow('Gjennomsnittlig reisetid', 'meanMinutes'),
    minutesRow('Median', 'medianMinutes'),
    minutesRow('90-persentil', 'p90Minutes'),
    {
      label: 'Innbyggere per tjenestested',
      values: [perOffice(before.populationPerOffice), perOffice(after.populationPerOffice), perOffice(today.populationPerOffice)],
      change: change(before.populationPerOffice, after.populationPerOffice, minus, perOfficeChange),
      changeToday: change(before.populationPerOffice, today.populationPerOffice, minus, perOfficeChange),
    },
  ];
  const d = report.dates;
  return (
    <ScrollTable caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">Hele landet</Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Før reformen ({formatLongDate(d.before)})
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Etter ({formatLongDate(d.after)})
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            I dag ({formatLongDate(d.today)})
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Endring før–etter
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" className="np-num">
            Endring før–i dag
          </Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((r) => (
          <Table.Row key={r.label}>
            <Table.HeaderCell scope="row">{r.label}</Table.HeaderCell>
            {r.values.map((v, i) => (
              <Table.Cell key={i} className="np-num">
                {v}
              </Table.Cell>
            ))}
            <Table.Cell className="np-num">{r.change}</Table.Cell>
            <Table.Cell className="np-num">{r.changeToday}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </ScrollTable>
  );
}
