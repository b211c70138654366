import { Paragraph } from '@digdir/designsystemet-react';
import type { Scenario } from '../../api/planner-endpoints.js';
import { SiteLink } from '../../components/site-link.js';
import { formatLongDate } from '../../../../src/contract/wording/dates.js';
import { REFORM_PATH } from '../../routes.js';

/** The day before an ISO date (the «før og etter» page compares two different days). */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A published scenario: what was decided, and where the register shows its changes. */
export function PublishedNote({ scenario }: { scenario: Scenario }) {
  const p = scenario.publication;
  if (!p) return <Paragraph>Scenarioet er publisert.</Paragraph>;
  return (
    <Paragraph>
      Publisert i registeret: vedtatt av {p.decision.by}
      {p.decision.date ? ` ${formatLongDate(p.decision.date)}` : ''}
      {p.decision.reference ? ` (${p.decision.reference})` : ''}, gjelder fra {formatLongDate(p.effective)}, {p.changeIds.length}{' '}
      {p.changeIds.length === 1 ? 'endring' : 'endringer'}.{' '}
      <SiteLink to={`${REFORM_PATH}?fra=${dayBefore(p.effective)}`} date={p.effective}>
        Se endringene i registeret
      </SiteLink>
    </Paragraph>
  );
}
