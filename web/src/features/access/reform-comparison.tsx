import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReformReport } from '../../api/access-endpoints.js';
import { formatLongDate } from '../../../../src/contract/wording/dates.js';
import { formatInteger } from '../../format/numbers.js';
import { FartherFacts } from './farther-facts.js';
import { ReformDistrictsTable } from './reform-districts-table.js';
import { ReformHeadlineTable } from './reform-headline-table.js';

/** The reform report: the country and every district before the reform, after it and today. */
export function ReformComparison({ report }: { report: ReformReport }) {
  const d = report.dates;
  const period = `mellom ${formatLongDate(d.before)} og ${formatLongDate(d.after)}`;
  return (
    <div className="np-stack-sm">
      <ul>
        {report.headline.nb.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <ReformHeadlineTable report={report} caption={`Tilgjengelighet i hele landet før reformen, etter den og i dag (høyst ${report.thresholdMinutes} minutter)`} />
      <Heading level={3} data-size="xs">
        Hvem fikk lenger vei {period}
      </Heading>
      <Paragraph data-size="sm">
        {formatInteger(report.reform.officesClosed.length)} tjenestesteder ble lagt ned og {formatInteger(report.reform.officesOpened.length)} opprettet
        i perioden. Samme innbyggere på begge datoene, så forskjellen kommer bare av tjenestestedene.
      </Paragraph>
      <FartherFacts change={report.reform.national} label={`Endring ${period}`} />
      <Heading level={3} data-size="xs">
        Politidistriktene
      </Heading>
      <ReformDistrictsTable
        report={report}
        caption={`Politidistriktene før (${formatLongDate(d.before)}), etter (${formatLongDate(d.after)}) og i dag (${formatLongDate(d.today)}): andel innen ${report.thresholdMinutes} minutter og snitt`}
      />
    </div>
  );
}
