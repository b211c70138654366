import { Paragraph } from '@digdir/designsystemet-react';
import type { AccessibilityReport } from '../../api/access-endpoints.js';
import { SiteLink } from '../../components/site-link.js';
import { formatShare, formatTargetPercent } from '../../format/access-numbers.js';
import { formatInteger } from '../../format/numbers.js';
import { districtPath } from '../../routes.js';

/** The districts below the target in a sentence each, with how many more people they would need within reach. */
export function BelowTargetList({ report }: { report: AccessibilityReport }) {
  const target = formatTargetPercent(report.targetShare);
  const t = report.thresholdMinutes;
  if (report.districtsBelowTarget.length === 0) {
    return (
      <Paragraph>
        Alle politidistriktene når målet om at {target} av innbyggerne skal ha høyst {t} minutter til nærmeste tjenestested.
      </Paragraph>
    );
  }
  const below = new Set(report.districtsBelowTarget.map((d) => d.id));
  const meeting = report.districts.filter((d) => !below.has(d.id));
  return (
    <>
      <Paragraph>
        {report.districtsBelowTarget.length} av {report.districts.length} politidistrikt når ikke målet om {target} innen {t} minutter{report.service === 'pass-id' ? ' til nærmeste pass- og ID-kontor' : ''}:
      </Paragraph>
      <ul>
        {report.districtsBelowTarget.map((d) => (
          <li key={d.id}>
            <SiteLink to={districtPath(d.id)}>{d.name}</SiteLink>: {formatShare(d.share)}; {formatInteger(d.populationShort)} flere innbyggere
            må ha høyst {t} minutter for å nå målet.
          </li>
        ))}
      </ul>
      <Paragraph>
        {meeting.length === 0 ? 'Ingen politidistrikt når målet.' : `Når målet: ${meeting.map((d) => `${d.name} (${formatShare(d.share)})`).join(', ')}.`}
      </Paragraph>
    </>
  );
}
