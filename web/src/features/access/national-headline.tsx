import type { AccessibilityReport } from '../../api/access-endpoints.js';
import { formatMinutes, formatShare } from '../../format/access-numbers.js';
import { formatInteger } from '../../format/numbers.js';

/** The country's figures on the date: who lives within the threshold, and how far people live. */
export function NationalHeadline({ report }: { report: AccessibilityReport }) {
  const n = report.national;
  const facts: [string, string][] = [
    ['Innbyggere', formatInteger(n.population)],
    [`Andel innen ${report.thresholdMinutes} min`, formatShare(n.share)],
    [`Innbyggere innen ${report.thresholdMinutes} min`, formatInteger(n.withinThreshold)],
    ['Gjennomsnitt', formatMinutes(n.meanMinutes)],
    ['Median', formatMinutes(n.medianMinutes)],
    ['90-persentil', formatMinutes(n.p90Minutes)],
    ['Åpne tjenestesteder', formatInteger(n.offices)],
  ];
  return (
    <dl className="np-facts" aria-label="Hele landet">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
